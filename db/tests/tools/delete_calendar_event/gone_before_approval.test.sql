-- A delete that awaits approval, whose event is deleted meanwhile: the approval runs the write,
-- which finds nothing (P0002), so the action is failed with P0002, and get_action_status says so.
begin;
select plan(4);

select tests.create_org('Acme') as org \gset
select tests.add_member(:'org'::uuid, 'admin') as admin \gset
select raw_token as raw from public.mcp_token_issue(:'org'::uuid, 'assistant', scopes => '{mcp:read,mcp:write}') \gset
insert into app.calendar_events (org_id, id, title, starts_at, ends_at) values
  (:'org', 'e0000000-0000-4000-8000-000000000001', 'Board review', '2026-12-03T10:00Z', '2026-12-03T11:00Z');

select tests.act_as('tests_gateway');
select public.mcp_tools_call(:'raw', 'delete_calendar_event', '{"event_id": "e0000000-0000-4000-8000-000000000001"}') as answer \gset
select tests.act_as_owner();
select :'answer'::jsonb #>> '{structuredContent,action_id}' as action \gset
select is(:'answer'::jsonb #>> '{structuredContent,status}', 'awaiting_approval', 'the delete awaits approval');
delete from app.calendar_events;

select tests.act_as_user(:'admin');
select status, error ->> 'sqlstate' as sqlstate from public.mcp_action_approve(:'action') \gset
select tests.act_as_owner();
select is(:'status' || ' ' || :'sqlstate', 'failed P0002', 'approved after the event was gone: the action failed with P0002');
select is_empty('select from mcp.action_changes', 'nothing was captured');

select tests.act_as('tests_gateway');
select public.mcp_tools_call(:'raw', 'get_action_status', jsonb_build_object('action_id', :'action')) as status \gset
select tests.act_as_owner();
select is(:'status'::jsonb #>> '{structuredContent,status}', 'failed', 'get_action_status: failed');

select * from finish();
rollback;
