-- update_data_row (a token with confirm {"*": "none"}) changes only the columns given: the others
-- keep their values, a null empties a column (stored as null); updated_at moves; the answer is the
-- stored row, and the action keeps the row before and after.
begin;
select plan(5);

select tests.create_org('Acme') as org \gset
select raw_token as raw from public.mcp_token_issue(:'org'::uuid, 'job', scopes => '{mcp:read,mcp:write}', confirm => '{"*": "none"}') \gset
insert into app.data_tables (org_id, id, name, columns) values (:'org', 'a0000000-0000-4000-8000-000000000001', 'Customers',
  '[{"name": "name", "type": "text"}, {"name": "city", "type": "text"}, {"name": "seats", "type": "number"}, {"name": "plan", "type": "text"}]');
insert into app.data_rows (org_id, id, table_id, data, created_at, updated_at) values
  (:'org', 'c0000000-0000-4000-8000-000000000001', 'a0000000-0000-4000-8000-000000000001', '{"name": "Ada", "city": "Paris", "plan": "team"}',
   '2026-01-01T00:00Z', '2026-01-01T00:00Z'),
  (:'org', 'c0000000-0000-4000-8000-000000000002', 'a0000000-0000-4000-8000-000000000001', '{"name": "Bob", "city": "Paris"}',
   '2026-01-01T00:00Z', '2026-01-01T00:00Z');
select to_jsonb(r) as before from app.data_rows r where r.id = 'c0000000-0000-4000-8000-000000000001' \gset

select tests.act_as('tests_gateway');
select public.mcp_tools_call(:'raw', 'update_data_row', '{"table_id": "a0000000-0000-4000-8000-000000000001",
         "row_id": "c0000000-0000-4000-8000-000000000001", "values": {"city": "London", "seats": 5, "plan": null}}') as answer \gset
select tests.act_as_owner();

select is(:'answer'::jsonb #>> '{structuredContent,status}', 'done', 'the write ran');
select results_eq('select id, data, updated_at from app.data_rows order by id',
                  $$ values ('c0000000-0000-4000-8000-000000000001'::uuid, '{"name": "Ada", "city": "London", "seats": 5, "plan": null}'::jsonb, now()),
                            ('c0000000-0000-4000-8000-000000000002', '{"name": "Bob", "city": "Paris"}', '2026-01-01T00:00Z') $$,
                  'the given columns changed (plan emptied to null), name kept, updated_at now; the other row untouched');
select is(:'answer'::jsonb #> '{structuredContent,row}',
          (select jsonb_build_object('id', r.id, 'table_id', r.table_id, 'data', r.data, 'created_at', r.created_at, 'updated_at', r.updated_at)
           from app.data_rows r where r.id = 'c0000000-0000-4000-8000-000000000001'),
          'the answer is the row as stored');
select is((select changes from public.mcp_actions),
          (select jsonb_build_array(jsonb_build_object('table', 'app.data_rows', 'operation', 'UPDATE', 'before', :'before'::jsonb, 'after', to_jsonb(r)))
           from app.data_rows r where r.id = 'c0000000-0000-4000-8000-000000000001'),
          'the action keeps the row before and after');
select is((select row_count from app.data_tables), 2::bigint, 'the table still counts its two rows (an update adds none)');

select * from finish();
rollback;
