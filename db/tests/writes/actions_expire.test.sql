-- public.mcp_actions_expire records the expiry of pending actions past expires_at and drops the
-- full arguments their rows kept; a fresh pending action and decided ones are left alone; it is
-- for DBAs (mcp_admin) only. The stale action is a copy of a pipeline-made row inserted by the
-- table owner with created_at and expires_at in the past (INSERT is not guarded).
begin;
select plan(7);

select tests.create_org('Acme') as org \gset
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

select ok(has_function_privilege('mcp_admin', 'public.mcp_actions_expire()', 'execute')
          and not has_function_privilege('mcp_app_user', 'public.mcp_actions_expire()', 'execute')
          and not has_function_privilege('mcp_gateway', 'public.mcp_actions_expire()', 'execute'),
          'DBAs may expire actions; app users and the gateway may not');
select tests.act_as('tests_dba');
select cmp_ok(public.mcp_actions_expire(), '>=', 1::bigint, 'a DBA expires the stale action (and any other past its time)');
select tests.act_as_owner();
select results_eq(format($$ select status, run_arguments is null, decided_at is not null from mcp.actions where id = %L $$, :'stale'),
                  $$ values ('expired', true, true) $$, 'the stale action is recorded expired, its kept arguments dropped');
select results_eq(format($$ select status, run_arguments is not null from mcp.actions where id = %L $$, :'fresh'),
                  $$ values ('pending', true) $$, 'the fresh one still waits, with its arguments');
select is(public.mcp_actions_expire(), 0::bigint, 'a second run finds nothing left to expire');
select throws_ok(format($$ select * from public.mcp_action_approve(%L) $$, :'stale'), 'MC041', null,
                 'an expired action cannot be approved');
select is((select count(*) from app.calendar_events where org_id = :'org'), 0::bigint, 'nothing was written');

select * from finish();
rollback;
