-- The generated calendar events each last at most 31 days (none ends before it starts), and they
-- lie around now: some within 60 days either side, for a tiny org and for a larger one.
begin;
select plan(4);

select app.generate_demo_org('Tiny demo', data_tables => 2, rows_per_table => 7, pages => 5, events => 4, buckets => 3,
                             activities => 30, agents => 2) as tiny \gset
select app.generate_demo_org('Busier demo', data_tables => 0, rows_per_table => 0, pages => 0, events => 300, buckets => 0,
                             activities => 0, agents => 0) as busy \gset

select is_empty(format($$ select id, starts_at, ends_at from app.calendar_events
                          where org_id in (%L, %L) and not (ends_at >= starts_at and ends_at <= starts_at + interval '31 days') $$,
                       :'tiny', :'busy'),
                'every event lasts between 0 and 31 days');
select cmp_ok((select count(*) from app.calendar_events
               where org_id = :'tiny' and starts_at between now() - interval '60 days' and now() + interval '60 days'),
              '>', 0::bigint, 'the tiny org has events within 60 days of now');
select cmp_ok((select count(*) from app.calendar_events
               where org_id = :'busy' and starts_at between now() - interval '60 days' and now() + interval '60 days'),
              '>', 0::bigint, 'so does the larger one');
select ok((select bool_or(starts_at < now()) and bool_or(starts_at > now()) from app.calendar_events where org_id = :'busy'),
          'the larger org has events both before and after now');

select * from finish();
rollback;
