-- Policy none (a token an admin marked so): the write runs at once, in the call. The answer is a
-- CallToolResult with the new event and status done; the action is executed, decided by no one;
-- the call is one usage-log row, ok, with the action id.
begin;
select plan(8);

select tests.create_org('Acme') as org \gset
select tests.issue_write_token(:'org'::uuid, 'job', confirm => '{"create_calendar_event": "none"}') as raw \gset
\set ev '{"title": "Board review", "starts_at": "2026-12-03T10:00:00Z", "ends_at": "2026-12-03T11:00:00Z", "attendees": [{"email": "a@example.org"}]}'

select tests.act_as('tests_gateway');
select public.mcp_tools_call(:'raw', 'create_calendar_event', :'ev', '{"request_id": "none-1"}') as answer \gset
select tests.act_as_owner();
select :'answer'::jsonb -> 'structuredContent' as sc \gset

select is(:'answer'::jsonb -> 'isError', 'false'::jsonb, 'not an error');
select results_eq($$ select title, starts_at, ends_at, attendees from app.calendar_events where org_id = (select id from app.orgs where name = 'Acme') $$,
                  $$ values ('Board review', '2026-12-03 10:00Z'::timestamptz, '2026-12-03 11:00Z'::timestamptz, '[{"email": "a@example.org"}]'::jsonb) $$,
                  'exactly the event asked for was created');
select is(:'sc'::jsonb -> 'event' ->> 'id', (select id::text from app.calendar_events where org_id = :'org'),
          'the answer holds the new event');
select is(:'sc'::jsonb - 'event' - 'action_id',
          '{"status": "done", "preview": "Create event ''Board review'', Thu 3 Dec 2026 10:00–11:00 UTC, 1 attendee", "expires_at": null}'::jsonb,
          'with status done and the preview');
select is((:'answer'::jsonb -> 'content' -> 0 ->> 'text'), 'Done: ' || (:'sc'::jsonb ->> 'preview') || e'\n' || (:'sc'::jsonb)::text,
          'the text says it is done, then the structured result');
select results_eq(format($$ select status, policy, decided_by_kind, decided_by, result, run_arguments is null from mcp.actions where id = %L $$,
                         :'sc'::jsonb ->> 'action_id'),
                  format($$ values ('executed', 'none', 'none', 'policy none', %L::jsonb, true) $$,
                         jsonb_build_object('event', :'sc'::jsonb -> 'event')),
                  'the action: executed, policy none, decided by no one, with the result; the full arguments not kept');
select results_eq($$ select outcome::text, errcode, action_id::text from mcp.usage_log where org_id = (select id from app.orgs where name = 'Acme') $$,
                  format($$ values ('ok', null::text, %L) $$, :'sc'::jsonb ->> 'action_id'),
                  'one usage-log row: ok, with the action id');
select is((select count(*) from mcp.actions where org_id = :'org'), 1::bigint, 'one action');

select * from finish();
rollback;
