-- insert_data_row asks the user with a preview naming the table and each value given, in the
-- table's column order (not the order sent), long strings cut, null said as empty; asking adds no row.
begin;
select plan(4);

select tests.create_org('Acme') as org \gset
select raw_token as raw from public.mcp_token_issue(:'org'::uuid, 'assistant', scopes => '{mcp:read,mcp:write}') \gset
insert into app.data_tables (org_id, id, name, columns) values (:'org', 'a0000000-0000-4000-8000-000000000001', 'Customers',
  '[{"name": "name", "type": "text"}, {"name": "city", "type": "text"}, {"name": "seats", "type": "number"},
    {"name": "active", "type": "boolean"}, {"name": "since", "type": "date"}, {"name": "tags", "type": "json"}]');
create temp table asked (n integer, answer jsonb) on commit drop;
grant insert on asked to public;

select tests.act_as('tests_gateway');
insert into asked select n, public.mcp_tools_call_json(:'raw',
    json_build_object('name', 'insert_data_row', 'arguments', jsonb_build_object('table_id', 'a0000000-0000-4000-8000-000000000001', 'values', v)::json),
    '{"elicitation": true}')
from (values
  (1, '{"city": "Paris", "name": "Ada"}'::jsonb),
  (2, jsonb_build_object('name', repeat('x', 100), 'seats', 12, 'active', false, 'since', '2026-12-03', 'tags', '["a", "b"]'::jsonb, 'city', null))) v (n, v);
select tests.act_as_owner();

select is((select answer ->> 'resultType' from asked where n = 1), 'input_required', 'the user is asked');
select is((select answer #>> '{inputRequests,confirm,params,requestedSchema,properties,confirm,description}' from asked where n = 1),
          'Add a row to table ''Customers'': name = ''Ada'', city = ''Paris''', 'the table and the values, in column order');
select is((select answer #>> '{inputRequests,confirm,params,requestedSchema,properties,confirm,description}' from asked where n = 2),
          'Add a row to table ''Customers'': name = ''' || repeat('x', 59) || '…'', city = empty, seats = 12, active = false, '
          'since = ''2026-12-03'', tags = ["a", "b"]',
          'a long value cut to 60 characters, null as empty, numbers, booleans, dates and JSON as written');
select is_empty('select from app.data_rows', 'asking adds no row');

select * from finish();
rollback;
