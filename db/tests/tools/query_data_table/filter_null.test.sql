-- A filter value null is a value, not "no filter": it matches the rows where that column holds
-- JSON null, not the rows with another value nor those without the key.
begin;
select plan(3);

select tests.create_org('Acme') as org \gset
insert into app.data_tables (org_id, id, name, columns) values
  (:'org', 'a0000000-0000-4000-8000-000000000001', 'Contacts', '[{"name": "name", "type": "text"}, {"name": "email", "type": "text"}]');
insert into app.data_rows (org_id, id, table_id, data) values
  (:'org', 'c0000000-0000-4000-8000-000000000001', 'a0000000-0000-4000-8000-000000000001', '{"name": "Ada", "email": null}'),
  (:'org', 'c0000000-0000-4000-8000-000000000002', 'a0000000-0000-4000-8000-000000000001', '{"name": "Bob", "email": "bob@example.com"}'),
  (:'org', 'c0000000-0000-4000-8000-000000000003', 'a0000000-0000-4000-8000-000000000001', '{"name": "Cy"}'),
  (:'org', 'c0000000-0000-4000-8000-000000000004', 'a0000000-0000-4000-8000-000000000001', '{"name": "Di", "email": "null"}'),
  (:'org', 'c0000000-0000-4000-8000-000000000005', 'a0000000-0000-4000-8000-000000000001', '{"name": null, "email": null}');
select tests.issue_token(:'org'::uuid) as raw \gset

select tests.act_as('tests_gateway');
select public.mcp_tools_call(:'raw', 'query_data_table',
         '{"table_id": "a0000000-0000-4000-8000-000000000001", "filter": {"email": null}}', '{}') as answer \gset
select tests.act_as_owner();

select is(:'answer'::jsonb -> 'isError', 'false'::jsonb, 'the call succeeds');
select results_eq(
  format($$ select (r ->> 'id')::uuid from jsonb_array_elements(%L::jsonb -> 'structuredContent' -> 'rows') r $$, :'answer'),
  $$ values ('c0000000-0000-4000-8000-000000000001'::uuid), ('c0000000-0000-4000-8000-000000000005'::uuid) $$,
  'email null matches the rows whose email is JSON null, not the text "null" nor a missing email'
);
select is(:'answer'::jsonb #> '{structuredContent,rows,0,values}', '{"name": "Ada", "email": null}'::jsonb,
          'the null comes back as a null value');

select * from finish();
rollback;
