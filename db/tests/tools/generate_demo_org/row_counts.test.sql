-- The generated data tables' row_count equals their rows: 7 each for rows_per_table 7, and 0 for
-- rows_per_table 0.
begin;
select plan(3);

select app.generate_demo_org('Tiny demo', data_tables => 2, rows_per_table => 7, pages => 5, events => 4, buckets => 3,
                             activities => 30, agents => 2) as demo \gset
select app.generate_demo_org('Empty tables', data_tables => 4, rows_per_table => 0, pages => 0, events => 0, buckets => 0,
                             activities => 0, agents => 0) as empty \gset

select results_eq(format($$ select row_count from app.data_tables where org_id = %L order by name $$, :'demo'),
                  $$ values (7::bigint), (7::bigint) $$, 'each of the 2 tables has row_count 7');
select is_empty(format($$ select t.id from app.data_tables t
                          where t.org_id = %L
                            and t.row_count <> (select count(*) from app.data_rows r where r.org_id = t.org_id and r.table_id = t.id) $$,
                       :'demo'),
                'row_count equals the table''s rows');
select results_eq(format($$ select count(*), sum(row_count)::bigint from app.data_tables where org_id = %L $$, :'empty'),
                  $$ values (4::bigint, 0::bigint) $$, 'rows_per_table 0: 4 empty tables with row_count 0');

select * from finish();
rollback;
