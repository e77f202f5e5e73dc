-- Policy user, but the client cannot ask its user (the psql API; a client without the
-- elicitation capability): the write never runs unconfirmed. It falls back to an admin's
-- approval: status awaiting_approval, decided_by_kind admin, listed in mcp_pending_actions,
-- the answer telling the model so; logged awaiting_approval. Its id is no requestState.
begin;
select plan(8);

select tests.create_org('Acme') as org \gset
select tests.issue_write_token(:'org'::uuid) as raw \gset
\set ev '{"title": "Board review", "starts_at": "2026-12-03T10:00:00Z", "ends_at": "2026-12-03T11:00:00Z"}'

select tests.act_as('tests_gateway');
select public.mcp_tools_call(:'raw', 'create_calendar_event', :'ev', '{"request_id": "noel-1"}') as answer \gset
select public.mcp_tools_call_json(:'raw', json_build_object('name', 'create_calendar_event', 'arguments', :'ev'::json),
                                  '{"request_id": "noel-2"}') as answer_json \gset
select tests.call_eliciting(:'raw', 'create_calendar_event', :'ev', :'answer'::jsonb -> 'structuredContent' ->> 'action_id', 'accept',
                            request_id => 'noel-3') as forged \gset
select tests.act_as_owner();
select :'answer'::jsonb -> 'structuredContent' ->> 'action_id' as action \gset

select is(:'answer'::jsonb -> 'structuredContent' ->> 'status', 'awaiting_approval', 'psql API: awaiting_approval');
select is(:'answer_json'::jsonb -> 'structuredContent' ->> 'status', 'awaiting_approval', 'a client without elicitation: the same');
select matches(:'answer'::jsonb -> 'content' -> 0 ->> 'text', 'needs an org admin''s approval .*mcp_action_approve',
               'the text tells the model an admin must approve it, and how');
select results_eq(format($$ select status, policy, decided_by_kind from mcp.actions where id = %L $$, :'action'),
                  $$ values ('pending', 'user', 'admin') $$, 'the action: pending, policy user, decided by an admin');
select ok(exists (select from public.mcp_pending_actions where action_id = :'action'), 'mcp_pending_actions lists it');
select is(:'forged'::jsonb -> '_meta' ->> 'sqlstate', 'MC040', 'its id as a requestState with a yes is refused (MC040)');
select is((select count(*) from app.calendar_events where org_id = :'org'), 0::bigint, 'nothing was written');
select results_eq($$ select request_id, outcome::text, errcode, message from mcp.usage_log where request_id like 'noel-%' order by request_id $$,
                  $$ values ('noel-1', 'awaiting_approval', null::text, 'the client cannot ask the user (no elicitation): an admin must approve'),
                            ('noel-2', 'awaiting_approval', null, 'the client cannot ask the user (no elicitation): an admin must approve'),
                            ('noel-3', 'invalid_arguments', 'MC040', 'requestState names no confirmation of this token and tool') $$,
                  'each call one usage-log row: awaiting_approval, saying why; the forged retry invalid_arguments MC040');

select * from finish();
rollback;
