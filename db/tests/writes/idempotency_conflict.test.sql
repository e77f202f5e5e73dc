-- The same idempotency key with other arguments is refused (22023) and writes nothing; keys are
-- per token (another token's same key is its own); a key longer than 200 characters is refused.
begin;
select plan(6);

select tests.create_org('Acme') as org \gset
select tests.issue_write_token(:'org'::uuid, 'one', confirm => '{"*": "none"}') as raw \gset
select tests.issue_write_token(:'org'::uuid, 'two', confirm => '{"*": "none"}') as raw2 \gset
\set ev '{"title": "Board review", "starts_at": "2026-12-03T10:00:00Z", "ends_at": "2026-12-03T11:00:00Z", "idempotency_key": "k1"}'

select tests.act_as('tests_gateway');
select public.mcp_tools_call(:'raw', 'create_calendar_event', :'ev') as first \gset
select public.mcp_tools_call(:'raw', 'create_calendar_event', :'ev'::jsonb || '{"title": "Something else"}', '{"request_id": "ic-1"}') as other_args \gset
select public.mcp_tools_call(:'raw2', 'create_calendar_event', :'ev') as other_token \gset
select public.mcp_tools_call(:'raw', 'create_calendar_event', :'ev'::jsonb || jsonb_build_object('idempotency_key', repeat('k', 201)),
                             '{"request_id": "ic-2"}') as too_long \gset
select tests.act_as_owner();

select is(:'other_args'::jsonb -> '_meta' ->> 'sqlstate', '22023', 'the same key with other arguments: 22023');
select matches(:'other_args'::jsonb -> 'content' -> 0 ->> 'text', 'idempotency_key "k1" was used', 'naming the key');
select isnt(:'other_token'::jsonb -> 'structuredContent' -> 'event' ->> 'id', :'first'::jsonb -> 'structuredContent' -> 'event' ->> 'id',
            'another token''s same key makes its own event');
select is(:'too_long'::jsonb -> '_meta' ->> 'sqlstate', '22023', 'a key of 201 characters: 22023');
select results_eq($$ select title from app.calendar_events where org_id = (select id from app.orgs where name = 'Acme') $$,
                  $$ values ('Board review'), ('Board review') $$, 'two events, one per token; nothing for the refused calls');
select results_eq($$ select request_id, outcome::text, errcode, action_id from mcp.usage_log where request_id like 'ic-%' order by request_id $$,
                  $$ values ('ic-1', 'invalid_arguments', '22023', null::uuid), ('ic-2', 'invalid_arguments', '22023', null) $$,
                  'both refusals are logged invalid_arguments, with no action');

select * from finish();
rollback;
