-- query_data_table's structuredContent has the keys its output schema requires, at the top, in
-- the table and in every row, and the text content is the same JSON.
begin;
select plan(5);

select tests.create_org('Acme') as org \gset
insert into app.data_tables (org_id, id, name, columns) values
  (:'org', 'a0000000-0000-4000-8000-000000000001', 'Customers', '[{"name": "name", "type": "text"}]');
insert into app.data_rows (org_id, table_id, data) values
  (:'org', 'a0000000-0000-4000-8000-000000000001', '{"name": "Ada"}'),
  (:'org', 'a0000000-0000-4000-8000-000000000001', '{}');
select tests.issue_token(:'org'::uuid) as raw \gset

select tests.act_as('tests_gateway');
select public.mcp_tools_call(:'raw', 'query_data_table', '{"table_id": "a0000000-0000-4000-8000-000000000001"}', '{}') as answer \gset
select tests.act_as_owner();
select :'answer'::jsonb -> 'structuredContent' as sc \gset

select is(:'answer'::jsonb -> 'isError', 'false'::jsonb, 'the call succeeds');
select set_eq(format($$ select jsonb_object_keys(%L::jsonb) $$, :'sc'),
              $$ select jsonb_array_elements_text(output_schema -> 'required') from mcp.tools where name = 'query_data_table' $$,
              'an untruncated page has exactly the keys the output schema requires');
select is_empty(
  format($$ select r from jsonb_array_elements_text((select output_schema #> '{properties,table,required}'
                                                     from mcp.tools where name = 'query_data_table')) r
            where not %L::jsonb -> 'table' ? r $$, :'sc'),
  'the table has every key the output schema requires of it'
);
select is_empty(
  format($$ select row, r
            from jsonb_array_elements(%L::jsonb -> 'rows') row,
                 jsonb_array_elements_text((select output_schema #> '{properties,rows,items,required}'
                                            from mcp.tools where name = 'query_data_table')) r
            where not row ? r $$, :'sc'),
  'every row has every key the output schema requires of a row'
);
select is((:'answer'::jsonb -> 'content' -> 0 ->> 'text')::jsonb, :'sc'::jsonb, 'the text content is the same JSON');

select * from finish();
rollback;
