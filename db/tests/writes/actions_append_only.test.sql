-- Actions are append-only but for their one decision, even for the table owner: no DELETE or
-- TRUNCATE of mcp.actions or mcp.action_changes, no UPDATE of a change (MC003); what was asked
-- (tool, arguments, preview, policy, who decides, expiry...) never changes (MC003); a decided
-- action is not decided again (MC041), nor is its record rewritten (MC003).
begin;
select plan(11);

select tests.create_org('Acme') as org \gset
select tests.add_member(:'org'::uuid, 'admin') as admin \gset
select tests.issue_write_token(:'org'::uuid, 'job', confirm => '{"*": "none"}') as raw_none \gset
select tests.issue_write_token(:'org'::uuid) as raw \gset
\set ev '{"title": "Board review", "starts_at": "2026-12-03T10:00:00Z", "ends_at": "2026-12-03T11:00:00Z"}'

select tests.act_as('tests_gateway');
select public.mcp_tools_call(:'raw_none', 'create_calendar_event', :'ev') -> 'structuredContent' ->> 'action_id' as done \gset
select public.mcp_tools_call(:'raw', 'create_calendar_event', :'ev') -> 'structuredContent' ->> 'action_id' as pending \gset
select tests.act_as_owner();

select throws_ok(format($$ delete from mcp.actions where id = %L $$, :'done'), 'MC003', null, 'the owner cannot DELETE an action');
set local client_min_messages = warning; -- not the cascade's notice
select throws_ok($$ truncate mcp.actions cascade $$, 'MC003', null, 'nor TRUNCATE mcp.actions');
select throws_ok($$ delete from mcp.action_changes $$, 'MC003', null, 'nor DELETE a change');
select throws_ok($$ update mcp.action_changes set after = '{}' $$, 'MC003', null, 'nor UPDATE a change');
select throws_ok($$ truncate mcp.action_changes $$, 'MC003', null, 'nor TRUNCATE mcp.action_changes');
select throws_ok(format($$ update mcp.actions set preview = 'Something harmless' where id = %L $$, :'pending'), 'MC003', null,
                 'what was asked cannot change: the preview');
select throws_ok(format($$ update mcp.actions set decided_by_kind = 'none' where id = %L $$, :'pending'), 'MC003', null,
                 'nor who decides');
select throws_ok(format($$ update mcp.actions set expires_at = expires_at + interval '1 year' where id = %L $$, :'pending'), 'MC003', null,
                 'nor the expiry');
select throws_ok(format($$ update mcp.actions set status = 'rejected' where id = %L $$, :'done'), 'MC041', null,
                 'a decided action cannot be decided again');
select throws_ok(format($$ update mcp.actions set result = '{"event": null}' where id = %L $$, :'done'), 'MC003', null,
                 'nor can its result be rewritten');
select tests.act_as_user(:'admin');
select * from public.mcp_action_approve(:'pending') \gset
select throws_ok(format($$ update mcp.actions set status = 'rejected', reason = 'changed my mind' where id = %L $$, :'pending'), 'MC041', null,
                 'an admin cannot turn an approval into a rejection');
select tests.act_as_owner();

select * from finish();
rollback;
