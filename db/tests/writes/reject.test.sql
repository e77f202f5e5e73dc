-- An org admin rejects a pending action with a reason: status rejected, the reason and the
-- rejecter kept, nothing written, the rejection one usage-log row (rejected); the agent sees it
-- through get_action_status, and an idempotent replay answers rejected too.
begin;
select plan(6);

select tests.create_org('Acme') as org \gset
select tests.add_member(:'org'::uuid, 'admin') as admin \gset
select tests.issue_write_token(:'org'::uuid) as raw \gset
\set ev '{"title": "Board review", "starts_at": "2026-12-03T10:00:00Z", "ends_at": "2026-12-03T11:00:00Z", "idempotency_key": "r1"}'

select tests.act_as('tests_gateway');
select public.mcp_tools_call(:'raw', 'create_calendar_event', :'ev') -> 'structuredContent' ->> 'action_id' as action \gset
select tests.act_as_user(:'admin');
select status as rejected_status from public.mcp_action_reject(:'action', 'not this week') \gset
select tests.act_as('tests_gateway');
select public.mcp_tools_call(:'raw', 'create_calendar_event', :'ev') as replay \gset
select tests.act_as_owner();

select is(:'rejected_status'::text, 'rejected', 'mcp_action_reject answers the action, rejected');
select results_eq(format($$ select status, reason, decided_by, result, run_arguments is null from mcp.actions where id = %L $$, :'action'),
                  format($$ values ('rejected', 'not this week', %L, null::jsonb, true) $$, :'admin'),
                  'the action: rejected, the reason and the admin kept, no result; the full arguments dropped');
select is((select count(*) from app.calendar_events where org_id = :'org'), 0::bigint, 'nothing was written');
select results_eq(format($$ select outcome::text, message from mcp.usage_log where action_id = %L and client_name = 'sql' $$, :'action'),
                  format($$ values ('rejected', 'rejected by %s') $$, :'admin'), 'the rejection is logged rejected, by whom');
select is(:'replay'::jsonb -> 'structuredContent' ->> 'status', 'rejected', 'the same call again (its idempotency key) answers rejected');
select matches(:'replay'::jsonb -> 'content' -> 0 ->> 'text', '^Not done: an admin rejected this change \(not this week\)',
               'with the reason');

select * from finish();
rollback;
