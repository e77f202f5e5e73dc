-- A read-only token neither sees nor calls a write tool: tools/list hides create_calendar_event,
-- and calling it is refused (MC013 naming the scope, logged not_allowed) before anything else:
-- no action, no event. The same token still calls read tools.
begin;
select plan(8);

select tests.create_org('Acme') as org \gset
select tests.issue_token(:'org'::uuid, 'reader') as raw \gset
\set ev '{"title": "Board review", "starts_at": "2026-12-03T10:00:00Z", "ends_at": "2026-12-03T11:00:00Z"}'

select tests.act_as('tests_gateway');
select public.mcp_tools_list(:'raw', '{}') as listed \gset
select public.mcp_tools_call(:'raw', 'create_calendar_event', :'ev', '{"request_id": "ro-1"}') as refused \gset
select tests.call_eliciting(:'raw', 'create_calendar_event', :'ev', request_id => 'ro-2') as refused_json \gset
select public.mcp_tools_call(:'raw', 'get_current_time', '{}') -> 'isError' as read_ok \gset
select tests.act_as_owner();

select ok(not (:'listed'::jsonb -> 'tools' @> '[{"name": "create_calendar_event"}]'), 'tools/list hides the write tool');
select ok(:'listed'::jsonb -> 'tools' @> '[{"name": "get_action_status"}]', 'but lists the read tools');
select is(:'refused'::jsonb -> 'error' ->> 'sqlstate', 'MC013', 'calling it: an error object with MC013');
select matches(:'refused'::jsonb -> 'error' ->> 'message', 'mcp:read', 'the message names the token''s scope');
select is(:'refused_json'::jsonb -> 'error' ->> 'sqlstate', 'MC013', 'the same through mcp_tools_call_json, with a client that can elicit');
select results_eq($$ select request_id, outcome::text, errcode, action_id from mcp.usage_log where request_id like 'ro-%' order by request_id $$,
                  $$ values ('ro-1', 'not_allowed', 'MC013', null::uuid), ('ro-2', 'not_allowed', 'MC013', null) $$,
                  'each refusal is one usage-log row, not_allowed MC013, with no action');
select ok((select count(*) = 0 from mcp.actions where org_id = :'org') and (select count(*) = 0 from app.calendar_events where org_id = :'org'),
          'no action and no event');
select is(:'read_ok'::jsonb, 'false'::jsonb, 'the token still calls read tools');

select * from finish();
rollback;
