-- Policy admin, set by the token's confirm map (for the tool, or * for all its writes) or a DBA's
-- default: awaiting_approval even for a client that can ask its user; the tool's entry in the map
-- wins over *. Logged awaiting_approval.
begin;
select plan(7);

select tests.create_org('Acme') as org \gset
select tests.issue_write_token(:'org'::uuid, 'admin for this tool', confirm => '{"create_calendar_event": "admin"}') as raw_tool \gset
select tests.issue_write_token(:'org'::uuid, 'admin for all', confirm => '{"*": "admin"}') as raw_star \gset
select tests.issue_write_token(:'org'::uuid, 'tool beats star', confirm => '{"*": "admin", "create_calendar_event": "none"}') as raw_both \gset
select tests.issue_write_token(:'org'::uuid, 'default') as raw_default \gset
\set ev '{"title": "Board review", "starts_at": "2026-12-03T10:00:00Z", "ends_at": "2026-12-03T11:00:00Z"}'

select tests.act_as('tests_gateway');
select tests.call_eliciting(:'raw_tool', 'create_calendar_event', :'ev', request_id => 'adm-1') as a_tool \gset
select tests.call_eliciting(:'raw_star', 'create_calendar_event', :'ev', request_id => 'adm-2') as a_star \gset
select tests.call_eliciting(:'raw_both', 'create_calendar_event', :'ev', request_id => 'adm-3') as a_both \gset
select tests.act_as_owner();
update mcp.tools set confirm_policy = 'admin' where name = 'create_calendar_event';
select tests.act_as('tests_gateway');
select tests.call_eliciting(:'raw_default', 'create_calendar_event', :'ev', request_id => 'adm-4') as a_default \gset
select tests.act_as_owner();

select is(:'a_tool'::jsonb -> 'structuredContent' ->> 'status', 'awaiting_approval', 'confirm {tool: admin}: awaiting_approval, not input_required');
select is(:'a_star'::jsonb -> 'structuredContent' ->> 'status', 'awaiting_approval', 'confirm {*: admin}: awaiting_approval');
select is(:'a_both'::jsonb -> 'structuredContent' ->> 'status', 'done', 'the tool''s entry wins over *: none, done');
select is(:'a_default'::jsonb -> 'structuredContent' ->> 'status', 'awaiting_approval', 'a DBA''s default admin: awaiting_approval');
select results_eq($$ select policy, decided_by_kind, status from mcp.actions where org_id = (select id from app.orgs where name = 'Acme')
                     and id::text in (select action_id::text from mcp.usage_log where request_id in ('adm-1', 'adm-2', 'adm-4')) $$,
                  $$ values ('admin', 'admin', 'pending'), ('admin', 'admin', 'pending'), ('admin', 'admin', 'pending') $$,
                  'each is a pending action for an admin, policy admin');
select is((select count(*) from app.calendar_events where org_id = :'org'), 1::bigint, 'only the policy none call wrote');
select results_eq($$ select request_id, outcome::text from mcp.usage_log where request_id like 'adm-%' order by request_id $$,
                  $$ values ('adm-1', 'awaiting_approval'), ('adm-2', 'awaiting_approval'), ('adm-3', 'ok'), ('adm-4', 'awaiting_approval') $$,
                  'logged awaiting_approval (and ok for the one that ran)');

select * from finish();
rollback;
