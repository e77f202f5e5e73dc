-- An event lasts at most 31 days (what lets list_calendar_events look back only 31 days): a longer
-- one, or one ending before it starts, is refused with 23514, whatever the session's time zone.
begin;
select plan(5);

select tests.create_org('Acme') as org \gset

select lives_ok(format($$ insert into app.calendar_events (org_id, title, starts_at, ends_at)
                          values (%L, 'Exactly 31 days', '2030-01-01T00:00:00Z', '2030-02-01T00:00:00Z') $$, :'org'),
                'an event of exactly 31 days is accepted');
select throws_ok(format($$ insert into app.calendar_events (org_id, title, starts_at, ends_at)
                           values (%L, 'Too long', '2030-01-01T00:00:00Z', '2030-02-01T00:00:01Z') $$, :'org'),
                 '23514', null, '31 days and a second: 23514');
select throws_ok(format($$ insert into app.calendar_events (org_id, title, starts_at, ends_at)
                           values (%L, 'Backwards', '2030-01-01T10:00:00Z', '2030-01-01T09:00:00Z') $$, :'org'),
                 '23514', null, 'an end before the start: 23514');
select throws_ok(format($$ update app.calendar_events set ends_at = ends_at + interval '1 hour'
                           where org_id = %L and title = 'Exactly 31 days' $$, :'org'),
                 '23514', null, 'stretching an event past 31 days: 23514');
-- 31 days of calendar in Paris across the autumn clock change are 745 hours, one more than 31 days
set local timezone = 'Europe/Paris';
select throws_ok(format($$ insert into app.calendar_events (org_id, title, starts_at, ends_at)
                           values (%L, 'Too long in Paris', '2030-10-01T00:00:00Z', '2030-11-01T00:30:00Z') $$, :'org'),
                 '23514', null, '31 days and 30 minutes inserted by a session in Europe/Paris: 23514 as well');

select * from finish();
rollback;
