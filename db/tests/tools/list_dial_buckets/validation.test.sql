-- list_dial_buckets refuses a limit outside 1..100, an unknown argument, a cursor that is not one
-- (garbage, or one of its own with a tampered sort key) and a cursor of another tool (even
-- list_data_tables', whose sort key has the same shape): 22023.
begin;
select plan(9);

select tests.create_org('Acme') as org \gset
select tests.issue_token(:'org'::uuid, 'dialer') as raw \gset
insert into app.data_tables (org_id, name) values (:'org', 'Alpha'), (:'org', 'Beta');

-- a cursor of this tool whose sort key was tampered with
select mcp.cursor_encode('list_dial_buckets', '["Alpha", "not-a-uuid"]') as tampered \gset

select tests.act_as('tests_gateway');
select public.mcp_tools_call(:'raw', 'list_data_tables', '{"limit": 1}', '{}') -> 'structuredContent' ->> 'next_cursor' as tables_cursor \gset
select public.mcp_tools_call(:'raw', 'list_dial_buckets', '{"limit": 0}', '{}') as limit_0 \gset
select public.mcp_tools_call(:'raw', 'list_dial_buckets', '{"limit": 101}', '{}') as limit_101 \gset
select public.mcp_tools_call(:'raw', 'list_dial_buckets', '{"limit": 100}', '{}') as limit_100 \gset
select public.mcp_tools_call(:'raw', 'list_dial_buckets', '{"bucket_id": "00000000-0000-4000-8000-000000000000"}', '{}') as unknown_arg \gset
select public.mcp_tools_call(:'raw', 'list_dial_buckets', '{"cursor": "eyJub3QiOiAiYSBjdXJzb3IifQ"}', '{}') as garbage \gset
select public.mcp_tools_call(:'raw', 'list_dial_buckets', jsonb_build_object('cursor', :'tables_cursor'), '{}') as foreign_cursor \gset
select public.mcp_tools_call(:'raw', 'list_dial_buckets', jsonb_build_object('cursor', :'tampered'), '{}') as tampered_cursor \gset
select tests.act_as_owner();

select is(:'limit_0'::jsonb - 'content', '{"isError": true, "_meta": {"sqlstate": "22023"}}'::jsonb, 'limit 0: 22023');
select is(:'limit_101'::jsonb - 'content', '{"isError": true, "_meta": {"sqlstate": "22023"}}'::jsonb, 'limit 101: 22023');
select is(:'limit_100'::jsonb -> 'isError', 'false'::jsonb, 'limit 100 is accepted');
select is(:'unknown_arg'::jsonb - 'content', '{"isError": true, "_meta": {"sqlstate": "22023"}}'::jsonb,
          'an unknown argument: 22023');
select is(:'garbage'::jsonb - 'content', '{"isError": true, "_meta": {"sqlstate": "22023"}}'::jsonb,
          'base64 JSON that is not a cursor: 22023');
select isnt(:'tables_cursor'::text, ''::text, 'list_data_tables gave a next_cursor');
select is(:'foreign_cursor'::jsonb - 'content', '{"isError": true, "_meta": {"sqlstate": "22023"}}'::jsonb,
          'a cursor of list_data_tables: 22023');
select matches(:'foreign_cursor'::jsonb -> 'content' -> 0 ->> 'text', 'cursor.*list_dial_buckets',
               'the message says it is not a cursor of list_dial_buckets');

select is(:'tampered_cursor'::jsonb - 'content', '{"isError": true, "_meta": {"sqlstate": "22023"}}'::jsonb,
          'a cursor of list_dial_buckets whose key was tampered with: 22023, like any cursor that is not one');

select * from finish();
rollback;
