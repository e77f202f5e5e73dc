-- A first page of query_data_table reads about a page of app.data_rows, not every row of the org:
-- the rows are fetched by the primary key, whatever the planner thinks of the org's size. Counted
-- with pg_stat_xact_user_tables (rows this transaction read from the table and its indexes), so the
-- test holds the plan's shape, not a timing. (A value in a fifth of the rows fills the page in
-- app.data_rows_page's walk of the table in id order; filtered_page_reads has rarer values.)
begin;
select plan(4);

select app.generate_demo_org('Big', data_tables => 2, rows_per_table => 5000, pages => 0, events => 0,
                             buckets => 0, activities => 0, agents => 0) as org \gset
select id as tid from app.data_tables where org_id = :'org' and name = 'Deals' \gset
select tests.issue_token(:'org'::uuid, 'reader', '{*}', 100000) as raw \gset

create temp table reads (what text, answer jsonb, rows_read bigint) on commit drop;
insert into reads select 'unfiltered', * from tests.call_counting_data_rows(:'raw', 'query_data_table', jsonb_build_object('table_id', :'tid'));
insert into reads select 'common filter', * from tests.call_counting_data_rows(:'raw', 'query_data_table', jsonb_build_object('table_id', :'tid', 'filter', '{"stage": "won"}'::jsonb));

select results_eq($$ select what, answer -> 'isError', jsonb_array_length(answer -> 'structuredContent' -> 'rows') from reads order by what $$,
                  $$ values ('common filter', 'false'::jsonb, 25), ('unfiltered', 'false'::jsonb, 25) $$,
                  'both first pages answer with 25 rows');
select cmp_ok((select rows_read from reads where what = 'unfiltered'), '<=', 200::bigint,
              'an unfiltered first page reads at most 200 of the org''s 10,000 rows');
select cmp_ok((select rows_read from reads where what = 'common filter'), '<=', 1000::bigint,
              'a first page filtered on a common value reads at most 1,000 of the org''s 10,000 rows');
select cmp_ok((select rows_read from reads where what = 'unfiltered'), '>=', 25::bigint,
              'the counters see the page''s rows being read (else the bounds above would prove nothing)');

select * from finish();
rollback;
