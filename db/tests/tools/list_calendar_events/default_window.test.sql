-- list_calendar_events without arguments: the window is now() until now() + 7 days, and the events
-- listed are those overlapping it (one in 3 days, one running from yesterday to tomorrow), not one
-- that ended yesterday nor one 10 days away.
begin;
select plan(6);

select tests.create_org('Acme') as org \gset
select tests.issue_token(:'org'::uuid, 'calendar') as raw \gset
insert into app.calendar_events (org_id, title, location, starts_at, ends_at) values
  (:'org', 'Yesterday', null, now() - interval '1 day', now() - interval '1 day' + interval '1 hour'),
  (:'org', 'In 3 days', 'Room 1', now() + interval '3 days', now() + interval '3 days 1 hour'),
  (:'org', 'In 10 days', null, now() + interval '10 days', now() + interval '10 days 1 hour'),
  (:'org', 'Yesterday to tomorrow', null, now() - interval '1 day', now() + interval '1 day');

select tests.act_as('tests_gateway');
select public.mcp_tools_call(:'raw', 'list_calendar_events', '{}', '{}') as answer \gset
select tests.act_as_owner();
select :'answer'::jsonb -> 'structuredContent' as sc \gset

select is(:'answer'::jsonb -> 'isError', 'false'::jsonb, 'the call succeeds');
select is((:'sc'::jsonb -> 'window' ->> 'start')::timestamptz, now(), 'the window starts at now()');
select is((:'sc'::jsonb -> 'window' ->> 'end')::timestamptz, now() + interval '7 days', 'and ends 7 days later');
select results_eq(
  format($$ select e ->> 'title' from jsonb_array_elements(%L::jsonb -> 'events') with ordinality as x (e, i) order by i $$, :'sc'),
  $$ values ('Yesterday to tomorrow'), ('In 3 days') $$,
  'only the events overlapping the window, by start: the one running since yesterday, then the one in 3 days'
);
select results_eq(
  format($$ select (e ->> 'id')::uuid, e ->> 'title', (e ->> 'starts_at')::timestamptz, (e ->> 'ends_at')::timestamptz,
                   (e -> 'all_day')::boolean, e ->> 'location'
            from jsonb_array_elements(%L::jsonb -> 'events') with ordinality as x (e, i) order by i $$, :'sc'),
  format($$ select id, title, starts_at, ends_at, all_day, location from app.calendar_events
            where org_id = %L and title in ('Yesterday to tomorrow', 'In 3 days') order by starts_at, id $$, :'org'),
  'each event carries its id, title, starts_at, ends_at, all_day and location as stored'
);
select is(:'sc'::jsonb -> 'next_cursor', 'null'::jsonb, 'one page: next_cursor is null');

select * from finish();
rollback;
