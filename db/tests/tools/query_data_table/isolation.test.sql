-- A token reads the data tables of its own org only. Two orgs have look-alike tables (same name,
-- columns and values): A's token on A's table gets A's rows only; on B's table id it gets P0002
-- with the same message as for a random uuid, so it cannot tell that the table exists.
begin;
select plan(7);

select tests.create_org('Acme') as org_a \gset
select tests.create_org('Acme') as org_b \gset
insert into app.data_tables (org_id, id, name, columns) values
  (:'org_a', 'a0000000-0000-4000-8000-000000000001', 'Customers', '[{"name": "name", "type": "text"}]'),
  (:'org_b', 'b0000000-0000-4000-8000-000000000001', 'Customers', '[{"name": "name", "type": "text"}]');
insert into app.data_rows (org_id, table_id, data)
  select :'org_a', 'a0000000-0000-4000-8000-000000000001', jsonb_build_object('name', 'Customer ' || n) from generate_series(1, 3) n;
insert into app.data_rows (org_id, table_id, data)
  select :'org_b', 'b0000000-0000-4000-8000-000000000001', jsonb_build_object('name', 'Customer ' || n) from generate_series(1, 4) n;
select tests.issue_token(:'org_a'::uuid, 'a') as raw_a \gset
select tests.issue_token(:'org_b'::uuid, 'b') as raw_b \gset
select gen_random_uuid() as random_id \gset

create temp table answers (k text, answer jsonb) on commit drop;
grant insert, select on answers to public;
select tests.act_as('tests_gateway');
insert into answers values
  ('a own', public.mcp_tools_call(:'raw_a', 'query_data_table', '{"table_id": "a0000000-0000-4000-8000-000000000001"}', '{}')),
  ('a own filtered', public.mcp_tools_call(:'raw_a', 'query_data_table',
     '{"table_id": "a0000000-0000-4000-8000-000000000001", "filter": {"name": "Customer 4"}}', '{}')),
  ('a other', public.mcp_tools_call(:'raw_a', 'query_data_table', '{"table_id": "b0000000-0000-4000-8000-000000000001"}', '{}')),
  ('a random', public.mcp_tools_call(:'raw_a', 'query_data_table', jsonb_build_object('table_id', :'random_id'::text), '{}')),
  ('b own', public.mcp_tools_call(:'raw_b', 'query_data_table', '{"table_id": "b0000000-0000-4000-8000-000000000001"}', '{}'));
select tests.act_as_owner();

select set_eq($$ select (r ->> 'id')::uuid from answers, jsonb_array_elements(answer -> 'structuredContent' -> 'rows') r where k = 'a own' $$,
              format($$ select id from app.data_rows where org_id = %L $$, :'org_a'),
              'A''s token on A''s table gets exactly A''s three rows');
select is((select answer -> 'structuredContent' -> 'rows' from answers where k = 'a own filtered'), '[]'::jsonb,
          'a filter matching only B''s "Customer 4" finds nothing for A');
select is((select answer - 'content' from answers where k = 'a other'), '{"isError": true, "_meta": {"sqlstate": "P0002"}}'::jsonb,
          'A''s token on B''s table id: isError true with P0002');
select is((select answer - 'content' from answers where k = 'a random'), '{"isError": true, "_meta": {"sqlstate": "P0002"}}'::jsonb,
          'as for a random uuid');
select is((select replace(answer -> 'content' -> 0 ->> 'text', 'b0000000-0000-4000-8000-000000000001', '<id>') from answers where k = 'a other'),
          (select replace(answer -> 'content' -> 0 ->> 'text', :'random_id', '<id>') from answers where k = 'a random'),
          'the two messages are the same but for the id: nothing tells that B''s table exists');
select unalike((select answer -> 'content' -> 0 ->> 'text' from answers where k = 'a other'), '%Customers%',
               'the message does not carry the table''s name');
select is((select jsonb_array_length(answer -> 'structuredContent' -> 'rows') from answers where k = 'b own'), 4,
          'B''s token on its own table gets its 4 rows (the id is valid)');

select * from finish();
rollback;
