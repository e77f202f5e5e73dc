-- row_count follows app.data_rows: the statement-level triggers count inserts, deletes and rows
-- moved between tables, per table, also when one statement touches several tables.
begin;
select plan(4);

select tests.create_org('Acme') as org \gset
insert into app.data_tables (org_id, id, name) values
  (:'org', 'a0000000-0000-4000-8000-000000000001', 'Alpha'),
  (:'org', 'a0000000-0000-4000-8000-000000000002', 'Beta'),
  (:'org', 'a0000000-0000-4000-8000-000000000003', 'Empty');
insert into app.data_rows (org_id, table_id, data)
  select :'org', 'a0000000-0000-4000-8000-000000000001', jsonb_build_object('n', n) from generate_series(1, 3) n;
insert into app.data_rows (org_id, table_id, data)
  select :'org', 'a0000000-0000-4000-8000-000000000002', jsonb_build_object('n', n) from generate_series(1, 2) n;
-- one statement, two tables
insert into app.data_rows (org_id, table_id, data) values
  (:'org', 'a0000000-0000-4000-8000-000000000001', '{"n": 4}'),
  (:'org', 'a0000000-0000-4000-8000-000000000001', '{"n": 5}'),
  (:'org', 'a0000000-0000-4000-8000-000000000002', '{"n": 3}');
select tests.issue_token(:'org'::uuid) as raw \gset

create temp table answers (step text, answer jsonb) on commit drop;
grant insert, select on answers to public;
select tests.act_as('tests_gateway');
insert into answers values ('inserted', public.mcp_tools_call(:'raw', 'list_data_tables', '{}', '{}'));
select tests.act_as_owner();

-- one statement deletes from two tables; another moves a row from Beta to Alpha
delete from app.data_rows
where org_id = :'org' and ((table_id = 'a0000000-0000-4000-8000-000000000001' and (data ->> 'n')::integer <= 2)
                           or (table_id = 'a0000000-0000-4000-8000-000000000002' and (data ->> 'n')::integer = 3));
update app.data_rows set table_id = 'a0000000-0000-4000-8000-000000000001'
where org_id = :'org' and table_id = 'a0000000-0000-4000-8000-000000000002' and data = '{"n": 1}';
select tests.act_as('tests_gateway');
insert into answers values ('changed', public.mcp_tools_call(:'raw', 'list_data_tables', '{}', '{}'));
select tests.act_as_owner();

create temp view counts as
  select a.step, t ->> 'name' as name, (t ->> 'row_count')::bigint as row_count
  from answers a, jsonb_array_elements(a.answer -> 'structuredContent' -> 'tables') t;

select results_eq($$ select name, row_count from counts where step = 'inserted' order by name $$,
                  $$ values ('Alpha', 5::bigint), ('Beta', 3::bigint), ('Empty', 0::bigint) $$,
                  'after the inserts: 5, 3 and 0 rows');
select results_eq($$ select name, row_count from counts where step = 'changed' order by name $$,
                  $$ values ('Alpha', 4::bigint), ('Beta', 1::bigint), ('Empty', 0::bigint) $$,
                  'after the deletes and the move: 4, 1 and 0 rows');
select results_eq(
  $$ select name, row_count from counts where step = 'changed' order by name $$,
  format($$ select t.name, count(r.id) from app.data_tables t left join app.data_rows r on r.org_id = t.org_id and r.table_id = t.id
            where t.org_id = %L group by t.id, t.name order by t.name $$, :'org'),
  'row_count equals the number of rows of each table'
);
select is_empty($$ select from answers where answer -> 'isError' is distinct from 'false'::jsonb $$, 'both calls succeed');

select * from finish();
rollback;
