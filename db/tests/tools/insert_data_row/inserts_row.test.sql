-- insert_data_row (a token with confirm {"*": "none"}) adds the row to the table in the token's
-- org with exactly the values given (a null stored as null), counts it in the table's row_count,
-- answers the stored row, and the action keeps its after image.
begin;
select plan(5);

select tests.create_org('Acme') as org \gset
select raw_token as raw from public.mcp_token_issue(:'org'::uuid, 'job', scopes => '{mcp:read,mcp:write}', confirm => '{"*": "none"}') \gset
insert into app.data_tables (org_id, id, name, columns) values (:'org', 'a0000000-0000-4000-8000-000000000001', 'Customers',
  '[{"name": "name", "type": "text"}, {"name": "city", "type": "text"}, {"name": "seats", "type": "number"}]');

select tests.act_as('tests_gateway');
select public.mcp_tools_call(:'raw', 'insert_data_row',
         '{"table_id": "a0000000-0000-4000-8000-000000000001", "values": {"name": "Ada", "seats": 3, "city": null}}') as answer \gset
select tests.act_as_owner();

select is(:'answer'::jsonb #>> '{structuredContent,status}', 'done', 'the write ran');
select results_eq('select org_id, table_id, data from app.data_rows',
                  format($$ values (%L::uuid, 'a0000000-0000-4000-8000-000000000001'::uuid, '{"name": "Ada", "seats": 3, "city": null}'::jsonb) $$, :'org'),
                  'one row, in the token''s org and the table, with exactly the values given');
select is(:'answer'::jsonb #> '{structuredContent,row}',
          (select jsonb_build_object('id', r.id, 'table_id', r.table_id, 'data', r.data, 'created_at', r.created_at, 'updated_at', r.updated_at)
           from app.data_rows r),
          'the answer is the stored row');
select is((select row_count from app.data_tables), 1::bigint, 'the table counts it');
select is((select changes from public.mcp_actions),
          (select jsonb_build_array(jsonb_build_object('table', 'app.data_rows', 'operation', 'INSERT', 'before', null, 'after', to_jsonb(r)))
           from app.data_rows r),
          'the action keeps the row after, no before');

select * from finish();
rollback;
