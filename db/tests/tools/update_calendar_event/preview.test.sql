-- update_calendar_event asks the user with a preview that names the event by its current title and
-- time and says exactly what changes, old -> new, only what differs: title and time; place,
-- description and attendees (who comes and goes); a call that changes nothing says so. Asking
-- changes nothing.
begin;
select plan(5);

select tests.create_org('Acme') as org \gset
select raw_token as raw from public.mcp_token_issue(:'org'::uuid, 'assistant', scopes => '{mcp:read,mcp:write}') \gset
insert into app.calendar_events (org_id, id, title, description, location, attendees, starts_at, ends_at) values
  (:'org', 'e0000000-0000-4000-8000-000000000001', 'Board review', 'Numbers.', 'Room 4',
   '[{"name": "Ada", "email": "ada@example.com"}, {"email": "bob@example.com"}]', '2026-12-03T10:00Z', '2026-12-03T11:00Z');
create temp table asked (n integer, answer jsonb) on commit drop;
grant insert on asked to public;

select tests.act_as('tests_gateway');
insert into asked select n, public.mcp_tools_call_json(:'raw',
    json_build_object('name', 'update_calendar_event', 'arguments', args::json), '{"elicitation": true}')
from (values
  (1, '{"event_id": "e0000000-0000-4000-8000-000000000001", "title": "Board review (moved)",
        "starts_at": "2026-12-04T14:00:00Z", "ends_at": "2026-12-04T15:00:00Z"}'::jsonb),
  (2, '{"event_id": "e0000000-0000-4000-8000-000000000001", "title": "Board review", "location": "",
        "description": "Numbers and the deck.", "all_day": true, "starts_at": "2026-12-03T00:00:00Z", "ends_at": "2026-12-04T00:00:00Z",
        "attendees": [{"name": "Ada L.", "email": "ada@example.com"}, {"email": "cy@example.com"}]}'),
  (3, '{"event_id": "e0000000-0000-4000-8000-000000000001", "title": "Board review", "location": "Room 4"}'),
  (4, '{"event_id": "e0000000-0000-4000-8000-000000000001", "attendees": [{"name": "Ada", "email": "ada@example.com"}]}')) v (n, args);
select tests.act_as_owner();

select is((select answer #>> '{inputRequests,confirm,params,requestedSchema,properties,confirm,description}' from asked where n = 1),
          'Update event ''Board review'' (Thu 3 Dec 2026 10:00–11:00 UTC): title → ''Board review (moved)'', time → Fri 4 Dec 2026 14:00–15:00 UTC',
          'a new title and time: the event as it is, then title → and time →');
select is((select answer #>> '{inputRequests,confirm,params,requestedSchema,properties,confirm,description}' from asked where n = 2),
          'Update event ''Board review'' (Thu 3 Dec 2026 10:00–11:00 UTC): time → Thu 3 Dec 2026 (all day), '
          'location ''Room 4'' → empty, description ''Numbers.'' → ''Numbers and the deck.'', attendees 2 → 2 (+ cy@example.com, − bob@example.com)',
          'the same title is left out; all day, a cleared place, the description old -> new, who comes and who goes');
select is((select answer #>> '{inputRequests,confirm,params,requestedSchema,properties,confirm,description}' from asked where n = 3),
          'Update event ''Board review'' (Thu 3 Dec 2026 10:00–11:00 UTC): no change, it already has these values',
          'values the event already has: no change, said so');
select is((select answer #>> '{inputRequests,confirm,params,requestedSchema,properties,confirm,description}' from asked where n = 4),
          'Update event ''Board review'' (Thu 3 Dec 2026 10:00–11:00 UTC): attendees 2 → 1 (− bob@example.com)',
          'an attendee less');
select is((select app.calendar_event_json(e) - 'updated_at' - 'created_at' from app.calendar_events e where e.org_id = :'org'),
          jsonb_build_object('id', 'e0000000-0000-4000-8000-000000000001', 'title', 'Board review', 'description', 'Numbers.',
            'location', 'Room 4', 'attendees', '[{"name": "Ada", "email": "ada@example.com"}, {"email": "bob@example.com"}]'::jsonb,
            'starts_at', '2026-12-03T10:00:00+00:00', 'ends_at', '2026-12-03T11:00:00+00:00', 'all_day', false),
          'asking changed nothing');

select * from finish();
rollback;
