-- list_data_tables' structuredContent has the keys its output schema requires, at the top and in
-- every table, and the text content is the same JSON.
begin;
select plan(4);

select tests.create_org('Acme') as org \gset
insert into app.data_tables (org_id, name, description, columns) values
  (:'org', 'Customers', 'Accounts we serve', '[{"name": "name", "type": "text"}]'),
  (:'org', 'Deals', null, '[]');
select tests.issue_token(:'org'::uuid) as raw \gset

select tests.act_as('tests_gateway');
select public.mcp_tools_call(:'raw', 'list_data_tables', '{}', '{}') as answer \gset
select tests.act_as_owner();
select :'answer'::jsonb -> 'structuredContent' as sc \gset

select is(:'answer'::jsonb -> 'isError', 'false'::jsonb, 'the call succeeds');
select set_eq(format($$ select jsonb_object_keys(%L::jsonb) $$, :'sc'),
              $$ select jsonb_array_elements_text(output_schema -> 'required') from mcp.tools where name = 'list_data_tables' $$,
              'an untruncated page has exactly the keys the output schema requires');
select is_empty(
  format($$ select t ->> 'name', r
            from jsonb_array_elements(%L::jsonb -> 'tables') t,
                 jsonb_array_elements_text((select output_schema #> '{properties,tables,items,required}'
                                            from mcp.tools where name = 'list_data_tables')) r
            where not t ? r $$, :'sc'),
  'every table has every key the output schema requires of a table'
);
select is((:'answer'::jsonb -> 'content' -> 0 ->> 'text')::jsonb, :'sc'::jsonb, 'the text content is the same JSON');

select * from finish();
rollback;
