-- The response size cap: rows of ~20 kB each fill a page before limit does; the page is cut short
-- with truncated true, a note and a next_cursor, and following next_cursor returns every row
-- exactly once, the last page with next_cursor null.
begin;
select plan(7);

select tests.create_org('Acme') as org \gset
insert into app.data_tables (org_id, id, name, columns) values
  (:'org', 'a0000000-0000-4000-8000-000000000001', 'Documents', '[{"name": "blob", "type": "text"}, {"name": "n", "type": "number"}]');
insert into app.data_rows (org_id, table_id, data)
  select :'org', 'a0000000-0000-4000-8000-000000000001', jsonb_build_object('n', n, 'blob', repeat(chr(96 + n), 20000))
  from generate_series(1, 7) n;
select tests.issue_token(:'org'::uuid, 'pager', '{*}', 100000) as raw \gset

create temp table pages (n integer, answer jsonb) on commit drop;
grant insert, select on pages to public;
select tests.act_as('tests_gateway');
insert into pages
with recursive p (n, answer) as (
  select 1, public.mcp_tools_call(:'raw', 'query_data_table', '{"table_id": "a0000000-0000-4000-8000-000000000001", "limit": 10}', '{}')
  union all
  select p.n + 1, public.mcp_tools_call(:'raw', 'query_data_table',
                    jsonb_build_object('table_id', 'a0000000-0000-4000-8000-000000000001', 'limit', 10,
                                       'cursor', p.answer -> 'structuredContent' ->> 'next_cursor'), '{}')
  from p where p.answer -> 'structuredContent' ->> 'next_cursor' is not null and p.n < 20
)
select n, answer from p;
select tests.act_as_owner();
select answer -> 'structuredContent' as first from pages where n = 1 \gset

select cmp_ok(jsonb_array_length(:'first'::jsonb -> 'rows'), '<', 7, 'the first page holds fewer rows than there are (limit 10)');
select cmp_ok(jsonb_array_length(:'first'::jsonb -> 'rows'), '>', 0, 'but at least one');
select is(:'first'::jsonb -> 'truncated', 'true'::jsonb, 'it says truncated: true');
select matches(:'first'::jsonb ->> 'note', 'next_cursor', 'with a note telling to continue with next_cursor');
select isnt(:'first'::jsonb ->> 'next_cursor', null, 'and a next_cursor');
select results_eq(
  $$ select (r ->> 'id')::uuid from pages, jsonb_array_elements(answer -> 'structuredContent' -> 'rows') with ordinality as a (r, i)
     order by pages.n, a.i $$,
  format($$ select id from app.data_rows where org_id = %L order by id $$, :'org'),
  'following next_cursor returns all 7 rows, each once, in id order'
);
select results_eq($$ select answer -> 'structuredContent' -> 'next_cursor', answer -> 'isError' from pages order by n desc limit 1 $$,
                  $$ values ('null'::jsonb, 'false'::jsonb) $$,
                  'the last page has next_cursor null');

select * from finish();
rollback;
