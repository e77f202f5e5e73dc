-- list_calendar_events refuses a limit outside 1..100, an unknown argument, a cursor that is not one
-- (garbage, or one of its own with a tampered sort key) and a cursor made by another tool: isError
-- true with 22023.
begin;
select plan(10);

select tests.create_org('Acme') as org \gset
select tests.issue_token(:'org'::uuid, 'calendar') as raw \gset
insert into app.agents (org_id, name, model) values (:'org', 'One', 'm'), (:'org', 'Two', 'm');

-- a cursor of this tool whose sort key was tampered with
select mcp.cursor_encode('list_calendar_events', '["next tuesday", "00000000-0000-4000-8000-000000000000"]') as tampered \gset

select tests.act_as('tests_gateway');
select public.mcp_tools_call(:'raw', 'list_agents', '{"limit": 1}', '{}') -> 'structuredContent' ->> 'next_cursor' as agents_cursor \gset
select public.mcp_tools_call(:'raw', 'list_calendar_events', '{"limit": 0}', '{}') as limit_0 \gset
select public.mcp_tools_call(:'raw', 'list_calendar_events', '{"limit": 101}', '{}') as limit_101 \gset
select public.mcp_tools_call(:'raw', 'list_calendar_events', '{"limit": 100}', '{}') as limit_100 \gset
select public.mcp_tools_call(:'raw', 'list_calendar_events', '{"from": "2030-01-01T00:00:00Z"}', '{}') as unknown_arg \gset
select public.mcp_tools_call(:'raw', 'list_calendar_events', '{"cursor": "garbage!"}', '{}') as garbage \gset
select public.mcp_tools_call(:'raw', 'list_calendar_events', jsonb_build_object('cursor', :'agents_cursor'), '{}') as foreign_cursor \gset
select public.mcp_tools_call(:'raw', 'list_calendar_events', jsonb_build_object('cursor', :'tampered'), '{}') as tampered_cursor \gset
select tests.act_as_owner();

select is(:'limit_0'::jsonb - 'content', '{"isError": true, "_meta": {"sqlstate": "22023"}}'::jsonb, 'limit 0: 22023');
select is(:'limit_101'::jsonb - 'content', '{"isError": true, "_meta": {"sqlstate": "22023"}}'::jsonb, 'limit 101: 22023');
select is(:'limit_100'::jsonb -> 'isError', 'false'::jsonb, 'limit 100 is accepted');
select is(:'unknown_arg'::jsonb - 'content', '{"isError": true, "_meta": {"sqlstate": "22023"}}'::jsonb,
          'an unknown argument: 22023');
select matches(:'unknown_arg'::jsonb -> 'content' -> 0 ->> 'text', '"from"', 'the message names it');
select is(:'garbage'::jsonb - 'content', '{"isError": true, "_meta": {"sqlstate": "22023"}}'::jsonb, 'a garbage cursor: 22023');
select isnt(:'agents_cursor'::text, ''::text, 'list_agents gave a next_cursor');
select is(:'foreign_cursor'::jsonb - 'content', '{"isError": true, "_meta": {"sqlstate": "22023"}}'::jsonb,
          'a cursor of list_agents: 22023');
select matches(:'foreign_cursor'::jsonb -> 'content' -> 0 ->> 'text', 'cursor.*list_calendar_events',
               'the message says it is not a cursor of list_calendar_events');

select is(:'tampered_cursor'::jsonb - 'content', '{"isError": true, "_meta": {"sqlstate": "22023"}}'::jsonb,
          'a cursor of list_calendar_events whose key was tampered with: 22023, like any cursor that is not one');

select * from finish();
rollback;
