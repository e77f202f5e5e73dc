-- app.data_rows_page finds a filtered page in up to three steps (a walk in id order, a walk on, the
-- GIN index of the table's values for the rest): whichever of them run, the page is exactly the
-- table's next matching rows in id order after the cursor. Rows are laid out in id order so that
-- each step is reached: a value in every 20th row fills the page in the walk; one in every 26th
-- needs the walk on; one in the front rows and sparse after them needs all three; one in the row
-- just past the end of a walk must be found by the step after it.
begin;
select plan(6);

select tests.create_org('Steps') as org \gset
select tests.create_org('Neighbour') as other \gset
insert into app.data_tables (org_id, id, name, columns) values
  (:'org', 'a0000000-0000-4000-8000-000000000001', 'Rows', '[]'),
  (:'other', 'a0000000-0000-4000-8000-000000000002', 'Rows', '[]');
-- row i has the id ...-<i in hex>: id order is i's order
create function pg_temp.row_id(i integer) returns uuid language sql immutable
  return ('00000000-0000-4000-8000-' || lpad(to_hex(i), 12, '0'))::uuid;
insert into app.data_rows (org_id, id, table_id, data)
select :'org', pg_temp.row_id(i), 'a0000000-0000-4000-8000-000000000001',
       jsonb_build_object(
         'every', true,
         'p20', i % 20 = 0,
         'p26', i % 26 = 0,
         'p50', i % 50 = 0,
         'front', (i <= 520 and i % 52 = 0) or i % 2000 = 0, -- 10 in the walk, then 1 in 2,000
         'rare', i in (7, 15000),
         'edge', i in (41, 100, 521, 2021, 15000), -- each just past where a walk of 40, 520 or 2,020 rows ends
         -- 13 in the first walk of 520 (a walk on of 1,040 rows follows, for a page of 25), and the
         -- last row of that walk on and the one just past it
         'edge2', (i <= 520 and i % 40 = 0) or i in (1560, 1561, 5000),
         'late', i > 19990,
         'nul', case when i % 30 = 0 then null else 'v' end,
         'n', i % 7)
from generate_series(1, 20000) i;
-- the neighbour's rows match every filter: none of them may show up, nor change the page
insert into app.data_rows (org_id, id, table_id, data)
select :'other', pg_temp.row_id(100000 + i), 'a0000000-0000-4000-8000-000000000002',
       '{"every": true, "p20": true, "p26": true, "p50": true, "front": true, "rare": true, "late": true, "nul": null, "n": 3}'
from generate_series(1, 5000) i;
analyze app.data_rows;

create temp table cases (filter jsonb, after_id uuid, page_limit integer) on commit drop;
insert into cases
select f::jsonb, a, l
from unnest(array['{"every": true}', '{"p20": true}', '{"p26": true}', '{"p50": true}', '{"front": true}',
                  '{"rare": true}', '{"late": true}', '{"edge": true}', '{"edge2": true}', '{"nul": null}', '{"p20": true, "p26": true}',
                  '{"n": 3, "p26": true}', '{"every": false}', '{"n": "3"}']) f,
     unnest(array['00000000-0000-0000-0000-000000000000'::uuid, pg_temp.row_id(300), pg_temp.row_id(5000),
                  pg_temp.row_id(19995), pg_temp.row_id(20000)]) a,
     unnest(array[1, 25, 100]) l;

select set_config('mcp.org_id', :'org', true);
create temp table got on commit drop as
select c.*,
       array(select app.data_rows_page('a0000000-0000-4000-8000-000000000001', c.filter, c.after_id, c.page_limit)) as page,
       array(select r.id from app.data_rows r
             where r.org_id = :'org' and r.table_id = 'a0000000-0000-4000-8000-000000000001'
               and r.id > c.after_id and r.data @> c.filter
             order by r.id limit c.page_limit + 1) as expected
from cases c;

select is((select count(*) from got), 210::bigint, 'every case ran');
select is_empty($$ select filter, after_id, page_limit, cardinality(page), cardinality(expected) from got where page <> expected $$,
                'each page is the table''s next matching rows in id order, page_limit + 1 of them at most');
-- the cases reach what they are meant to (else the comparison above would prove less)
select results_eq($$ select cardinality(page) from got
                     where filter in ('{"front": true}', '{"p26": true}', '{"rare": true}', '{"late": true}', '{"edge2": true}')
                       and after_id = '00000000-0000-0000-0000-000000000000' and page_limit = 25
                     order by filter::text $$,
                  $$ values (16), (20), (10), (26), (2) $$,
                  'the sparse values'' pages hold rows from past the walks (front: 10 in the walk, 10 after it)');
select ok((select page[cardinality(page)] = pg_temp.row_id(20000) from got
           where filter = '{"front": true}' and after_id = '00000000-0000-0000-0000-000000000000' and page_limit = 25),
          'front''s first page ends with the table''s last row, found by the GIN index after two walks');
select is((select count(*) from got, unnest(page) p
           where p not in (select r.id from app.data_rows r where r.org_id = :'org')), 0::bigint,
          'no page holds a row of another org');

select throws_ok($$ select app.data_rows_page('a0000000-0000-4000-8000-000000000001', '{"p20": true}', '00000000-0000-0000-0000-000000000000', null) $$,
                 '22023', 'app.data_rows_page: page_limit must not be null',
                 'a null page_limit is refused (LIMIT NULL would be no limit, and a page would hold rows twice)');

select * from finish();
rollback;
