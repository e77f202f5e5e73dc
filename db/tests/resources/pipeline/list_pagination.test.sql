-- resources/list pages across the kinds in kind-name order with one cursor: 3 tables and 3 pages at
-- limit 2 are pages of 2, 2, 2 (the middle one straddling the kinds), every resource once, tables
-- (data_tables.schema) before pages (pages.body), each kind in its own order; no nextCursor at the end.
begin;
select plan(4);

select tests.create_org('Acme') as org \gset
insert into app.data_tables (org_id, id, name) values
  (:'org', 'a0000000-0000-4000-8000-000000000001', 'Beta'),
  (:'org', 'a0000000-0000-4000-8000-000000000002', 'Alpha'),
  (:'org', 'a0000000-0000-4000-8000-000000000003', 'Alpha');
insert into app.pages (org_id, id, title) values
  (:'org', 'b0000000-0000-4000-8000-000000000001', 'Zulu'),
  (:'org', 'b0000000-0000-4000-8000-000000000002', 'Mike'),
  (:'org', 'b0000000-0000-4000-8000-000000000003', 'Alpha');
select tests.issue_token(:'org'::uuid, 'pager', '{*}', 100000) as raw \gset

create temp table pages (n integer, answer jsonb) on commit drop;
grant insert, select on pages to public;
select tests.act_as('tests_gateway');
insert into pages
with recursive p (n, answer) as (
  select 1, public.mcp_resources_list_json(:'raw', '{"limit": 2}', '{}')
  union all
  select p.n + 1, public.mcp_resources_list_json(:'raw', json_build_object('limit', 2, 'cursor', p.answer ->> 'nextCursor'), '{}')
  from p where p.answer ? 'nextCursor' and p.n < 20
)
select n, answer from p;
select tests.act_as_owner();

select results_eq($$ select n, jsonb_array_length(answer -> 'resources') from pages order by n $$,
                  $$ values (1, 2), (2, 2), (3, 2) $$, 'three pages of 2');
select results_eq($$ select n, answer ? 'nextCursor' from pages order by n $$,
                  $$ values (1, true), (2, true), (3, false) $$, 'nextCursor on every page but the last');
select results_eq(
  $$ select r ->> 'uri' from pages, jsonb_array_elements(answer -> 'resources') with ordinality a (r, i) order by pages.n, a.i $$,
  $$ values ('pgmcp://data-tables/a0000000-0000-4000-8000-000000000002'), ('pgmcp://data-tables/a0000000-0000-4000-8000-000000000003'),
            ('pgmcp://data-tables/a0000000-0000-4000-8000-000000000001'), ('pgmcp://pages/b0000000-0000-4000-8000-000000000003'),
            ('pgmcp://pages/b0000000-0000-4000-8000-000000000002'), ('pgmcp://pages/b0000000-0000-4000-8000-000000000001') $$,
  'every resource once: tables by name then id, then pages by title'
);
select is((select count(*) from mcp.usage_log where org_id = :'org' and tool = 'resources/list' and outcome = 'ok'), 3::bigint,
          'one usage-log row per page');

select * from finish();
rollback;
