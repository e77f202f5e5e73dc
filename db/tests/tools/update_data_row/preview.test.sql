-- update_data_row asks the user with a preview naming the row by its first column and the table,
-- and each column that changes old -> new in column order (a value it already has left out; a
-- column without a value, or null, said as empty); asking changes nothing.
begin;
select plan(4);

select tests.create_org('Acme') as org \gset
select raw_token as raw from public.mcp_token_issue(:'org'::uuid, 'assistant', scopes => '{mcp:read,mcp:write}') \gset
insert into app.data_tables (org_id, id, name, columns) values (:'org', 'a0000000-0000-4000-8000-000000000001', 'Customers',
  '[{"name": "name", "type": "text"}, {"name": "city", "type": "text"}, {"name": "seats", "type": "number"}, {"name": "plan", "type": "text"}]');
insert into app.data_rows (org_id, id, table_id, data) values
  (:'org', 'c0000000-0000-4000-8000-000000000001', 'a0000000-0000-4000-8000-000000000001', '{"name": "Ada", "city": "Paris", "plan": "team"}');
create temp table asked (n integer, answer jsonb) on commit drop;
grant insert on asked to public;

select tests.act_as('tests_gateway');
insert into asked select n, public.mcp_tools_call_json(:'raw', json_build_object('name', 'update_data_row', 'arguments',
    jsonb_build_object('table_id', 'a0000000-0000-4000-8000-000000000001', 'row_id', 'c0000000-0000-4000-8000-000000000001', 'values', v)::json),
    '{"elicitation": true}')
from (values (1, '{"seats": 5, "city": "London", "name": "Ada", "plan": null}'::jsonb), (2, '{"city": "Paris"}')) v (n, v);
select tests.act_as_owner();

select is((select answer ->> 'resultType' from asked where n = 1), 'input_required', 'the user is asked');
select is((select answer #>> '{inputRequests,confirm,params,requestedSchema,properties,confirm,description}' from asked where n = 1),
          'Update row ''Ada'' of table ''Customers'': city ''Paris'' → ''London'', seats empty → 5, plan ''team'' → empty',
          'the row by its first column; each change old -> new in column order, the unchanged name left out');
select is((select answer #>> '{inputRequests,confirm,params,requestedSchema,properties,confirm,description}' from asked where n = 2),
          'Update row ''Ada'' of table ''Customers'': no change, it already has these values', 'no change, said so');
select is((select data from app.data_rows), '{"name": "Ada", "city": "Paris", "plan": "team"}'::jsonb, 'asking changed nothing');

select * from finish();
rollback;
