-- get_calendar_event returns the whole event: title, description, location, attendees, starts_at and
-- ends_at in UTC, all_day, created_at and updated_at; a missing location is null, no attendees [].
begin;
select plan(6);

select tests.create_org('Acme') as org \gset
select tests.issue_token(:'org'::uuid, 'calendar') as raw \gset
insert into app.calendar_events (org_id, id, title, description, location, attendees, starts_at, ends_at, all_day,
                                 created_at, updated_at) values
  (:'org', '2b7e0c1a-3f4d-4e5a-9b6c-7d8e9f0a1b2c', 'Board meeting', E'Quarterly numbers.\nBring the deck — and coffee.',
   'Room 4, Paris', '[{"name": "Ada Lovelace", "email": "ada@example.com"}, {"name": "Linus", "email": "linus@example.com"}]',
   '2030-03-04T10:00:00+01:00', '2030-03-04T11:30:00+01:00', false, '2030-01-01T08:00:00Z', '2030-02-01T08:00:00Z'),
  (:'org', '5c6d7e8f-9a0b-4c1d-8e2f-3a4b5c6d7e8f', 'Offsite', '', null, '[]',
   '2030-03-05T00:00:00Z', '2030-03-07T00:00:00Z', true, '2030-01-02T00:00:00Z', '2030-01-02T00:00:00Z');

select tests.act_as('tests_gateway');
select public.mcp_tools_call(:'raw', 'get_calendar_event', '{"event_id": "2b7e0c1a-3f4d-4e5a-9b6c-7d8e9f0a1b2c"}', '{}') as board \gset
select public.mcp_tools_call(:'raw', 'get_calendar_event', '{"event_id": "5C6D7E8F-9A0B-4C1D-8E2F-3A4B5C6D7E8F"}', '{}') as offsite \gset
select tests.act_as_owner();

select is(:'board'::jsonb -> 'isError', 'false'::jsonb, 'the call succeeds');
select is(:'board'::jsonb -> 'structuredContent', $json${"event": {
  "id": "2b7e0c1a-3f4d-4e5a-9b6c-7d8e9f0a1b2c", "title": "Board meeting",
  "description": "Quarterly numbers.\nBring the deck — and coffee.", "location": "Room 4, Paris",
  "attendees": [{"name": "Ada Lovelace", "email": "ada@example.com"}, {"name": "Linus", "email": "linus@example.com"}],
  "starts_at": "2030-03-04T09:00:00+00:00", "ends_at": "2030-03-04T10:30:00+00:00", "all_day": false,
  "created_at": "2030-01-01T08:00:00+00:00", "updated_at": "2030-02-01T08:00:00+00:00"}}$json$::jsonb,
  'the full record: description, location, attendees in order, times in UTC, all_day, created_at, updated_at');
select is(:'offsite'::jsonb -> 'structuredContent', $json${"event": {
  "id": "5c6d7e8f-9a0b-4c1d-8e2f-3a4b5c6d7e8f", "title": "Offsite", "description": "", "location": null,
  "attendees": [], "starts_at": "2030-03-05T00:00:00+00:00", "ends_at": "2030-03-07T00:00:00+00:00", "all_day": true,
  "created_at": "2030-01-02T00:00:00+00:00", "updated_at": "2030-01-02T00:00:00+00:00"}}$json$::jsonb,
  'an all-day event without location or attendees (id given in upper case): location null, attendees []');
select is(jsonb_typeof(:'board'::jsonb #> '{structuredContent,event,attendees}'), 'array', 'attendees is a JSON array');
select is(:'board'::jsonb #> '{structuredContent,event,all_day}', 'false'::jsonb, 'all_day is a JSON boolean');
select is((:'board'::jsonb -> 'content' -> 0 ->> 'text')::jsonb, :'board'::jsonb -> 'structuredContent',
          'the text content is the same JSON');

select * from finish();
rollback;
