-- The rows a write changed are kept before and after: creating an event is one INSERT change in
-- mcp.action_changes (before null, after the new row), shown in public.mcp_actions.changes; rows
-- changed outside an action are not captured.
begin;
select plan(5);

select tests.create_org('Acme') as org \gset
select tests.add_member(:'org'::uuid, 'admin') as admin \gset
select tests.issue_write_token(:'org'::uuid, 'job', confirm => '{"*": "none"}') as raw \gset
\set ev '{"title": "Board review", "starts_at": "2026-12-03T10:00:00Z", "ends_at": "2026-12-03T11:00:00Z", "location": "Room 4"}'

select tests.act_as('tests_gateway');
select public.mcp_tools_call(:'raw', 'create_calendar_event', :'ev') -> 'structuredContent' ->> 'action_id' as action \gset
select tests.act_as_owner();
insert into app.calendar_events (org_id, title, starts_at, ends_at) values (:'org', 'by hand', now(), now());

select results_eq(format($$ select org_id, table_name, operation, before from mcp.action_changes where action_id = %L $$, :'action'),
                  format($$ values (%L::uuid, 'app.calendar_events', 'INSERT', null::jsonb) $$, :'org'),
                  'one change: an INSERT into app.calendar_events, in the org, with no before image');
select is((select after from mcp.action_changes where action_id = :'action'),
          (select to_jsonb(e) from app.calendar_events e where title = 'Board review'), 'its after image is the new row');
select is((select count(*) from mcp.action_changes), 1::bigint, 'the row inserted by hand, outside an action, is not captured');
select tests.act_as_user(:'admin');
select results_eq(format($$ select jsonb_array_length(changes), changes -> 0 ->> 'table', changes -> 0 ->> 'operation',
                                   changes -> 0 -> 'before', changes -> 0 -> 'after' ->> 'location' from public.mcp_actions where action_id = %L $$, :'action'),
                  $$ values (1, 'app.calendar_events', 'INSERT', 'null'::jsonb, 'Room 4') $$,
                  'public.mcp_actions shows the change to the org''s admin');
select tests.act_as_owner();
select is(current_setting('mcp.action_id', true), '', 'after the call, no action is named in the session');

select * from finish();
rollback;
