-- update_calendar_event refuses, before any action exists: no field to change, a start moved past
-- the event's end (the times after the change count), an event stretched past 31 days, an empty
-- title, a malformed event_id. Nothing is changed and no action is made.
begin;
select plan(9);

select tests.create_org('Acme') as org \gset
select raw_token as raw from public.mcp_token_issue(:'org'::uuid, 'job', scopes => '{mcp:read,mcp:write}', confirm => '{"*": "none"}') \gset
insert into app.calendar_events (org_id, id, title, starts_at, ends_at) values
  (:'org', 'e0000000-0000-4000-8000-000000000001', 'Board review', '2026-12-03T10:00Z', '2026-12-03T11:00Z');
select to_jsonb(e) as before from app.calendar_events e \gset

select tests.act_as('tests_gateway');
select public.mcp_tools_call(:'raw', 'update_calendar_event', '{"event_id": "e0000000-0000-4000-8000-000000000001"}') as nothing \gset
select public.mcp_tools_call(:'raw', 'update_calendar_event',
         '{"event_id": "e0000000-0000-4000-8000-000000000001", "idempotency_key": "k1"}') as only_key \gset
select public.mcp_tools_call(:'raw', 'update_calendar_event',
         '{"event_id": "e0000000-0000-4000-8000-000000000001", "starts_at": "2026-12-03T12:00:00Z"}') as past_end \gset
select public.mcp_tools_call(:'raw', 'update_calendar_event',
         '{"event_id": "e0000000-0000-4000-8000-000000000001", "ends_at": "2027-01-05T00:00:00Z"}') as too_long \gset
select public.mcp_tools_call(:'raw', 'update_calendar_event',
         '{"event_id": "e0000000-0000-4000-8000-000000000001", "title": ""}') as empty_title \gset
select public.mcp_tools_call(:'raw', 'update_calendar_event', '{"event_id": "nope", "title": "x"}') as malformed \gset
select tests.act_as_owner();

select is(:'nothing'::jsonb - 'content', '{"isError": true, "_meta": {"sqlstate": "22023"}}'::jsonb, 'no field to change: 22023');
select matches(:'nothing'::jsonb -> 'content' -> 0 ->> 'text', 'nothing to change: give at least one of title, ',
               'saying which fields it takes');
select is(:'only_key'::jsonb -> '_meta' ->> 'sqlstate', '22023', 'an idempotency key alone changes nothing either: 22023');
select is(:'past_end'::jsonb -> '_meta' ->> 'sqlstate', '22023', 'a start moved past the end: 22023');
select matches(:'past_end'::jsonb -> 'content' -> 0 ->> 'text',
               'ends_at 2026-12-03T11:00:00Z is before starts_at 2026-12-03T12:00:00Z Hint: .*give both starts_at and ends_at',
               'naming the times after the change, with the hint to give both');
select is(:'too_long'::jsonb -> '_meta' ->> 'sqlstate', '22023', 'an end more than 31 days after the start: 22023');
select is(:'empty_title'::jsonb -> '_meta' ->> 'sqlstate', '22023', 'an empty title: 22023');
select is(:'malformed'::jsonb -> '_meta' ->> 'sqlstate', '22P02', 'a malformed event_id: 22P02');
select ok((select to_jsonb(e) = :'before'::jsonb from app.calendar_events e)
          and not exists (select from mcp.actions), 'the event is unchanged and no action was made');

select * from finish();
rollback;
