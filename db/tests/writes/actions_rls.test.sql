-- Who reads actions: an org's admins see its actions (mcp_actions, mcp_pending_actions, and the
-- changes), not another org's; members see none; DBAs see all; app users never see the full
-- arguments of a pending action (run_arguments).
begin;
select plan(9);

select tests.create_org('Acme') as org \gset
select tests.create_org('Other') as other \gset
select tests.add_member(:'org'::uuid, 'admin') as admin \gset
select tests.add_member(:'org'::uuid, 'member') as member \gset
select tests.add_member(:'other'::uuid, 'admin') as other_admin \gset
select tests.issue_write_token(:'org'::uuid) as raw \gset
select tests.issue_write_token(:'other'::uuid, 'job', confirm => '{"*": "none"}') as raw_other \gset
\set ev '{"title": "Board review", "starts_at": "2026-12-03T10:00:00Z", "ends_at": "2026-12-03T11:00:00Z"}'

select tests.act_as('tests_gateway');
select public.mcp_tools_call(:'raw', 'create_calendar_event', :'ev') -> 'structuredContent' ->> 'action_id' as a_action \gset
select public.mcp_tools_call(:'raw_other', 'create_calendar_event', :'ev') -> 'structuredContent' ->> 'action_id' as b_action \gset

select tests.act_as_user(:'admin');
select results_eq($$ select action_id::text from public.mcp_actions $$, format($$ values (%L) $$, :'a_action'),
                  'an org admin sees the org''s actions only');
select results_eq($$ select action_id::text from public.mcp_pending_actions $$, format($$ values (%L) $$, :'a_action'),
                  'and its pending ones');
select results_eq($$ select id::text from mcp.actions $$, format($$ values (%L) $$, :'a_action'), 'the same in the table');
select throws_ok($$ select run_arguments from mcp.actions $$, '42501', null, 'but not the full arguments');
select tests.act_as_user(:'other_admin');
select results_eq($$ select action_id::text, jsonb_array_length(changes) from public.mcp_actions $$, format($$ values (%L, 1) $$, :'b_action'),
                  'the other org''s admin sees theirs, with its change');
select tests.act_as_user(:'member');
select is_empty($$ select * from public.mcp_actions $$, 'a member sees no actions');
select is_empty($$ select * from mcp.action_changes $$, 'nor changes');
select tests.act_as('tests_dba');
select set_eq($$ select action_id::text from public.mcp_actions $$, format($$ values (%L), (%L) $$, :'a_action', :'b_action'),
              'a DBA sees every org''s actions');
select tests.act_as('tests_gateway');
select throws_ok($$ select * from public.mcp_actions $$, '42501', null, 'the gateway reads no actions');
select tests.act_as_owner();

select * from finish();
rollback;
