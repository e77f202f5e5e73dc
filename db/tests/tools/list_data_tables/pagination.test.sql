-- Paging through list_data_tables with limit 2 over 5 tables (three of them named alike, so a
-- page ends between equal names): pages of 2, 2 and 1, every table exactly once in name-then-id
-- order, next_cursor set on every page but the last, where it is null.
begin;
select plan(4);

select tests.create_org('Acme') as org \gset
insert into app.data_tables (org_id, id, name) values
  (:'org', 'a0000000-0000-4000-8000-000000000005', 'Alpha'),
  (:'org', 'a0000000-0000-4000-8000-000000000003', 'Beta'),
  (:'org', 'a0000000-0000-4000-8000-000000000001', 'Beta'),
  (:'org', 'a0000000-0000-4000-8000-000000000004', 'Beta'),
  (:'org', 'a0000000-0000-4000-8000-000000000002', 'Gamma');
select tests.issue_token(:'org'::uuid, 'pager', '{*}', 100000) as raw \gset

create temp table pages (n integer, answer jsonb) on commit drop;
grant insert, select on pages to public;
select tests.act_as('tests_gateway');
insert into pages
with recursive p (n, answer) as (
  select 1, public.mcp_tools_call(:'raw', 'list_data_tables', '{"limit": 2}', '{}')
  union all
  select p.n + 1, public.mcp_tools_call(:'raw', 'list_data_tables',
                    jsonb_build_object('limit', 2, 'cursor', p.answer -> 'structuredContent' ->> 'next_cursor'), '{}')
  from p where p.answer -> 'structuredContent' ->> 'next_cursor' is not null and p.n < 20
)
select n, answer from p;
select tests.act_as_owner();

select results_eq($$ select n, answer -> 'isError', jsonb_array_length(answer -> 'structuredContent' -> 'tables') from pages order by n $$,
                  $$ values (1, 'false'::jsonb, 2), (2, 'false'::jsonb, 2), (3, 'false'::jsonb, 1) $$,
                  'three successful pages of 2, 2 and 1 tables');
select results_eq($$ select n, answer -> 'structuredContent' -> 'next_cursor' = 'null'::jsonb from pages order by n $$,
                  $$ values (1, false), (2, false), (3, true) $$,
                  'next_cursor is set on the first two pages and null on the last');
select results_eq(
  $$ select (t ->> 'id')::uuid from pages, jsonb_array_elements(answer -> 'structuredContent' -> 'tables') with ordinality as a (t, i)
     order by pages.n, a.i $$,
  format($$ select id from app.data_tables where org_id = %L order by name, id $$, :'org'),
  'together the pages hold every table exactly once, in name-then-id order'
);
select is((select count(distinct t ->> 'id') from pages, jsonb_array_elements(answer -> 'structuredContent' -> 'tables') t),
          5::bigint, 'five distinct tables were seen');

select * from finish();
rollback;
