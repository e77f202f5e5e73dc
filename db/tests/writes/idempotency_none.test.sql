-- An idempotency key, policy none: the same token, tool and key within 24 hours answers the first
-- result again and writes nothing: one event, the second answer names the same event and action,
-- and is logged ok with that action id.
begin;
select plan(6);

select tests.create_org('Acme') as org \gset
select tests.issue_write_token(:'org'::uuid, 'job', confirm => '{"*": "none"}') as raw \gset
\set ev '{"title": "Board review", "starts_at": "2026-12-03T10:00:00Z", "ends_at": "2026-12-03T11:00:00Z", "idempotency_key": "board-2026-12-03"}'

select tests.act_as('tests_gateway');
select public.mcp_tools_call(:'raw', 'create_calendar_event', :'ev', '{"request_id": "idem-1"}') as first \gset
select public.mcp_tools_call(:'raw', 'create_calendar_event', :'ev', '{"request_id": "idem-2"}') as second \gset
select tests.act_as_owner();

select is((select count(*) from app.calendar_events where org_id = :'org'), 1::bigint, 'one event');
select is((select count(*) from mcp.actions where org_id = :'org'), 1::bigint, 'one action');
select is(:'second'::jsonb -> 'structuredContent' -> 'event' ->> 'id', :'first'::jsonb -> 'structuredContent' -> 'event' ->> 'id',
          'the second call answers the same event');
select is(:'second'::jsonb -> 'structuredContent', :'first'::jsonb -> 'structuredContent', 'in fact the same result');
select results_eq($$ select request_id, outcome::text, errcode, action_id from mcp.usage_log where request_id like 'idem-%' order by request_id $$,
                  format($$ values ('idem-1', 'ok', null::text, %1$L::uuid), ('idem-2', 'ok', null, %1$L) $$,
                         :'first'::jsonb -> 'structuredContent' ->> 'action_id'),
                  'both calls are logged ok with the one action');
select is((select idempotency_key from mcp.actions where org_id = :'org'), 'board-2026-12-03', 'the action keeps the key');

select * from finish();
rollback;
