-- query_data_table answers the table (id, name, columns) and its rows ordered by id, each with its
-- id and its values keyed by column name; rows of the org's other tables are not included.
begin;
select plan(4);

select tests.create_org('Acme') as org \gset
insert into app.data_tables (org_id, id, name, columns) values
  (:'org', 'a0000000-0000-4000-8000-000000000001', 'Customers',
   '[{"name": "name", "type": "text"}, {"name": "seats", "type": "number"}, {"name": "active", "type": "boolean"}]'),
  (:'org', 'a0000000-0000-4000-8000-000000000002', 'Deals', '[{"name": "name", "type": "text"}]');
insert into app.data_rows (org_id, id, table_id, data) values
  (:'org', 'c0000000-0000-4000-8000-000000000003', 'a0000000-0000-4000-8000-000000000001', '{"name": "Carol", "seats": 30, "active": false}'),
  (:'org', 'c0000000-0000-4000-8000-000000000001', 'a0000000-0000-4000-8000-000000000001', '{"name": "Ada", "seats": 3, "active": true}'),
  (:'org', 'c0000000-0000-4000-8000-000000000004', 'a0000000-0000-4000-8000-000000000001', '{"name": "Dan"}'),
  (:'org', 'c0000000-0000-4000-8000-000000000002', 'a0000000-0000-4000-8000-000000000001', '{"name": "Bob", "seats": 1, "active": true}'),
  (:'org', 'c0000000-0000-4000-8000-000000000000', 'a0000000-0000-4000-8000-000000000002', '{"name": "Big deal"}');
select tests.issue_token(:'org'::uuid) as raw \gset

select tests.act_as('tests_gateway');
select public.mcp_tools_call(:'raw', 'query_data_table', '{"table_id": "a0000000-0000-4000-8000-000000000001"}', '{}') as answer \gset
select tests.act_as_owner();
select :'answer'::jsonb -> 'structuredContent' as sc \gset

select is(:'answer'::jsonb -> 'isError', 'false'::jsonb, 'the call succeeds');
select is(:'sc'::jsonb -> 'table',
          '{"id": "a0000000-0000-4000-8000-000000000001", "name": "Customers", "columns": [{"name": "name", "type": "text"},
            {"name": "seats", "type": "number"}, {"name": "active", "type": "boolean"}]}'::jsonb,
          'the table''s id, name and columns');
select results_eq(
  format($$ select r from jsonb_array_elements(%L::jsonb -> 'rows') with ordinality as a (r, n) order by n $$, :'sc'),
  $$ values ('{"id": "c0000000-0000-4000-8000-000000000001", "values": {"name": "Ada", "seats": 3, "active": true}}'::jsonb),
            ('{"id": "c0000000-0000-4000-8000-000000000002", "values": {"name": "Bob", "seats": 1, "active": true}}'::jsonb),
            ('{"id": "c0000000-0000-4000-8000-000000000003", "values": {"name": "Carol", "seats": 30, "active": false}}'::jsonb),
            ('{"id": "c0000000-0000-4000-8000-000000000004", "values": {"name": "Dan"}}'::jsonb) $$,
  'the table''s four rows in id order, each with id and values, and not the other table''s row'
);
select is(:'sc'::jsonb -> 'next_cursor', 'null'::jsonb, 'all fit on one page: next_cursor is null');

select * from finish();
rollback;
