-- An approval runs the write with the token that asked for it, so that token must still be able to
-- write: revoked meanwhile, or narrowed to {mcp:read} → MC041, and nothing is written (the
-- approval itself is undone: the action stays pending, to be rejected).
begin;
select plan(5);

select tests.create_org('Acme') as org \gset
select tests.add_member(:'org'::uuid, 'admin') as admin \gset
select tests.issue_write_token(:'org'::uuid, 'revoked later') as raw \gset
select tests.issue_write_token(:'org'::uuid, 'narrowed later') as raw2 \gset
select tests.token_id(:'raw') as tok \gset
select tests.token_id(:'raw2') as tok2 \gset
\set ev '{"title": "Board review", "starts_at": "2026-12-03T10:00:00Z", "ends_at": "2026-12-03T11:00:00Z"}'

select tests.act_as('tests_gateway');
select public.mcp_tools_call(:'raw', 'create_calendar_event', :'ev') -> 'structuredContent' ->> 'action_id' as action \gset
select public.mcp_tools_call(:'raw2', 'create_calendar_event', :'ev') -> 'structuredContent' ->> 'action_id' as action2 \gset
select tests.act_as_user(:'admin');
select public.mcp_token_revoke(:'tok');
update public.mcp_tokens set scopes = '{mcp:read}' where id = :'tok2';
select throws_ok(format($$ select * from public.mcp_action_approve(%L) $$, :'action'), 'MC041', null, 'the token was revoked: MC041');
select throws_ok(format($$ select * from public.mcp_action_approve(%L) $$, :'action2'), 'MC041', null, 'the token may no longer write: MC041');
select lives_ok(format($$ select * from public.mcp_action_reject(%L, 'token revoked') $$, :'action'), 'it can still be rejected');
select tests.act_as_owner();

select is((select count(*) from app.calendar_events where org_id = :'org'), 0::bigint, 'nothing was written');
select results_eq(format($$ select status from mcp.actions where id in (%L, %L) order by status $$, :'action', :'action2'),
                  $$ values ('pending'), ('rejected') $$, 'the refused approval left the action pending');

select * from finish();
rollback;
