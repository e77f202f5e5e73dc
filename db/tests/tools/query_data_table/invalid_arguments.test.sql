-- query_data_table refuses bad arguments with isError true: a missing table_id, a limit outside
-- 1..100, a filter of the wrong shape, an unknown argument and a cursor it did not make (garbage,
-- another tool's, tampered with) with 22023;
-- a malformed table_id with 22P02 and a hint that says to get ids from list_data_tables.
begin;
select plan(10);

select tests.create_org('Acme') as org \gset
insert into app.data_tables (org_id, id, name, columns) values
  (:'org', 'a0000000-0000-4000-8000-000000000001', 'Customers', '[{"name": "name", "type": "text"}]'),
  (:'org', 'a0000000-0000-4000-8000-000000000002', 'Deals', '[{"name": "name", "type": "text"}]');
insert into app.data_rows (org_id, table_id, data) values
  (:'org', 'a0000000-0000-4000-8000-000000000001', '{"name": "Ada"}'), (:'org', 'a0000000-0000-4000-8000-000000000001', '{"name": "Bob"}');
select tests.issue_token(:'org'::uuid) as raw \gset
select mcp.cursor_encode('query_data_table', '["not-a-uuid"]') as tampered_cursor \gset

create temp table answers (k text, answer jsonb) on commit drop;
grant insert, select on answers to public;
select tests.act_as('tests_gateway');
-- real cursors: one of list_data_tables, one of this tool for another table
insert into answers values
  ('tables page', public.mcp_tools_call(:'raw', 'list_data_tables', '{"limit": 1}', '{}')),
  ('rows page', public.mcp_tools_call(:'raw', 'query_data_table', '{"table_id": "a0000000-0000-4000-8000-000000000001", "limit": 1}', '{}'));
insert into answers values
  ('no table_id', public.mcp_tools_call(:'raw', 'query_data_table', '{}', '{}')),
  ('malformed', public.mcp_tools_call(:'raw', 'query_data_table', '{"table_id": "customers"}', '{}')),
  ('limit 0', public.mcp_tools_call(:'raw', 'query_data_table', '{"table_id": "a0000000-0000-4000-8000-000000000001", "limit": 0}', '{}')),
  ('limit 101', public.mcp_tools_call(:'raw', 'query_data_table', '{"table_id": "a0000000-0000-4000-8000-000000000001", "limit": 101}', '{}')),
  ('filter text', public.mcp_tools_call(:'raw', 'query_data_table', '{"table_id": "a0000000-0000-4000-8000-000000000001", "filter": "name = Ada"}', '{}')),
  ('filter object value', public.mcp_tools_call(:'raw', 'query_data_table',
     '{"table_id": "a0000000-0000-4000-8000-000000000001", "filter": {"name": {"$ne": "Ada"}}}', '{}')),
  ('unknown', public.mcp_tools_call(:'raw', 'query_data_table', '{"table_id": "a0000000-0000-4000-8000-000000000001", "where": "true"}', '{}')),
  ('garbage cursor', public.mcp_tools_call(:'raw', 'query_data_table',
     '{"table_id": "a0000000-0000-4000-8000-000000000001", "cursor": "eyJ0IjogInF1ZXJ5X2RhdGFfdGFibGUifQ"}', '{}')),
  ('tampered cursor', public.mcp_tools_call(:'raw', 'query_data_table',
     jsonb_build_object('table_id', 'a0000000-0000-4000-8000-000000000001', 'cursor', :'tampered_cursor'::text), '{}'));
insert into answers
  select 'other tool cursor', public.mcp_tools_call(:'raw', 'query_data_table',
           jsonb_build_object('table_id', 'a0000000-0000-4000-8000-000000000001', 'cursor', answer -> 'structuredContent' ->> 'next_cursor'), '{}')
  from answers where k = 'tables page';
select tests.act_as_owner();

select isnt((select answer -> 'structuredContent' ->> 'next_cursor' from answers where k = 'tables page'), null,
            'list_data_tables made a cursor to misuse');
select results_eq(
  $$ select k, answer -> 'isError', answer -> '_meta' ->> 'sqlstate' from answers
     where k not in ('tables page', 'rows page', 'malformed', 'tampered cursor') order by k $$,
  $$ values ('filter object value', 'true'::jsonb, '22023'), ('filter text', 'true'::jsonb, '22023'),
            ('garbage cursor', 'true'::jsonb, '22023'), ('limit 0', 'true'::jsonb, '22023'),
            ('limit 101', 'true'::jsonb, '22023'), ('no table_id', 'true'::jsonb, '22023'),
            ('other tool cursor', 'true'::jsonb, '22023'), ('unknown', 'true'::jsonb, '22023') $$,
  'no table_id, limits 0 and 101, a filter that is not {column: scalar}, an unknown argument, a garbage cursor and '
  'list_data_tables'' cursor: isError true with 22023'
);
select matches((select answer -> 'content' -> 0 ->> 'text' from answers where k = 'no table_id'), '"table_id".*required',
               'the missing argument is named');
select is((select answer -> '_meta' ->> 'sqlstate' from answers where k = 'malformed'), '22P02', 'a malformed table_id: 22P02');
select is((select answer -> 'isError' from answers where k = 'malformed'), 'true'::jsonb, 'isError true');
select matches((select answer -> 'content' -> 0 ->> 'text' from answers where k = 'malformed'), '"table_id".*UUID',
               'the message names the argument and says it must be a UUID');
select matches((select answer -> 'content' -> 0 ->> 'text' from answers where k = 'malformed'), 'Hint: .*list_data_tables',
               'the hint says where to get a valid id: list_data_tables');
select matches((select answer -> 'content' -> 0 ->> 'text' from answers where k = 'other tool cursor'), '"cursor"',
               'the misused cursor is named');
select is((select answer -> '_meta' ->> 'sqlstate' from answers where k = 'tampered cursor'), '22023',
          'a cursor of this tool whose key was tampered with: 22023');
select is((select count(*) from mcp.usage_log where org_id = :'org' and outcome = 'invalid_arguments'), 10::bigint,
          'each refusal is logged as invalid_arguments');

select * from finish();
rollback;
