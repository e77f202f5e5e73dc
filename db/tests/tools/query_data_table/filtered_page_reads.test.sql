-- A filtered first page reads about as many rows as its own table's walk and matches need, whatever
-- other orgs hold: a value common in the table is found walking it in id order; a value rare in it
-- through the GIN index of the table's values, which holds no other table's matches (an index of
-- every org's values read all 40,000 of the neighbour's matches, or the planner walked the whole
-- table). Counted with pg_stat_xact_user_tables (rows read from the table and its indexes): the
-- plan's shape, not a timing. The statistics are taken in the test (ANALYZE), as autovacuum would.
begin;
select plan(5);

select tests.create_org('Small') as org \gset
select tests.create_org('Big neighbour') as other \gset
insert into app.data_tables (org_id, id, name, columns) values
  (:'org', 'a0000000-0000-4000-8000-000000000001', 'Rows', '[{"name": "c", "type": "boolean"}, {"name": "x", "type": "boolean"}]'),
  (:'other', 'a0000000-0000-4000-8000-000000000002', 'Rows', '[{"name": "c", "type": "boolean"}, {"name": "x", "type": "boolean"}]');
-- row i has the id ...-<i in hex> (id order is i's order), so that where the walk finds what is the same in every run
insert into app.data_rows (org_id, id, table_id, data)
select :'org', ('00000000-0000-4000-8000-' || lpad(to_hex(i), 12, '0'))::uuid, 'a0000000-0000-4000-8000-000000000001',
       jsonb_build_object('c', i % 10 = 0, 'x', i % 400 = 0)
from generate_series(1, 2000) i;
insert into app.data_rows (org_id, table_id, data)
select :'other', 'a0000000-0000-4000-8000-000000000002', jsonb_build_object('c', i % 10 = 0, 'x', true)
from generate_series(1, 40000) i;
analyze app.data_rows;
select tests.issue_token(:'org'::uuid, 'reader', '{*}', 100000) as raw \gset

create temp table reads (what text, answer jsonb, rows_read bigint) on commit drop;
insert into reads select 'common', * from tests.call_counting_data_rows(:'raw', 'query_data_table', '{"table_id": "a0000000-0000-4000-8000-000000000001", "filter": {"c": true}}');
insert into reads select 'rare', * from tests.call_counting_data_rows(:'raw', 'query_data_table', '{"table_id": "a0000000-0000-4000-8000-000000000001", "filter": {"x": true}}');

select results_eq($$ select what, answer -> 'isError', jsonb_array_length(answer -> 'structuredContent' -> 'rows') from reads order by what $$,
                  $$ values ('common', 'false'::jsonb, 25), ('rare', 'false'::jsonb, 5) $$,
                  'a full first page of the common value, the five rows of the rare one');
select cmp_ok((select rows_read from reads where what = 'common'), '<=', 300::bigint,
              'the common value (one row in 10): at most 300 rows read, the walk''s 260 and the page''s 25');
-- the walk's 520 rows, then its last row's id, through the index (here from the heap too: a
-- transaction's new rows are not all-visible until a VACUUM), the five matches and the page's five
select cmp_ok((select rows_read from reads where what = 'rare'), '<=', 1100::bigint,
              'the rare value: at most 1,100 rows read (the walk, its end, five matches), not the neighbour''s 40,000 nor the table''s 2,000');
select cmp_ok((select rows_read from reads where what = 'rare'), '>=', 525::bigint,
              'the counters see the walk and the matches being read (else the bounds above would prove nothing)');
select is((select count(*) from reads, jsonb_array_elements(answer -> 'structuredContent' -> 'rows') r
           where (r ->> 'id')::uuid not in (select d.id from app.data_rows d where d.org_id = :'org')), 0::bigint,
          'no row of the neighbour''s is on either page');

select * from finish();
rollback;
