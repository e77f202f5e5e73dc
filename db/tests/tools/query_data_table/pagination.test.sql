-- Paging through query_data_table with limit 5 over 23 rows: pages of 5, 5, 5, 5 and 3, every
-- row exactly once in id order, next_cursor on every page but the last, where it is null.
begin;
select plan(4);

select tests.create_org('Acme') as org \gset
insert into app.data_tables (org_id, id, name, columns) values
  (:'org', 'a0000000-0000-4000-8000-000000000001', 'Tickets', '[{"name": "n", "type": "number"}]'),
  (:'org', 'a0000000-0000-4000-8000-000000000002', 'Other', '[{"name": "n", "type": "number"}]');
insert into app.data_rows (org_id, table_id, data)
  select :'org', 'a0000000-0000-4000-8000-000000000001', jsonb_build_object('n', n) from generate_series(1, 23) n;
insert into app.data_rows (org_id, table_id, data)
  select :'org', 'a0000000-0000-4000-8000-000000000002', jsonb_build_object('n', n) from generate_series(1, 4) n;
select tests.issue_token(:'org'::uuid, 'pager', '{*}', 100000) as raw \gset

create temp table pages (n integer, answer jsonb) on commit drop;
grant insert, select on pages to public;
select tests.act_as('tests_gateway');
insert into pages
with recursive p (n, answer) as (
  select 1, public.mcp_tools_call(:'raw', 'query_data_table',
              '{"table_id": "a0000000-0000-4000-8000-000000000001", "limit": 5}', '{}')
  union all
  select p.n + 1, public.mcp_tools_call(:'raw', 'query_data_table',
                    jsonb_build_object('table_id', 'a0000000-0000-4000-8000-000000000001', 'limit', 5,
                                       'cursor', p.answer -> 'structuredContent' ->> 'next_cursor'), '{}')
  from p where p.answer -> 'structuredContent' ->> 'next_cursor' is not null and p.n < 20
)
select n, answer from p;
select tests.act_as_owner();

select results_eq($$ select n, answer -> 'isError', jsonb_array_length(answer -> 'structuredContent' -> 'rows') from pages order by n $$,
                  $$ values (1, 'false'::jsonb, 5), (2, 'false'::jsonb, 5), (3, 'false'::jsonb, 5), (4, 'false'::jsonb, 5),
                            (5, 'false'::jsonb, 3) $$,
                  'five successful pages of 5, 5, 5, 5 and 3 rows');
select results_eq($$ select n, answer -> 'structuredContent' -> 'next_cursor' = 'null'::jsonb from pages order by n $$,
                  $$ values (1, false), (2, false), (3, false), (4, false), (5, true) $$,
                  'next_cursor is set on the first four pages and null on the last');
select results_eq(
  $$ select (r ->> 'id')::uuid from pages, jsonb_array_elements(answer -> 'structuredContent' -> 'rows') with ordinality as a (r, i)
     order by pages.n, a.i $$,
  format($$ select id from app.data_rows where org_id = %L and table_id = 'a0000000-0000-4000-8000-000000000001' order by id $$, :'org'),
  'together the pages hold every row of the table exactly once, in id order'
);
select is((select count(distinct r ->> 'id') from pages, jsonb_array_elements(answer -> 'structuredContent' -> 'rows') r),
          23::bigint, '23 distinct rows were seen, none twice');

select * from finish();
rollback;
