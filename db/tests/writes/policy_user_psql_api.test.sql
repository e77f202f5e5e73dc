-- public.mcp_tools_call (the psql API) cannot carry a retry's requestState and answer, so its
-- caller can never confirm in-band: even when its client facts say {"elicitation": true}, policy
-- user takes the admin path (awaiting_approval), never an input_required it cannot answer.
begin;
select plan(2);

select tests.create_org('Acme') as org \gset
select tests.issue_write_token(:'org'::uuid) as raw \gset
\set ev '{"title": "Board review", "starts_at": "2026-12-03T10:00:00Z", "ends_at": "2026-12-03T11:00:00Z"}'

select tests.act_as('tests_gateway');
select public.mcp_tools_call(:'raw', 'create_calendar_event', :'ev', '{"elicitation": true}') as answer \gset
select tests.act_as_owner();

select is(:'answer'::jsonb -> 'structuredContent' ->> 'status', 'awaiting_approval', 'awaiting_approval, not input_required');
select is((select decided_by_kind from mcp.actions where org_id = :'org'), 'admin', 'an admin decides (it is in mcp_pending_actions)');

select * from finish();
rollback;
