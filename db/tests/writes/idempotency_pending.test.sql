-- An idempotency key while the action is pending: the same call again answers the same action —
-- asking the user again (input_required with the same requestState) or awaiting approval — and
-- makes no new one; once confirmed, the same call answers the done result.
begin;
select plan(6);

select tests.create_org('Acme') as org \gset
select tests.issue_write_token(:'org'::uuid, 'asks') as raw \gset
select tests.issue_write_token(:'org'::uuid, 'needs admin', confirm => '{"*": "admin"}') as raw_admin \gset
\set ev '{"title": "Board review", "starts_at": "2026-12-03T10:00:00Z", "ends_at": "2026-12-03T11:00:00Z", "idempotency_key": "k1"}'

select tests.act_as('tests_gateway');
select tests.call_eliciting(:'raw', 'create_calendar_event', :'ev', request_id => 'ip-1') as ask1 \gset
select tests.call_eliciting(:'raw', 'create_calendar_event', :'ev', request_id => 'ip-2') as ask2 \gset
select public.mcp_tools_call(:'raw_admin', 'create_calendar_event', :'ev', '{"request_id": "ip-3"}') as wait1 \gset
select public.mcp_tools_call(:'raw_admin', 'create_calendar_event', :'ev', '{"request_id": "ip-4"}') as wait2 \gset
select tests.call_eliciting(:'raw', 'create_calendar_event', :'ev', :'ask1'::jsonb ->> 'requestState', 'accept') as done \gset
select tests.call_eliciting(:'raw', 'create_calendar_event', :'ev', request_id => 'ip-5') as after \gset
select tests.act_as_owner();

select is(:'ask2'::jsonb, :'ask1'::jsonb, 'a user-confirmed action: asked again with the same requestState');
select is(:'wait2'::jsonb -> 'structuredContent' ->> 'action_id', :'wait1'::jsonb -> 'structuredContent' ->> 'action_id',
          'an admin-approved action: the same action id, still awaiting approval');
select is(:'after'::jsonb -> 'structuredContent', :'done'::jsonb -> 'structuredContent', 'once confirmed: the done result again');
select is((select count(*) from mcp.actions where org_id = :'org'), 2::bigint, 'two actions, one per token');
select is((select count(*) from app.calendar_events where org_id = :'org'), 1::bigint, 'one event');
select results_eq($$ select request_id, outcome::text from mcp.usage_log where request_id like 'ip-%' order by request_id $$,
                  $$ values ('ip-1', 'confirmation_required'), ('ip-2', 'confirmation_required'), ('ip-3', 'awaiting_approval'),
                            ('ip-4', 'awaiting_approval'), ('ip-5', 'ok') $$,
                  'each replay is logged as what it answered');

select * from finish();
rollback;
