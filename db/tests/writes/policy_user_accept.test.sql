-- The user accepts: the client's retry (the same arguments, the requestState and the answer
-- {"action": "accept", "content": {"confirm": true}}) runs the write in that call: one event,
-- the action confirmed by the user at the client, with its result; logged confirmed.
begin;
select plan(7);

select tests.create_org('Acme') as org \gset
select tests.issue_write_token(:'org'::uuid) as raw \gset
\set ev '{"title": "Board review", "starts_at": "2026-12-03T10:00:00Z", "ends_at": "2026-12-03T11:00:00Z"}'

select tests.act_as('tests_gateway');
select tests.call_eliciting(:'raw', 'create_calendar_event', :'ev', request_id => 'acc-1') ->> 'requestState' as state \gset
select tests.call_eliciting(:'raw', 'create_calendar_event', :'ev', :'state', 'accept', request_id => 'acc-2') as answer \gset
select tests.act_as_owner();
select :'answer'::jsonb -> 'structuredContent' as sc \gset

select is(:'answer'::jsonb -> 'isError', 'false'::jsonb, 'a CallToolResult, not an error');
select results_eq($$ select title from app.calendar_events where org_id = (select id from app.orgs where name = 'Acme') $$,
                  $$ values ('Board review') $$, 'one event, the one confirmed');
select is(:'sc'::jsonb ->> 'status', 'done', 'status done');
select is(:'sc'::jsonb -> 'event' ->> 'id', (select id::text from app.calendar_events where org_id = :'org'), 'with the new event');
select is(:'sc'::jsonb ->> 'action_id', :'state', 'and the action id');
select results_eq(format($$ select status, decided_by_kind, decided_by, decided_at is not null, result -> 'event' ->> 'id', run_arguments is null
                            from mcp.actions where id = %L $$, :'state'),
                  format($$ values ('confirmed', 'user', 'user at the client', true, %L, true) $$, :'sc'::jsonb -> 'event' ->> 'id'),
                  'the action: confirmed by the user at the client, when, with the result; the full arguments dropped');
select results_eq($$ select request_id, outcome::text, action_id from mcp.usage_log where org_id = (select id from app.orgs where name = 'Acme') order by request_id $$,
                  format($$ values ('acc-1', 'confirmation_required', %1$L::uuid), ('acc-2', 'confirmed', %1$L) $$, :'state'),
                  'two calls, two usage-log rows: confirmation_required, then confirmed, both with the action');

select * from finish();
rollback;
