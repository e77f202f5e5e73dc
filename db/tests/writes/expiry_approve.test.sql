-- An action awaiting approval past its expires_at cannot be approved or rejected (MC041);
-- public.mcp_pending_actions no longer lists it, public.mcp_actions and get_action_status show
-- it expired. The expired action is a copy of a pipeline-made row inserted by the table owner
-- with created_at and expires_at in the past (INSERT is not guarded; the guard stays on).
begin;
select plan(7);

select tests.create_org('Acme') as org \gset
select tests.add_member(:'org'::uuid, 'admin') as admin \gset
select tests.issue_write_token(:'org'::uuid) as raw \gset
\set ev '{"title": "Board review", "starts_at": "2026-12-03T10:00:00Z", "ends_at": "2026-12-03T11:00:00Z"}'

select tests.act_as('tests_gateway');
select public.mcp_tools_call(:'raw', 'create_calendar_event', :'ev') -> 'structuredContent' ->> 'action_id' as fresh \gset
select tests.act_as_owner();
insert into mcp.actions (org_id, token_id, tool, arguments, run_arguments, arguments_digest, preview, policy, decided_by_kind,
                         created_at, expires_at)
select org_id, token_id, tool, arguments, run_arguments, arguments_digest, preview, policy, decided_by_kind,
       now() - interval '25 hours', now() - interval '1 hour'
from mcp.actions where id = :'fresh'
returning id as stale \gset

select tests.act_as_user(:'admin');
select throws_ok(format($$ select * from public.mcp_action_approve(%L) $$, :'stale'), 'MC041', null, 'approving it: MC041');
select throws_ok(format($$ select * from public.mcp_action_reject(%L, 'too late') $$, :'stale'), 'MC041', null, 'rejecting it: MC041');
select results_eq($$ select action_id::text from public.mcp_pending_actions $$, format($$ values (%L) $$, :'fresh'),
                  'mcp_pending_actions lists the fresh action only');
select results_eq(format($$ select status from public.mcp_actions where action_id = %L $$, :'stale'), $$ values ('expired') $$,
                  'mcp_actions shows it expired');
select tests.act_as('tests_gateway');
select public.mcp_tools_call(:'raw', 'get_action_status', jsonb_build_object('action_id', :'stale')) -> 'structuredContent' ->> 'status' as status \gset
select tests.act_as_owner();
select is(:'status'::text, 'expired', 'get_action_status says expired');
select is((select count(*) from app.calendar_events where org_id = :'org'), 0::bigint, 'nothing was written');
select is((select status from mcp.actions where id = :'stale'), 'pending', 'the row itself stays pending (expired by its time)');

select * from finish();
rollback;
