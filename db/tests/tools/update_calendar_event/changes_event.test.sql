-- update_calendar_event (a token with confirm {"*": "none"}) changes only the fields given: the
-- rest keep their values, an empty location clears it, updated_at moves; the answer is the event
-- as stored, and the action keeps the row before and after.
begin;
select plan(5);

select tests.create_org('Acme') as org \gset
select raw_token as raw from public.mcp_token_issue(:'org'::uuid, 'job', scopes => '{mcp:read,mcp:write}', confirm => '{"*": "none"}') \gset
insert into app.calendar_events (org_id, id, title, description, location, attendees, starts_at, ends_at, created_at, updated_at) values
  (:'org', 'e0000000-0000-4000-8000-000000000001', 'Board review', 'Numbers.', 'Room 4', '[{"email": "ada@example.com"}]',
   '2026-12-03T10:00Z', '2026-12-03T11:00Z', '2026-01-01T00:00Z', '2026-01-01T00:00Z');
select to_jsonb(e) as before from app.calendar_events e \gset

select tests.act_as('tests_gateway');
select public.mcp_tools_call(:'raw', 'update_calendar_event',
         '{"event_id": "e0000000-0000-4000-8000-000000000001", "title": "Board review (moved)", "ends_at": "2026-12-03T12:30:00Z",
           "location": ""}') as answer \gset
select tests.act_as_owner();

select is(:'answer'::jsonb #>> '{structuredContent,status}', 'done', 'the write ran');
select is((select app.calendar_event_json(e) from app.calendar_events e),
          jsonb_build_object('id', 'e0000000-0000-4000-8000-000000000001', 'title', 'Board review (moved)', 'description', 'Numbers.',
            'location', null, 'attendees', '[{"email": "ada@example.com"}]'::jsonb,
            'starts_at', '2026-12-03T10:00:00+00:00', 'ends_at', '2026-12-03T12:30:00+00:00', 'all_day', false,
            'created_at', '2026-01-01T00:00:00+00:00', 'updated_at', now()),
          'title and end changed, the place cleared, description, attendees and start kept, updated_at now');
select is(:'answer'::jsonb #> '{structuredContent,event}', (select app.calendar_event_json(e) from app.calendar_events e),
          'the answer is the event as stored');
select is((select changes from public.mcp_actions),
          (select jsonb_build_array(jsonb_build_object('table', 'app.calendar_events', 'operation', 'UPDATE',
                                                       'before', :'before'::jsonb, 'after', to_jsonb(e)))
           from app.calendar_events e),
          'the action keeps the row before and after');
select is((select preview from public.mcp_actions),
          'Update event ''Board review'' (Thu 3 Dec 2026 10:00–11:00 UTC): title → ''Board review (moved)'', '
          'time → Thu 3 Dec 2026 10:00–12:30 UTC, location ''Room 4'' → empty',
          'and the preview it ran with');

select * from finish();
rollback;
