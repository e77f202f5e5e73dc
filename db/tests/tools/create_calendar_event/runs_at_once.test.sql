-- create_calendar_event with a token whose writes need no confirmation (confirm {"*": "none"}):
-- the event is created at once in the token's org, with the defaults (no description, no place,
-- no attendees, not all day), and the answer is the stored event.
begin;
select plan(4);

select tests.create_org('Acme') as org \gset
select raw_token as raw from public.mcp_token_issue(:'org'::uuid, 'job', scopes => '{mcp:read,mcp:write}', confirm => '{"*": "none"}') \gset

select tests.act_as('tests_gateway');
select public.mcp_tools_call(:'raw', 'create_calendar_event',
         '{"title": "Standup", "starts_at": "2026-12-03T09:00:00Z", "ends_at": "2026-12-03T09:15:00Z"}') as answer \gset
select tests.act_as_owner();

select is(:'answer'::jsonb #>> '{structuredContent,status}', 'done', 'the write ran at once');
select is((select count(*) from app.calendar_events where org_id = :'org'), 1::bigint, 'one event in the token''s org');
select is(:'answer'::jsonb #> '{structuredContent,event}',
          (select app.calendar_event_json(e) from app.calendar_events e where e.org_id = :'org'),
          'the answer is the stored event');
select is((select jsonb_build_array(e.description, e.location, e.attendees, e.all_day) from app.calendar_events e where e.org_id = :'org'),
          '["", null, [], false]'::jsonb, 'with the defaults: empty description, no location, no attendees, not all day');

select * from finish();
rollback;
