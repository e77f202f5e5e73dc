-- list_data_tables answers the org's data tables sorted by name, then id (names may repeat), each
-- with its id, name, description (null when unset), columns and row_count, on one page.
begin;
select plan(4);

select tests.create_org('Acme') as org \gset
insert into app.data_tables (org_id, id, name, description, columns) values
  (:'org', 'a0000000-0000-4000-8000-000000000003', 'Tickets', 'Support requests', '[{"name": "subject", "type": "text"}]'),
  (:'org', 'a0000000-0000-4000-8000-000000000002', 'Customers', null,
   '[{"name": "name", "type": "text"}, {"name": "seats", "type": "number"}]'),
  (:'org', 'a0000000-0000-4000-8000-000000000001', 'Tickets', 'Old tickets', '[]'),
  (:'org', 'a0000000-0000-4000-8000-000000000004', 'Accounts', 'Ledger', '[{"name": "active", "type": "boolean"}]');
insert into app.data_rows (org_id, table_id, data) values
  (:'org', 'a0000000-0000-4000-8000-000000000002', '{"name": "Ada", "seats": 3}'),
  (:'org', 'a0000000-0000-4000-8000-000000000002', '{"name": "Bob", "seats": 1}'),
  (:'org', 'a0000000-0000-4000-8000-000000000003', '{"subject": "Help"}');
select tests.issue_token(:'org'::uuid) as raw \gset

select tests.act_as('tests_gateway');
select public.mcp_tools_call(:'raw', 'list_data_tables', '{}', '{}') as answer \gset
select tests.act_as_owner();

select is(:'answer'::jsonb -> 'isError', 'false'::jsonb, 'the call succeeds');
select results_eq(
  format($$ select (t ->> 'id')::uuid, t ->> 'name', t ->> 'description', t -> 'columns', (t ->> 'row_count')::bigint
            from jsonb_array_elements(%L::jsonb -> 'structuredContent' -> 'tables') with ordinality as a (t, n)
            order by n $$, :'answer'),
  $$ values
       ('a0000000-0000-4000-8000-000000000004'::uuid, 'Accounts', 'Ledger', '[{"name": "active", "type": "boolean"}]'::jsonb, 0::bigint),
       ('a0000000-0000-4000-8000-000000000002'::uuid, 'Customers', null,
        '[{"name": "name", "type": "text"}, {"name": "seats", "type": "number"}]'::jsonb, 2::bigint),
       ('a0000000-0000-4000-8000-000000000001'::uuid, 'Tickets', 'Old tickets', '[]'::jsonb, 0::bigint),
       ('a0000000-0000-4000-8000-000000000003'::uuid, 'Tickets', 'Support requests', '[{"name": "subject", "type": "text"}]'::jsonb, 1::bigint) $$,
  'every table, sorted by name then id, with its description, columns and row count'
);
select is_empty(
  format($$ select t from jsonb_array_elements(%L::jsonb -> 'structuredContent' -> 'tables') t
            where (select array_agg(k order by k) from jsonb_object_keys(t) k)
                  <> array['columns', 'description', 'id', 'name', 'row_count'] $$, :'answer'),
  'each table carries exactly id, name, description, columns and row_count'
);
select is(:'answer'::jsonb -> 'structuredContent' -> 'next_cursor', 'null'::jsonb, 'all fit on one page: next_cursor is null');

select * from finish();
rollback;
