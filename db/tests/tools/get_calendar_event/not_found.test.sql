-- get_calendar_event with a well-formed id that names no event of the token's org (unknown, or
-- another org's) answers isError true with P0002 "not found or not visible".
begin;
select plan(5);

select tests.create_org('Acme') as org \gset
select tests.create_org('Other') as other \gset
select tests.issue_token(:'org'::uuid, 'calendar') as raw \gset
insert into app.calendar_events (org_id, title, starts_at, ends_at)
values (:'other', 'Their meeting', now(), now() + interval '1 hour') returning id as theirs \gset

select tests.act_as('tests_gateway');
select public.mcp_tools_call(:'raw', 'get_calendar_event', '{"event_id": "00000000-0000-4000-8000-000000000000"}', '{}') as unknown \gset
select public.mcp_tools_call(:'raw', 'get_calendar_event', jsonb_build_object('event_id', :'theirs'), '{}') as other_org \gset
select tests.act_as_owner();

select is(:'unknown'::jsonb - 'content', '{"isError": true, "_meta": {"sqlstate": "P0002"}}'::jsonb,
          'an unknown id: isError true with P0002');
select matches(:'unknown'::jsonb -> 'content' -> 0 ->> 'text', 'not found or not visible', 'the message says not found or not visible');
select matches(:'unknown'::jsonb -> 'content' -> 0 ->> 'text', 'Hint: .*list_calendar_events', 'and hints at list_calendar_events');
select is(:'other_org'::jsonb - 'content', '{"isError": true, "_meta": {"sqlstate": "P0002"}}'::jsonb,
          'another org''s event: P0002 too');
select unalike(:'other_org'::jsonb -> 'content' -> 0 ->> 'text', '%Their meeting%', 'without its title');

select * from finish();
rollback;
