-- Paging through ranked search results with limit 2: every match exactly once, in the order of the
-- one-page answer (exact, prefix, position, length, id), next_cursor null on the last page only.
begin;
select plan(4);

select tests.create_org('Acme') as org \gset
insert into app.pages (org_id, id, title) values
  (:'org', 'e0000000-0000-4000-8000-000000000001', 'Sync notes'),
  (:'org', 'e0000000-0000-4000-8000-000000000002', 'sync'),
  (:'org', 'e0000000-0000-4000-8000-000000000003', 'Weekly sync'),
  (:'org', 'e0000000-0000-4000-8000-000000000004', 'Daily sync'),
  (:'org', 'e0000000-0000-4000-8000-000000000005', 'Synchronisation'),
  (:'org', 'e0000000-0000-4000-8000-000000000006', 'SYNC'),
  (:'org', 'e0000000-0000-4000-8000-000000000007', 'Async work'),
  (:'org', 'e0000000-0000-4000-8000-000000000008', 'Daily SYNC'),
  (:'org', 'e0000000-0000-4000-8000-000000000009', 'Unrelated');
select tests.issue_token(:'org'::uuid, 'pager', '{*}', 100000) as raw \gset

create temp table pages (n integer, answer jsonb) on commit drop;
grant insert, select on pages to public;
select tests.act_as('tests_gateway');
insert into pages values (0, public.mcp_tools_call(:'raw', 'search_pages', '{"query": "sync", "limit": 50}', '{}'));
insert into pages
with recursive p (n, answer) as (
  select 1, public.mcp_tools_call(:'raw', 'search_pages', '{"query": "sync", "limit": 2}', '{}')
  union all
  select p.n + 1, public.mcp_tools_call(:'raw', 'search_pages',
                    jsonb_build_object('query', 'sync', 'limit', 2, 'cursor', p.answer -> 'structuredContent' ->> 'next_cursor'), '{}')
  from p where p.answer -> 'structuredContent' ->> 'next_cursor' is not null and p.n < 20
)
select n, answer from p;
select tests.act_as_owner();

select is((select jsonb_array_length(answer -> 'structuredContent' -> 'pages') from pages where n = 0), 8,
          'the one-page answer has the 8 matches');
select results_eq(
  $$ select (p ->> 'id')::uuid from pages, jsonb_array_elements(answer -> 'structuredContent' -> 'pages') with ordinality as a (p, i)
     where pages.n > 0 order by pages.n, a.i $$,
  $$ select (p ->> 'id')::uuid from pages, jsonb_array_elements(answer -> 'structuredContent' -> 'pages') with ordinality as a (p, i)
     where pages.n = 0 order by a.i $$,
  'the pages of 2 hold every match exactly once, in ranked order'
);
select results_eq($$ select n, jsonb_array_length(answer -> 'structuredContent' -> 'pages'),
                            answer -> 'structuredContent' -> 'next_cursor' = 'null'::jsonb
                     from pages where n > 0 order by n $$,
                  $$ values (1, 2, false), (2, 2, false), (3, 2, false), (4, 2, true) $$,
                  'four pages of 2; next_cursor null on the last only');
select is_empty($$ select from pages where answer -> 'isError' is distinct from 'false'::jsonb $$, 'every call succeeds');

select * from finish();
rollback;
