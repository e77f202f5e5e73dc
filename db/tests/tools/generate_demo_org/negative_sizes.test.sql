-- app.generate_demo_org refuses a negative size, and activities without a bucket, with 22023, and
-- leaves no org behind.
begin;
select plan(9);

select throws_ok($$ select app.generate_demo_org('Bad', data_tables => -1) $$, '22023', null, 'data_tables -1: 22023');
select throws_ok($$ select app.generate_demo_org('Bad', rows_per_table => -1) $$, '22023', null, 'rows_per_table -1: 22023');
select throws_ok($$ select app.generate_demo_org('Bad', pages => -5) $$, '22023', null, 'pages -5: 22023');
select throws_ok($$ select app.generate_demo_org('Bad', events => -1) $$, '22023', null, 'events -1: 22023');
select throws_ok($$ select app.generate_demo_org('Bad', buckets => -1) $$, '22023', null, 'buckets -1: 22023');
select throws_ok($$ select app.generate_demo_org('Bad', activities => -1) $$, '22023', null, 'activities -1: 22023');
select throws_ok($$ select app.generate_demo_org('Bad', agents => -1) $$, '22023', null, 'agents -1: 22023');
select throws_ok($$ select app.generate_demo_org('Bad', buckets => 0, activities => 10) $$, '22023', null,
                 'activities without any bucket: 22023');
select is_empty($$ select id from app.orgs where name = 'Bad' $$, 'no org was left behind');

select * from finish();
rollback;
