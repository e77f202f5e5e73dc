-- list_calendar_events treats the window as half-open [start, end): an event ending exactly at start
-- or starting exactly at end is not listed, one overlapping by a second is; for events of at most a
-- day and for longer ones (up to the 31-day maximum) alike.
begin;
select plan(2);

select tests.create_org('Acme') as org \gset
select tests.issue_token(:'org'::uuid, 'calendar') as raw \gset
insert into app.calendar_events (org_id, title, starts_at, ends_at) values
  (:'org', 'short, ends at start', '2030-02-28T23:00:00Z', '2030-03-01T00:00:00Z'),
  (:'org', 'short, ends 1 s after start', '2030-02-28T23:00:00Z', '2030-03-01T00:00:01Z'),
  (:'org', '1 day, ends at start', '2030-02-28T00:00:00Z', '2030-03-01T00:00:00Z'),
  (:'org', '1 day, ends 1 s after start', '2030-02-28T00:00:01Z', '2030-03-01T00:00:01Z'),
  (:'org', '2 days, ends at start', '2030-02-27T00:00:00Z', '2030-03-01T00:00:00Z'),
  (:'org', '31 days, ends at start', '2030-01-29T00:00:00Z', '2030-03-01T00:00:00Z'),
  (:'org', '31 days, ends 1 s after start', '2030-01-29T00:00:01Z', '2030-03-01T00:00:01Z'),
  (:'org', 'short, starts at start', '2030-03-01T00:00:00Z', '2030-03-01T01:00:00Z'),
  (:'org', 'short, starts 1 s before end', '2030-03-07T23:59:59Z', '2030-03-08T00:30:00Z'),
  (:'org', 'short, starts at end', '2030-03-08T00:00:00Z', '2030-03-08T01:00:00Z'),
  (:'org', '3 days, starts at end', '2030-03-08T00:00:00Z', '2030-03-11T00:00:00Z');

select tests.act_as('tests_gateway');
select public.mcp_tools_call(:'raw', 'list_calendar_events',
  '{"start": "2030-03-01T00:00:00Z", "end": "2030-03-08T00:00:00Z", "limit": 100}', '{}') as answer \gset
select tests.act_as_owner();

select is(:'answer'::jsonb -> 'isError', 'false'::jsonb, 'the call succeeds');
select results_eq(
  format($$ select e ->> 'title' from jsonb_array_elements(%L::jsonb -> 'structuredContent' -> 'events') with ordinality as x (e, i)
            order by i $$, :'answer'),
  $$ values ('31 days, ends 1 s after start'), ('1 day, ends 1 s after start'), ('short, ends 1 s after start'),
            ('short, starts at start'), ('short, starts 1 s before end') $$,
  'exactly the events overlapping [start, end), by start'
);

select * from finish();
rollback;
