-- delete_calendar_event with another org's event id is refused at the preview, P0002, before any
-- action exists (so no admin is ever asked to approve it): the event stays.
begin;
select plan(4);

select tests.create_org('Acme') as a \gset
select tests.create_org('Acme') as b \gset
insert into app.calendar_events (org_id, id, title, starts_at, ends_at) values
  (:'b', 'e0000000-0000-4000-8000-00000000000b', 'Their secret meeting', '2026-12-03T10:00Z', '2026-12-03T11:00Z');
select raw_token as raw from public.mcp_token_issue(:'a'::uuid, 'assistant', scopes => '{mcp:read,mcp:write}') \gset
select raw_token as raw_none from public.mcp_token_issue(:'a'::uuid, 'job', scopes => '{mcp:read,mcp:write}', confirm => '{"*": "none"}') \gset

select tests.act_as('tests_gateway');
select public.mcp_tools_call(:'raw', 'delete_calendar_event', '{"event_id": "e0000000-0000-4000-8000-00000000000b"}') as theirs \gset
select public.mcp_tools_call(:'raw_none', 'delete_calendar_event', '{"event_id": "e0000000-0000-4000-8000-00000000000b"}') as at_once \gset
select tests.act_as_owner();

select is(:'theirs'::jsonb - 'content', '{"isError": true, "_meta": {"sqlstate": "P0002"}}'::jsonb, 'another org''s event: P0002');
select is(:'at_once'::jsonb - 'content', '{"isError": true, "_meta": {"sqlstate": "P0002"}}'::jsonb,
          'with a token that needs no confirmation too');
select unalike(:'theirs'::jsonb::text, '%secret%', 'without its title');
select ok(exists (select from app.calendar_events where org_id = :'b') and not exists (select from mcp.actions),
          'the event stays, and no action awaits approval');

select * from finish();
rollback;
