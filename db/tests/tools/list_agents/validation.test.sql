-- list_agents refuses a limit outside 1..100, a fractional limit, an unknown argument, a cursor that
-- is not one (garbage, or one of its own with a tampered sort key) and a cursor of another tool
-- (list_dial_buckets', same sort-key shape): 22023.
begin;
select plan(10);

select tests.create_org('Acme') as org \gset
select tests.issue_token(:'org'::uuid, 'agents') as raw \gset
insert into app.dial_buckets (org_id, name) values (:'org', 'Alpha'), (:'org', 'Beta');

-- a cursor of this tool whose sort key was tampered with
select mcp.cursor_encode('list_agents', '["Alpha", "not-a-uuid"]') as tampered \gset

select tests.act_as('tests_gateway');
select public.mcp_tools_call(:'raw', 'list_dial_buckets', '{"limit": 1}', '{}') -> 'structuredContent' ->> 'next_cursor' as buckets_cursor \gset
select public.mcp_tools_call(:'raw', 'list_agents', '{"limit": 0}', '{}') as limit_0 \gset
select public.mcp_tools_call(:'raw', 'list_agents', '{"limit": 101}', '{}') as limit_101 \gset
select public.mcp_tools_call(:'raw', 'list_agents', '{"limit": 2.5}', '{}') as limit_frac \gset
select public.mcp_tools_call(:'raw', 'list_agents', '{"limit": 100}', '{}') as limit_100 \gset
select public.mcp_tools_call(:'raw', 'list_agents', '{"model": "gpt-4o"}', '{}') as unknown_arg \gset
select public.mcp_tools_call(:'raw', 'list_agents', '{"cursor": "%%%"}', '{}') as garbage \gset
select public.mcp_tools_call(:'raw', 'list_agents', jsonb_build_object('cursor', :'buckets_cursor'), '{}') as foreign_cursor \gset
select public.mcp_tools_call(:'raw', 'list_agents', jsonb_build_object('cursor', :'tampered'), '{}') as tampered_cursor \gset
select tests.act_as_owner();

select is(:'limit_0'::jsonb - 'content', '{"isError": true, "_meta": {"sqlstate": "22023"}}'::jsonb, 'limit 0: 22023');
select is(:'limit_101'::jsonb - 'content', '{"isError": true, "_meta": {"sqlstate": "22023"}}'::jsonb, 'limit 101: 22023');
select is(:'limit_frac'::jsonb -> '_meta' ->> 'sqlstate', '22023', 'limit 2.5: 22023');
select is(:'limit_100'::jsonb -> 'isError', 'false'::jsonb, 'limit 100 is accepted');
select is(:'unknown_arg'::jsonb - 'content', '{"isError": true, "_meta": {"sqlstate": "22023"}}'::jsonb,
          'an unknown argument: 22023');
select is(:'garbage'::jsonb - 'content', '{"isError": true, "_meta": {"sqlstate": "22023"}}'::jsonb, 'a garbage cursor: 22023');
select isnt(:'buckets_cursor'::text, ''::text, 'list_dial_buckets gave a next_cursor');
select is(:'foreign_cursor'::jsonb - 'content', '{"isError": true, "_meta": {"sqlstate": "22023"}}'::jsonb,
          'a cursor of list_dial_buckets: 22023');
select matches(:'foreign_cursor'::jsonb -> 'content' -> 0 ->> 'text', 'cursor.*list_agents',
               'the message says it is not a cursor of list_agents');

select is(:'tampered_cursor'::jsonb - 'content', '{"isError": true, "_meta": {"sqlstate": "22023"}}'::jsonb,
          'a cursor of list_agents whose key was tampered with: 22023, like any cursor that is not one');

select * from finish();
rollback;
