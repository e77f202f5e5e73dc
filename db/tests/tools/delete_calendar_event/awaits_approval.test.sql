-- delete_calendar_event is destructive, so by default an org admin approves it: a write token's
-- call (even from a client that can ask its user) deletes nothing and answers awaiting_approval
-- with the preview; the admin's public.mcp_action_approve deletes the event, the action keeps the
-- row before (and no after), and get_action_status shows the result.
begin;
select plan(8);

select tests.create_org('Acme') as org \gset
select tests.add_member(:'org'::uuid, 'admin') as admin \gset
select raw_token as raw from public.mcp_token_issue(:'org'::uuid, 'assistant', scopes => '{mcp:read,mcp:write}') \gset
insert into app.calendar_events (org_id, id, title, attendees, starts_at, ends_at) values
  (:'org', 'e0000000-0000-4000-8000-000000000001', 'Board review',
   '[{"email": "a@example.com"}, {"email": "b@example.com"}, {"email": "c@example.com"}, {"email": "d@example.com"}]',
   '2026-12-03T10:00Z', '2026-12-03T11:00Z');
select to_jsonb(e) as before, app.calendar_event_json(e) as event from app.calendar_events e \gset

select tests.act_as('tests_gateway');
select public.mcp_tools_call_json(:'raw', '{"name": "delete_calendar_event",
         "arguments": {"event_id": "e0000000-0000-4000-8000-000000000001"}}', '{"elicitation": true}') as answer \gset
select tests.act_as_owner();
select :'answer'::jsonb #>> '{structuredContent,action_id}' as action \gset

select is(:'answer'::jsonb #>> '{structuredContent,status}', 'awaiting_approval', 'the call awaits an admin''s approval');
select is(:'answer'::jsonb #>> '{structuredContent,preview}',
          'Delete event ''Board review'', Thu 3 Dec 2026 10:00–11:00 UTC, 4 attendees', 'with the preview');
select is((select count(*) from app.calendar_events), 1::bigint, 'nothing is deleted yet');

select tests.act_as_user(:'admin');
select status as approved from public.mcp_action_approve(:'action') \gset
select tests.act_as_owner();
select is(:'approved'::text, 'approved', 'the org admin approves it');
select is_empty('select from app.calendar_events', 'the event is deleted');
select is((select result from public.mcp_actions), jsonb_build_object('deleted', :'event'::jsonb),
          'the action''s result is the deleted event');
select is((select changes from public.mcp_actions),
          jsonb_build_array(jsonb_build_object('table', 'app.calendar_events', 'operation', 'DELETE', 'before', :'before'::jsonb, 'after', null)),
          'the action keeps the row before, no after');

select tests.act_as('tests_gateway');
select public.mcp_tools_call(:'raw', 'get_action_status', jsonb_build_object('action_id', :'action')) as status \gset
select tests.act_as_owner();
select is(:'status'::jsonb #> '{structuredContent,status}' || (:'status'::jsonb #> '{structuredContent,result}'),
          '["approved"]'::jsonb || jsonb_build_object('deleted', :'event'::jsonb), 'get_action_status: approved, with the deleted event');

select * from finish();
rollback;
