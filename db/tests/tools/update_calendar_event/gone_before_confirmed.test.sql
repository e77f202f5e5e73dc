-- The event is read again when the write runs: an event deleted between the question and the
-- user's yes makes the write fail with P0002 (isError, the action failed), changing nothing.
begin;
select plan(4);

select tests.create_org('Acme') as org \gset
select raw_token as raw from public.mcp_token_issue(:'org'::uuid, 'assistant', scopes => '{mcp:read,mcp:write}') \gset
insert into app.calendar_events (org_id, id, title, starts_at, ends_at) values
  (:'org', 'e0000000-0000-4000-8000-000000000001', 'Board review', '2026-12-03T10:00Z', '2026-12-03T11:00Z');

select tests.act_as('tests_gateway');
select public.mcp_tools_call_json(:'raw', '{"name": "update_calendar_event",
         "arguments": {"event_id": "e0000000-0000-4000-8000-000000000001", "title": "Moved"}}', '{"elicitation": true}') as asked \gset
select tests.act_as_owner();
select is(:'asked'::jsonb ->> 'resultType', 'input_required', 'the user is asked');
delete from app.calendar_events;

select tests.act_as('tests_gateway');
select public.mcp_tools_call_json(:'raw', json_build_object('name', 'update_calendar_event',
         'arguments', '{"event_id": "e0000000-0000-4000-8000-000000000001", "title": "Moved"}'::json,
         'requestState', :'asked'::jsonb ->> 'requestState',
         'inputResponses', '{"confirm": {"action": "accept", "content": {"confirm": true}}}'::json), '{"elicitation": true}') as done \gset
select tests.act_as_owner();

select is(:'done'::jsonb - 'content', jsonb_build_object('isError', true, '_meta',
            jsonb_build_object('sqlstate', 'P0002', 'action_id', :'asked'::jsonb ->> 'requestState')),
          'the yes after the event was deleted: isError with P0002');
select is((select status || ' ' || (error ->> 'sqlstate') from public.mcp_actions), 'failed P0002', 'the action failed with P0002');
select is_empty('select from app.calendar_events union all select from mcp.action_changes', 'and nothing was written');

select * from finish();
rollback;
