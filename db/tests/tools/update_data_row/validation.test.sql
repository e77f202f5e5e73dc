-- update_data_row checks the values as insert_data_row does (the same helper): an unknown column,
-- a wrong type, no values (22023); a row_id that is not a row of that table_id, or unknown (P0002);
-- a malformed row_id (22P02). Nothing is changed and no action is made.
begin;
select plan(7);

select tests.create_org('Acme') as org \gset
select raw_token as raw from public.mcp_token_issue(:'org'::uuid, 'job', scopes => '{mcp:read,mcp:write}', confirm => '{"*": "none"}') \gset
insert into app.data_tables (org_id, id, name, columns) values
  (:'org', 'a0000000-0000-4000-8000-000000000001', 'Customers', '[{"name": "name", "type": "text"}, {"name": "seats", "type": "number"}]'),
  (:'org', 'a0000000-0000-4000-8000-000000000002', 'Deals', '[{"name": "name", "type": "text"}]');
insert into app.data_rows (org_id, id, table_id, data) values
  (:'org', 'c0000000-0000-4000-8000-000000000001', 'a0000000-0000-4000-8000-000000000001', '{"name": "Ada", "seats": 1}');
create temp table answers (k text, answer jsonb) on commit drop;
grant insert on answers to public;

select tests.act_as('tests_gateway');
insert into answers select k, public.mcp_tools_call(:'raw', 'update_data_row',
    jsonb_build_object('table_id', t, 'row_id', r, 'values', v))
from (values
  ('unknown', 'a0000000-0000-4000-8000-000000000001', 'c0000000-0000-4000-8000-000000000001', '{"town": "Paris"}'::jsonb),
  ('type', 'a0000000-0000-4000-8000-000000000001', 'c0000000-0000-4000-8000-000000000001', '{"seats": "many"}'),
  ('empty', 'a0000000-0000-4000-8000-000000000001', 'c0000000-0000-4000-8000-000000000001', '{}'),
  ('other table', 'a0000000-0000-4000-8000-000000000002', 'c0000000-0000-4000-8000-000000000001', '{"name": "Eve"}'),
  ('unknown row', 'a0000000-0000-4000-8000-000000000001', 'c0000000-0000-4000-8000-000000000009', '{"name": "Eve"}'),
  ('malformed', 'a0000000-0000-4000-8000-000000000001', 'row-1', '{"name": "Eve"}')) v (k, t, r, v);
select tests.act_as_owner();

select matches((select answer -> 'content' -> 0 ->> 'text' from answers where k = 'unknown' and answer -> '_meta' ->> 'sqlstate' = '22023'),
               '"town" is not a column of table "Customers"', 'an unknown column: 22023 naming it');
select matches((select answer -> 'content' -> 0 ->> 'text' from answers where k = 'type' and answer -> '_meta' ->> 'sqlstate' = '22023'),
               'column "seats" of table "Customers" takes a number', 'a wrong type: 22023 naming the column and its type');
select is((select answer -> '_meta' ->> 'sqlstate' from answers where k = 'empty'), '22023', 'no values: 22023');
select is((select answer - 'content' from answers where k = 'other table'), '{"isError": true, "_meta": {"sqlstate": "P0002"}}'::jsonb,
          'a row of another table: P0002');
select matches((select answer -> 'content' -> 0 ->> 'text' from answers where k = 'unknown row' and answer -> '_meta' ->> 'sqlstate' = 'P0002'),
               '^row c0000000-0000-4000-8000-000000000009 of data table a0000000-0000-4000-8000-000000000001 not found or not visible Hint: .*query_data_table', 'an unknown row: P0002, pointing to query_data_table');
select is((select answer -> '_meta' ->> 'sqlstate' from answers where k = 'malformed'), '22P02', 'a malformed row_id: 22P02');
select ok((select data = '{"name": "Ada", "seats": 1}' from app.data_rows) and not exists (select from mcp.actions),
          'the row is unchanged and no action was made');

select * from finish();
rollback;
