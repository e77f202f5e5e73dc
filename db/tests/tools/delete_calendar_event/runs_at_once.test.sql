-- delete_calendar_event with a token whose writes need no confirmation deletes at once and answers
-- with the deleted event in full; only that event goes. A second delete of it: P0002.
begin;
select plan(5);

select tests.create_org('Acme') as org \gset
select raw_token as raw from public.mcp_token_issue(:'org'::uuid, 'job', scopes => '{mcp:read,mcp:write}', confirm => '{"*": "none"}') \gset
insert into app.calendar_events (org_id, id, title, location, starts_at, ends_at, all_day) values
  (:'org', 'e0000000-0000-4000-8000-000000000001', 'Offsite', 'Lisbon', '2026-12-03T00:00Z', '2026-12-05T00:00Z', true),
  (:'org', 'e0000000-0000-4000-8000-000000000002', 'Standup', null, '2026-12-03T09:00Z', '2026-12-03T09:15Z', false);
select app.calendar_event_json(e) as event from app.calendar_events e where e.title = 'Offsite' \gset

select tests.act_as('tests_gateway');
select public.mcp_tools_call(:'raw', 'delete_calendar_event', '{"event_id": "e0000000-0000-4000-8000-000000000001"}') as answer \gset
select public.mcp_tools_call(:'raw', 'delete_calendar_event', '{"event_id": "e0000000-0000-4000-8000-000000000001"}') as again \gset
select tests.act_as_owner();

select is(:'answer'::jsonb #>> '{structuredContent,status}', 'done', 'deleted at once');
select is(:'answer'::jsonb #> '{structuredContent,deleted}', :'event'::jsonb, 'the answer is the deleted event in full');
select is(:'answer'::jsonb #>> '{structuredContent,preview}', 'Delete event ''Offsite'', Thu 3 Dec – Sat 5 Dec 2026 (all day), at Lisbon, no attendees',
          'the preview of an all-day event with a place and no attendees');
select results_eq('select title from app.calendar_events', $$ values ('Standup') $$, 'only that event is gone');
select is(:'again'::jsonb - 'content', '{"isError": true, "_meta": {"sqlstate": "P0002"}}'::jsonb, 'deleting it again: P0002');

select * from finish();
rollback;
