-- SQL in filter values and column names is plain text: no rows, no error beyond the ordinary
-- unknown-column one, nothing dropped; a row holding that very text is found like any other.
begin;
select plan(6);

select tests.create_org('Acme') as org \gset
insert into app.data_tables (org_id, id, name, columns) values
  (:'org', 'a0000000-0000-4000-8000-000000000001', 'Tickets', '[{"name": "status", "type": "text"}]');
insert into app.data_rows (org_id, id, table_id, data) values
  (:'org', 'c0000000-0000-4000-8000-000000000001', 'a0000000-0000-4000-8000-000000000001', '{"status": "open"}'),
  (:'org', 'c0000000-0000-4000-8000-000000000002', 'a0000000-0000-4000-8000-000000000001',
   '{"status": "x\u0027) or 1=1; --"}');
insert into app.pages (org_id, title) values (:'org', 'Still here');
select tests.issue_token(:'org'::uuid) as raw \gset

create temp table answers (k text, answer jsonb) on commit drop;
grant insert, select on answers to public;
select tests.act_as('tests_gateway');
insert into answers values
  ('drop', public.mcp_tools_call(:'raw', 'query_data_table', jsonb_build_object(
     'table_id', 'a0000000-0000-4000-8000-000000000001', 'filter', jsonb_build_object('status', 'x''); drop table app.pages; --')), '{}')),
  ('or', public.mcp_tools_call(:'raw', 'query_data_table', jsonb_build_object(
     'table_id', 'a0000000-0000-4000-8000-000000000001', 'filter', jsonb_build_object('status', 'x'') or 1=1; --')), '{}')),
  ('key', public.mcp_tools_call(:'raw', 'query_data_table', jsonb_build_object(
     'table_id', 'a0000000-0000-4000-8000-000000000001', 'filter', jsonb_build_object('status" = status; drop table app.pages; --', 'x')), '{}'));
select tests.act_as_owner();

select is((select answer -> 'structuredContent' -> 'rows' from answers where k = 'drop'), '[]'::jsonb,
          'a value of x''); drop table app.pages; -- matches no row');
select is((select answer -> 'isError' from answers where k = 'drop'), 'false'::jsonb, 'and is no error');
select results_eq($$ select (r ->> 'id')::uuid from answers, jsonb_array_elements(answer -> 'structuredContent' -> 'rows') r where k = 'or' $$,
                  $$ values ('c0000000-0000-4000-8000-000000000002'::uuid) $$,
                  'a value of x'') or 1=1; -- matches exactly the row holding that text');
select is((select answer -> '_meta' ->> 'sqlstate' from answers where k = 'key'), '22023',
          'SQL in a column name is just an unknown column: 22023');
select isnt(to_regclass('app.pages'), null, 'app.pages still exists');
select is((select count(*) from app.pages where org_id = :'org'), 1::bigint, 'with its row');

select * from finish();
rollback;
