-- A confirmation is used once: replaying the accepted retry (same state, same answer) is refused
-- with MC040 (invalid_arguments) and writes nothing more; so is a retry of a declined one.
begin;
select plan(6);

select tests.create_org('Acme') as org \gset
select tests.issue_write_token(:'org'::uuid) as raw \gset
\set ev '{"title": "Board review", "starts_at": "2026-12-03T10:00:00Z", "ends_at": "2026-12-03T11:00:00Z"}'

select tests.act_as('tests_gateway');
select tests.call_eliciting(:'raw', 'create_calendar_event', :'ev') ->> 'requestState' as state \gset
select tests.call_eliciting(:'raw', 'create_calendar_event', :'ev', :'state', 'accept') -> 'structuredContent' ->> 'status' as first \gset
select tests.call_eliciting(:'raw', 'create_calendar_event', :'ev', :'state', 'accept', request_id => 'replay-1') as replay \gset
select tests.call_eliciting(:'raw', 'create_calendar_event', :'ev') ->> 'requestState' as state2 \gset
select tests.call_eliciting(:'raw', 'create_calendar_event', :'ev', :'state2', 'decline') -> 'structuredContent' ->> 'status' as declined \gset
select tests.call_eliciting(:'raw', 'create_calendar_event', :'ev', :'state2', 'accept', request_id => 'replay-2') as replay2 \gset
select tests.act_as_owner();

select is(:'first'::text, 'done', 'the first accepted retry wrote');
select is(:'replay'::jsonb -> '_meta' ->> 'sqlstate', 'MC040', 'its replay is refused: MC040');
select is(:'replay'::jsonb -> 'isError', 'true'::jsonb, 'as an error result');
select is(:'replay2'::jsonb -> '_meta' ->> 'sqlstate', 'MC040', 'accepting a declined confirmation afterwards: MC040');
select is((select count(*) from app.calendar_events where org_id = :'org'), 1::bigint, 'one event, however often replayed');
select results_eq($$ select request_id, outcome::text, errcode from mcp.usage_log where request_id like 'replay-%' order by request_id $$,
                  $$ values ('replay-1', 'invalid_arguments', 'MC040'), ('replay-2', 'invalid_arguments', 'MC040') $$,
                  'each refused replay is one usage-log row, invalid_arguments MC040');

select * from finish();
rollback;
