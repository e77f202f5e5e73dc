-- list_calendar_events with start and end lists the events overlapping [start, end) and echoes the
-- window in UTC; offsets in the arguments are honoured; start alone means a 7-day window.
begin;
select plan(6);

select tests.create_org('Acme') as org \gset
select tests.issue_token(:'org'::uuid, 'calendar') as raw \gset
insert into app.calendar_events (org_id, title, starts_at, ends_at, all_day) values
  (:'org', 'Before', '2030-02-27T09:00:00Z', '2030-02-27T10:00:00Z', false),
  (:'org', 'Day one', '2030-03-01T00:00:00Z', '2030-03-02T00:00:00Z', true),
  (:'org', 'Morning', '2030-03-01T09:00:00Z', '2030-03-01T10:00:00Z', false),
  (:'org', 'Next day', '2030-03-02T09:00:00Z', '2030-03-02T10:00:00Z', false),
  (:'org', 'Next week', '2030-03-08T09:00:00Z', '2030-03-08T10:00:00Z', false);

select tests.act_as('tests_gateway');
select public.mcp_tools_call(:'raw', 'list_calendar_events',
  '{"start": "2030-03-01T00:00:00Z", "end": "2030-03-02T00:00:00Z"}', '{}') -> 'structuredContent' as day \gset
select public.mcp_tools_call(:'raw', 'list_calendar_events',
  '{"start": "2030-03-01T01:00:00+01:00", "end": "2030-03-01T10:00:00+01:00"}', '{}') -> 'structuredContent' as offset_day \gset
select public.mcp_tools_call(:'raw', 'list_calendar_events',
  '{"start": "2030-03-01T00:00:00Z"}', '{}') -> 'structuredContent' as week \gset
select tests.act_as_owner();

select is(:'day'::jsonb -> 'window', '{"start": "2030-03-01T00:00:00+00:00", "end": "2030-03-02T00:00:00+00:00"}'::jsonb,
          'the window is echoed in UTC');
select results_eq(
  format($$ select e ->> 'title', e -> 'all_day' from jsonb_array_elements(%L::jsonb -> 'events') with ordinality as x (e, i) order by i $$, :'day'),
  $$ values ('Day one', 'true'::jsonb), ('Morning', 'false'::jsonb) $$,
  'one day: the all-day event and the morning meeting, in start order'
);
select is(:'offset_day'::jsonb -> 'window', '{"start": "2030-03-01T00:00:00+00:00", "end": "2030-03-01T09:00:00+00:00"}'::jsonb,
          'a window given with +01:00 offsets is the same instants in UTC');
select results_eq(
  format($$ select e ->> 'title' from jsonb_array_elements(%L::jsonb -> 'events') with ordinality as x (e, i) order by i $$, :'offset_day'),
  $$ values ('Day one') $$,
  'the meeting at 09:00Z starts exactly at that window''s end and is left out'
);
select is(:'week'::jsonb -> 'window', '{"start": "2030-03-01T00:00:00+00:00", "end": "2030-03-08T00:00:00+00:00"}'::jsonb,
          'start alone: the window ends 7 days later');
select results_eq(
  format($$ select e ->> 'title' from jsonb_array_elements(%L::jsonb -> 'events') with ordinality as x (e, i) order by i $$, :'week'),
  $$ values ('Day one'), ('Morning'), ('Next day') $$,
  'and lists the events of that week'
);

select * from finish();
rollback;
