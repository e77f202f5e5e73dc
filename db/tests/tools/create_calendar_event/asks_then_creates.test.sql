-- create_calendar_event for a client that can ask its user: the first call creates nothing and asks
-- with the preview (title, time in UTC, place, attendees); the retry carrying the user's yes
-- creates exactly that event, and the action keeps its after image (no before: an insert).
begin;
select plan(7);

select tests.create_org('Acme') as org \gset
select raw_token as raw from public.mcp_token_issue(:'org'::uuid, 'assistant', scopes => '{mcp:read,mcp:write}') \gset
select $json${"title": "Board review", "starts_at": "2026-12-03T11:00:00+01:00", "ends_at": "2026-12-03T12:00:00+01:00",
  "location": "Room 4", "attendees": [{"email": "ada@example.com"}, {"email": "bob@example.com"},
  {"name": "Cy", "email": "cy@example.com"}, {"email": "di@example.com"}]}$json$ as args \gset

select tests.act_as('tests_gateway');
select public.mcp_tools_call_json(:'raw', json_build_object('name', 'create_calendar_event', 'arguments', :'args'::json),
                                  '{"elicitation": true}') as asked \gset
select tests.act_as_owner();
select is(:'asked'::jsonb ->> 'resultType', 'input_required', 'the first call asks the user');
select is(:'asked'::jsonb #>> '{inputRequests,confirm,params,message}',
          e'Create event \'Board review\', Thu 3 Dec 2026 10:00–11:00 UTC, at Room 4, 4 attendees\n\nMake this change?',
          'with the preview: title, the time in UTC, the place and the number of attendees');
select is_empty(format('select from app.calendar_events where org_id = %L', :'org'), 'asking creates nothing');

select tests.act_as('tests_gateway');
select public.mcp_tools_call_json(:'raw', json_build_object('name', 'create_calendar_event', 'arguments', :'args'::json,
         'requestState', :'asked'::jsonb ->> 'requestState',
         'inputResponses', '{"confirm": {"action": "accept", "content": {"confirm": true}}}'::json),
       '{"elicitation": true}') as done \gset
select tests.act_as_owner();
select is(:'done'::jsonb #>> '{structuredContent,status}', 'done', 'the retry with the user''s yes is done');
select results_eq(
  format($$ select id, title, location, starts_at, ends_at, all_day, jsonb_array_length(attendees)
            from app.calendar_events where org_id = %L $$, :'org'),
  format($$ values (%L::uuid, 'Board review', 'Room 4', '2026-12-03T10:00Z'::timestamptz, '2026-12-03T11:00Z'::timestamptz, false, 4) $$,
         :'done'::jsonb #>> '{structuredContent,event,id}'),
  'exactly the event confirmed exists, the one the answer names');
select is((select changes from public.mcp_actions where action_id = (:'asked'::jsonb ->> 'requestState')::uuid),
          (select jsonb_build_array(jsonb_build_object('table', 'app.calendar_events', 'operation', 'INSERT',
                                                       'before', null, 'after', to_jsonb(e)))
           from app.calendar_events e where e.org_id = :'org'),
          'the action keeps the insert: no before image, the stored row after');
select is((select status from public.mcp_actions where action_id = (:'asked'::jsonb ->> 'requestState')::uuid), 'confirmed',
          'and is confirmed');

select * from finish();
rollback;
