-- create_calendar_event writes into the token's org only: another org's calendar gains nothing,
-- and the action and its captured row belong to the token's org.
begin;
select plan(4);

select tests.create_org('Acme') as a \gset
select tests.create_org('Acme') as b \gset
insert into app.calendar_events (org_id, title, starts_at, ends_at) values (:'b', 'Theirs', now(), now() + interval '1 hour');
select raw_token as raw from public.mcp_token_issue(:'a'::uuid, 'job', scopes => '{mcp:read,mcp:write}', confirm => '{"*": "none"}') \gset

select tests.act_as('tests_gateway');
select public.mcp_tools_call(:'raw', 'create_calendar_event',
         '{"title": "Ours", "starts_at": "2026-12-03T10:00:00Z", "ends_at": "2026-12-03T11:00:00Z"}') as answer \gset
select tests.act_as_owner();

select is(:'answer'::jsonb #>> '{structuredContent,status}', 'done', 'the call succeeds');
select results_eq(format('select title from app.calendar_events where org_id = %L', :'a'), $$ values ('Ours') $$,
                  'the event is in the token''s org');
select results_eq(format('select title from app.calendar_events where org_id = %L', :'b'), $$ values ('Theirs') $$,
                  'the other org''s calendar is as it was');
select results_eq(
  $$ select a.org_id, c.org_id from mcp.actions a join mcp.action_changes c on c.action_id = a.id $$,
  format($$ values (%L::uuid, %L::uuid) $$, :'a', :'a'),
  'the action and its captured row belong to the token''s org');

select * from finish();
rollback;
