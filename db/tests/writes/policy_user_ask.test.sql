-- Policy user (the default), a client that can ask its user: the first call changes nothing and
-- answers input_required: an elicitation/create form with the preview as its message and one
-- boolean, confirm, and a requestState naming the pending action; logged confirmation_required
-- with the action id. A retry with the state but no answer asks again.
begin;
select plan(9);

select tests.create_org('Acme') as org \gset
select tests.issue_write_token(:'org'::uuid) as raw \gset
\set ev '{"title": "Board review", "starts_at": "2026-12-03T10:00:00Z", "ends_at": "2026-12-03T11:00:00Z", "attendees": [{"email": "a@example.org"}, {"email": "b@example.org"}]}'

select tests.act_as('tests_gateway');
select tests.call_eliciting(:'raw', 'create_calendar_event', :'ev', request_id => 'ask-1') as answer \gset
select tests.call_eliciting(:'raw', 'create_calendar_event', :'ev', :'answer'::jsonb ->> 'requestState', request_id => 'ask-2') as again \gset
select tests.act_as_owner();
select id as action from mcp.actions where org_id = :'org' \gset

select is((select array_agg(k order by k) from jsonb_object_keys(:'answer'::jsonb) k), array['inputRequests', 'requestState', 'resultType'],
          'the answer has exactly resultType, inputRequests and requestState');
select is(:'answer'::jsonb ->> 'resultType', 'input_required', 'resultType input_required');
select is(:'answer'::jsonb -> 'inputRequests',
          '{"confirm": {"method": "elicitation/create", "params": {"mode": "form",
             "message": "Create event ''Board review'', Thu 3 Dec 2026 10:00–11:00 UTC, 2 attendees\n\nMake this change?",
             "requestedSchema": {"type": "object", "required": ["confirm"], "properties": {"confirm": {"type": "boolean",
               "title": "Make this change", "description": "Create event ''Board review'', Thu 3 Dec 2026 10:00–11:00 UTC, 2 attendees"}}}}}}'::jsonb,
          'one input request, confirm: an elicitation/create form with the preview as message and a required boolean confirm');
select is(:'answer'::jsonb ->> 'requestState', :'action', 'requestState is the action id');
select results_eq(format($$ select status, policy, decided_by_kind, preview, expires_at - created_at from mcp.actions where id = %L $$, :'action'),
                  $$ values ('pending', 'user', 'user', 'Create event ''Board review'', Thu 3 Dec 2026 10:00–11:00 UTC, 2 attendees', interval '24 hours') $$,
                  'the action is pending, for the user to decide, for 24 hours');
select is((select count(*) from app.calendar_events where org_id = :'org'), 0::bigint, 'nothing is written yet');
select results_eq($$ select request_id, outcome::text, errcode, action_id from mcp.usage_log where request_id like 'ask-%' order by request_id $$,
                  format($$ values ('ask-1', 'confirmation_required', null::text, %1$L::uuid), ('ask-2', 'confirmation_required', null, %1$L) $$, :'action'),
                  'each call is one usage-log row, confirmation_required, with the action id');
select is(:'again'::jsonb, :'answer'::jsonb, 'a retry without an answer asks the same again');
select is((select count(*) from mcp.actions where org_id = :'org'), 1::bigint, 'and makes no new action');

select * from finish();
rollback;
