-- A token sees the data tables of its own org only: two orgs with look-alike tables (same names,
-- columns and row counts differing only in number) each get exactly their own ids and counts; a
-- cursor made on the other org's pages still yields only the caller's tables.
begin;
select plan(6);

select tests.create_org('Acme') as org_a \gset
select tests.create_org('Acme') as org_b \gset
insert into app.data_tables (org_id, id, name, columns) values
  (:'org_a', 'a0000000-0000-4000-8000-000000000001', 'Customers', '[{"name": "name", "type": "text"}]'),
  (:'org_a', 'a0000000-0000-4000-8000-000000000002', 'Deals', '[]'),
  (:'org_b', 'b0000000-0000-4000-8000-000000000001', 'Customers', '[{"name": "name", "type": "text"}]'),
  (:'org_b', 'b0000000-0000-4000-8000-000000000002', 'Deals', '[]'),
  (:'org_b', 'b0000000-0000-4000-8000-000000000003', 'Secret plans', '[]');
insert into app.data_rows (org_id, table_id, data)
  select :'org_a', 'a0000000-0000-4000-8000-000000000001', jsonb_build_object('name', 'A' || n) from generate_series(1, 2) n;
insert into app.data_rows (org_id, table_id, data)
  select :'org_b', 'b0000000-0000-4000-8000-000000000001', jsonb_build_object('name', 'B' || n) from generate_series(1, 5) n;
select tests.issue_token(:'org_a'::uuid, 'a') as raw_a \gset
select tests.issue_token(:'org_b'::uuid, 'b') as raw_b \gset

create temp table answers (who text, answer jsonb) on commit drop;
grant insert, select on answers to public;
select tests.act_as('tests_gateway');
insert into answers values ('a', public.mcp_tools_call(:'raw_a', 'list_data_tables', '{}', '{}')),
                           ('b', public.mcp_tools_call(:'raw_b', 'list_data_tables', '{}', '{}')),
                           ('b page 1', public.mcp_tools_call(:'raw_b', 'list_data_tables', '{"limit": 1}', '{}'));
insert into answers
  select 'a with b''s cursor', public.mcp_tools_call(:'raw_a', 'list_data_tables',
           jsonb_build_object('cursor', answer -> 'structuredContent' ->> 'next_cursor'), '{}')
  from answers where who = 'b page 1';
select tests.act_as_owner();

create temp view seen as
  select a.who, (t ->> 'id')::uuid as id, t ->> 'name' as name, (t ->> 'row_count')::bigint as row_count
  from answers a, jsonb_array_elements(a.answer -> 'structuredContent' -> 'tables') t;

select results_eq($$ select id, name, row_count from seen where who = 'a' order by name $$,
                  $$ values ('a0000000-0000-4000-8000-000000000001'::uuid, 'Customers', 2::bigint),
                            ('a0000000-0000-4000-8000-000000000002'::uuid, 'Deals', 0::bigint) $$,
                  'org A''s token gets A''s two tables with A''s row counts');
select is_empty(format($$ select id from seen where who like 'a%%' except select id from app.data_tables where org_id = %L $$, :'org_a'),
                'every id returned to A''s token belongs to A');
select set_eq($$ select id from seen where who = 'b' $$,
              format($$ select id from app.data_tables where org_id = %L $$, :'org_b'),
              'org B''s token gets exactly B''s tables');
select isnt((select answer -> 'structuredContent' ->> 'next_cursor' from answers where who = 'b page 1'), null,
            'B''s first page of one has a next_cursor');
select results_eq($$ select id from seen where who = 'a with b''s cursor' order by name, id $$,
                  $$ values ('a0000000-0000-4000-8000-000000000002'::uuid) $$,
                  'A''s token with a cursor from B''s pages gets A''s tables after that name, and none of B''s');
select is_empty($$ select from answers where answer -> 'isError' is distinct from 'false'::jsonb $$, 'every call succeeds');

select * from finish();
rollback;
