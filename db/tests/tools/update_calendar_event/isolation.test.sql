-- update_calendar_event with another org's event id (or an unknown one) is refused at the preview,
-- P0002 "not found or not visible", before the user is asked or an action made: the other org's
-- event stays as it was, and its title does not show.
begin;
select plan(5);

select tests.create_org('Acme') as a \gset
select tests.create_org('Acme') as b \gset
insert into app.calendar_events (org_id, id, title, starts_at, ends_at) values
  (:'b', 'e0000000-0000-4000-8000-00000000000b', 'Their secret meeting', '2026-12-03T10:00Z', '2026-12-03T11:00Z');
select to_jsonb(e) as before from app.calendar_events e \gset
select raw_token as raw from public.mcp_token_issue(:'a'::uuid, 'job', scopes => '{mcp:read,mcp:write}', confirm => '{"*": "none"}') \gset
select raw_token as raw_user from public.mcp_token_issue(:'a'::uuid, 'assistant', scopes => '{mcp:read,mcp:write}') \gset

select tests.act_as('tests_gateway');
select public.mcp_tools_call(:'raw', 'update_calendar_event',
         '{"event_id": "e0000000-0000-4000-8000-00000000000b", "title": "Mine now"}') as theirs \gset
select public.mcp_tools_call_json(:'raw_user', '{"name": "update_calendar_event",
         "arguments": {"event_id": "e0000000-0000-4000-8000-00000000000b", "title": "Mine now"}}', '{"elicitation": true}') as asked \gset
select tests.act_as_owner();

select is(:'theirs'::jsonb - 'content', '{"isError": true, "_meta": {"sqlstate": "P0002"}}'::jsonb, 'another org''s event: P0002');
select matches(:'theirs'::jsonb -> 'content' -> 0 ->> 'text', 'not found or not visible', 'not found or not visible');
select unalike(:'theirs'::jsonb::text, '%secret%', 'without its title');
select is(:'asked'::jsonb -> '_meta' ->> 'sqlstate', 'P0002', 'a user is never asked about it: P0002 too');
select ok((select to_jsonb(e) = :'before'::jsonb from app.calendar_events e) and not exists (select from mcp.actions),
          'the other org''s event is unchanged, and no action was made');

select * from finish();
rollback;
