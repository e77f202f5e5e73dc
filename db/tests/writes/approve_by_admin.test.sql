-- An org admin approves a pending action with public.mcp_action_approve: the write runs at once,
-- in the admin's transaction, confined to the action's org (the event lands in that org even
-- though the admin also administers another); decided_by is the admin's user id; the approval is
-- one usage-log row, approved, with the action id; the action leaves mcp_pending_actions.
begin;
select plan(8);

select tests.create_org('Acme') as org \gset
select tests.create_org('Other') as other \gset
select tests.add_member(:'org'::uuid, 'admin') as admin \gset
select tests.add_member(:'other'::uuid, 'admin', :'admin'::uuid) as admin_again \gset
select tests.issue_write_token(:'org'::uuid) as raw \gset
\set ev '{"title": "Board review", "starts_at": "2026-12-03T10:00:00Z", "ends_at": "2026-12-03T11:00:00Z"}'

select tests.act_as('tests_gateway');
select public.mcp_tools_call(:'raw', 'create_calendar_event', :'ev') -> 'structuredContent' ->> 'action_id' as action \gset
select tests.act_as_user(:'admin');
select ok(exists (select from public.mcp_pending_actions where action_id = :'action'), 'the admin sees it pending');
select * from public.mcp_action_approve(:'action') \gset approved_
select ok(not exists (select from public.mcp_pending_actions where action_id = :'action'), 'and then no longer');
select tests.act_as_owner();

select is(:'approved_status'::text, 'approved', 'mcp_action_approve answers the action, approved');
select is((:'approved_result'::jsonb) -> 'event' ->> 'title', 'Board review', 'with the write''s result');
select results_eq($$ select org_id, title from app.calendar_events $$, format($$ values (%L::uuid, 'Board review') $$, :'org'),
                  'one event, in the action''s org');
select results_eq(format($$ select status, decided_by, decided_at is not null, result -> 'event' ->> 'id', run_arguments is null
                            from mcp.actions where id = %L $$, :'action'),
                  format($$ values ('approved', %L, true, %L, true) $$, :'admin', (select id::text from app.calendar_events)),
                  'the action: approved, by the admin''s user id, when, with the result; the full arguments dropped');
select results_eq(format($$ select outcome::text, client_name, message, token_id from mcp.usage_log where action_id = %L order by at, outcome $$, :'action'),
                  format($$ values ('awaiting_approval', null::text, 'the client cannot ask the user (no elicitation): an admin must approve', %1$L::uuid),
                                   ('approved', 'sql', 'approved by %2$s', %1$L) $$, tests.token_id(:'raw'), :'admin'),
                  'the call and the approval: one usage-log row each, the approval''s approved, by whom');
select is((select count(*) from mcp.action_changes where action_id = :'action'), 1::bigint, 'its change was captured');

select * from finish();
rollback;
