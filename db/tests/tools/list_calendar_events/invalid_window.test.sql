-- list_calendar_events refuses a window whose end is not after its start or that is longer than 366
-- days (22023), and a start or end that is not an ISO 8601 date-time (22P02); exactly 366 days is fine.
begin;
select plan(10);

select tests.create_org('Acme') as org \gset
select tests.issue_token(:'org'::uuid, 'calendar') as raw \gset

select tests.act_as('tests_gateway');
select public.mcp_tools_call(:'raw', 'list_calendar_events',
  '{"start": "2030-03-02T00:00:00Z", "end": "2030-03-01T00:00:00Z"}', '{}') as before \gset
select public.mcp_tools_call(:'raw', 'list_calendar_events',
  '{"start": "2030-03-01T00:00:00Z", "end": "2030-03-01T00:00:00Z"}', '{}') as same \gset
select public.mcp_tools_call(:'raw', 'list_calendar_events',
  '{"start": "2030-01-01T00:00:00Z", "end": "2031-01-02T00:00:01Z"}', '{}') as too_long \gset
select public.mcp_tools_call(:'raw', 'list_calendar_events',
  '{"start": "2030-01-01T00:00:00Z", "end": "2031-01-02T00:00:00Z"}', '{}') as max_long \gset
select public.mcp_tools_call(:'raw', 'list_calendar_events', '{"start": "next tuesday"}', '{}') as words \gset
select public.mcp_tools_call(:'raw', 'list_calendar_events', '{"end": "2030-02-30T00:00:00Z"}', '{}') as no_such_day \gset
select tests.act_as_owner();

select is(:'before'::jsonb - 'content', '{"isError": true, "_meta": {"sqlstate": "22023"}}'::jsonb,
          'end before start: isError true with 22023');
select matches(:'before'::jsonb -> 'content' -> 0 ->> 'text', '"end".*after.*"start"', 'the message says end must be after start');
select is(:'same'::jsonb -> '_meta' ->> 'sqlstate', '22023', 'end equal to start: 22023');
select is(:'too_long'::jsonb -> '_meta' ->> 'sqlstate', '22023', '366 days and a second: 22023');
select matches(:'too_long'::jsonb -> 'content' -> 0 ->> 'text', '366 days', 'the message names the 366-day maximum');
select is(:'max_long'::jsonb -> 'isError', 'false'::jsonb, 'exactly 366 days is accepted');
select is(:'max_long'::jsonb -> 'structuredContent' -> 'window',
          '{"start": "2030-01-01T00:00:00+00:00", "end": "2031-01-02T00:00:00+00:00"}'::jsonb, 'with the window asked for');
select is(:'words'::jsonb - 'content', '{"isError": true, "_meta": {"sqlstate": "22P02"}}'::jsonb,
          '"next tuesday" as start: isError true with 22P02');
select matches(:'words'::jsonb -> 'content' -> 0 ->> 'text', '"start".*ISO 8601', 'the message names the argument and the format');
select is(:'no_such_day'::jsonb -> '_meta' ->> 'sqlstate', '22P02', 'February 30th as end: 22P02');

select * from finish();
rollback;
