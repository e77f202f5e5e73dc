-- Who may not approve, and what cannot be approved: a member (not admin) of the org → 42501; an
-- admin of another org → 42501; an unknown action → P0002; an action awaiting the user at the
-- client → MC041; an approved action again → MC041; a rejected one → MC041. Nothing more written.
begin;
select plan(9);

select tests.create_org('Acme') as org \gset
select tests.create_org('Other') as other \gset
select tests.add_member(:'org'::uuid, 'admin') as admin \gset
select tests.add_member(:'org'::uuid, 'member') as member \gset
select tests.add_member(:'other'::uuid, 'admin') as other_admin \gset
select tests.issue_write_token(:'org'::uuid) as raw \gset
\set ev '{"title": "Board review", "starts_at": "2026-12-03T10:00:00Z", "ends_at": "2026-12-03T11:00:00Z"}'

select tests.act_as('tests_gateway');
select public.mcp_tools_call(:'raw', 'create_calendar_event', :'ev') -> 'structuredContent' ->> 'action_id' as action \gset
select public.mcp_tools_call(:'raw', 'create_calendar_event', :'ev') -> 'structuredContent' ->> 'action_id' as action2 \gset
select tests.call_eliciting(:'raw', 'create_calendar_event', :'ev') ->> 'requestState' as user_action \gset

select tests.act_as_user(:'member');
select throws_ok(format($$ select * from public.mcp_action_approve(%L) $$, :'action'), '42501', null, 'a member: 42501');
select throws_ok(format($$ select * from public.mcp_action_reject(%L) $$, :'action'), '42501', null, 'a member may not reject either');
select tests.act_as_user(:'other_admin');
select throws_ok(format($$ select * from public.mcp_action_approve(%L) $$, :'action'), '42501', null, 'an admin of another org: 42501');
select tests.act_as_user(:'admin');
select throws_ok(format($$ select * from public.mcp_action_approve(%L) $$, gen_random_uuid()), 'P0002', null, 'an unknown action: P0002');
select throws_ok(format($$ select * from public.mcp_action_approve(%L) $$, :'user_action'), 'MC041', null,
                 'an action awaiting the user''s confirmation: MC041');
select lives_ok(format($$ select * from public.mcp_action_approve(%L) $$, :'action'), 'the org''s admin approves');
select throws_ok(format($$ select * from public.mcp_action_approve(%L) $$, :'action'), 'MC041', null, 'approving it twice: MC041');
select * from public.mcp_action_reject(:'action2');
select throws_ok(format($$ select * from public.mcp_action_approve(%L) $$, :'action2'), 'MC041', null, 'approving a rejected one: MC041');
select tests.act_as_owner();
select is((select count(*) from app.calendar_events where org_id = :'org'), 1::bigint, 'one event, from the one approval');

select * from finish();
rollback;
