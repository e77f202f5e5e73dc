-- A confirmation arriving after the action expired writes nothing: the retry answers status
-- expired (logged expired), the action becomes expired, and the text tells the model to ask anew.
-- The expired action is made honestly, without touching the guard: the pipeline makes a pending
-- action, and the test inserts (as the table owner; INSERT is not guarded) a copy of its row that
-- was created 25 hours ago and expired an hour ago, so its digest is exactly the pipeline's.
begin;
select plan(6);

select tests.create_org('Acme') as org \gset
select tests.issue_write_token(:'org'::uuid) as raw \gset
\set ev '{"title": "Board review", "starts_at": "2026-12-03T10:00:00Z", "ends_at": "2026-12-03T11:00:00Z"}'

select tests.act_as('tests_gateway');
select tests.call_eliciting(:'raw', 'create_calendar_event', :'ev') ->> 'requestState' as fresh \gset
select tests.act_as_owner();
insert into mcp.actions (org_id, token_id, tool, arguments, run_arguments, arguments_digest, preview, policy, decided_by_kind,
                         created_at, expires_at)
select org_id, token_id, tool, arguments, run_arguments, arguments_digest, preview, policy, decided_by_kind,
       now() - interval '25 hours', now() - interval '1 hour'
from mcp.actions where id = :'fresh'
returning id as stale \gset

select tests.act_as('tests_gateway');
select tests.call_eliciting(:'raw', 'create_calendar_event', :'ev', :'stale', 'accept', request_id => 'exp-1') as answer \gset
select tests.act_as_owner();

select is(:'answer'::jsonb -> 'structuredContent' ->> 'status', 'expired', 'the late yes answers status expired');
select matches(:'answer'::jsonb -> 'content' -> 0 ->> 'text', '^Not done: this change was not confirmed in time, so nothing was changed. Call the tool again',
               'the text says nothing changed and to ask anew');
select is((select count(*) from app.calendar_events where org_id = :'org'), 0::bigint, 'nothing was written');
select results_eq(format($$ select status, decided_at is not null, result from mcp.actions where id = %L $$, :'stale'),
                  $$ values ('expired', true, null::jsonb) $$, 'the action is now expired, without a result');
select results_eq($$ select outcome::text, errcode, action_id::text from mcp.usage_log where request_id = 'exp-1' $$,
                  format($$ values ('expired', null::text, %L) $$, :'stale'), 'logged expired, with the action');
select tests.act_as('tests_gateway');
select is(tests.call_eliciting(:'raw', 'create_calendar_event', :'ev', :'stale', 'accept') -> '_meta' ->> 'sqlstate', 'MC040',
          'and the state is used up (MC040)');
select tests.act_as_owner();

select * from finish();
rollback;
