-- The generated dial activities are spread over every bucket, each bucket with several kinds of
-- activity, all within the last 180 days.
begin;
select plan(4);

select app.generate_demo_org('Tiny demo', data_tables => 2, rows_per_table => 7, pages => 5, events => 4, buckets => 3,
                             activities => 30, agents => 2) as demo \gset

select is((select count(distinct bucket_id) from app.dial_activities where org_id = :'demo'), 3::bigint,
          'all three buckets have activities');
select is_empty(format($$ select bucket_id from app.dial_activities where org_id = %L
                          group by bucket_id having count(distinct kind) < 3 $$, :'demo'),
                'each bucket has at least three kinds of activity');
select cmp_ok((select count(distinct kind) from app.dial_activities where org_id = :'demo'), '>=', 4::bigint,
              'the org has at least four kinds in all');
select is_empty(format($$ select id from app.dial_activities
                          where org_id = %L and not occurred_at between now() - interval '180 days' and now() $$, :'demo'),
                'every activity happened within the last 180 days');

select * from finish();
rollback;
