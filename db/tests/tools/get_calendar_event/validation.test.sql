-- get_calendar_event refuses a malformed event_id (22P02, with a hint to take ids from
-- list_calendar_events), a missing event_id, a number for it and an unknown argument (22023).
begin;
select plan(8);

select tests.create_org('Acme') as org \gset
select tests.issue_token(:'org'::uuid, 'calendar') as raw \gset

select tests.act_as('tests_gateway');
select public.mcp_tools_call(:'raw', 'get_calendar_event', '{"event_id": "not-a-uuid"}', '{}') as malformed \gset
select public.mcp_tools_call(:'raw', 'get_calendar_event', '{"event_id": "2b7e0c1a3f4d4e5a9b6c7d8e9f0a1b2c"}', '{}') as no_dashes \gset
select public.mcp_tools_call(:'raw', 'get_calendar_event', '{}', '{}') as missing \gset
select public.mcp_tools_call(:'raw', 'get_calendar_event', '{"event_id": 42}', '{}') as number \gset
select public.mcp_tools_call(:'raw', 'get_calendar_event',
  '{"event_id": "2b7e0c1a-3f4d-4e5a-9b6c-7d8e9f0a1b2c", "verbose": true}', '{}') as unknown_arg \gset
select tests.act_as_owner();

select is(:'malformed'::jsonb - 'content', '{"isError": true, "_meta": {"sqlstate": "22P02"}}'::jsonb,
          'a malformed event_id: isError true with 22P02');
select matches(:'malformed'::jsonb -> 'content' -> 0 ->> 'text', '"event_id".*UUID', 'the message names the argument');
select matches(:'malformed'::jsonb -> 'content' -> 0 ->> 'text', 'Hint: .*list_calendar_events',
               'the hint says where valid ids come from: list_calendar_events');
select is(:'no_dashes'::jsonb -> '_meta' ->> 'sqlstate', '22P02', 'a uuid without dashes: 22P02');
select is(:'missing'::jsonb - 'content', '{"isError": true, "_meta": {"sqlstate": "22023"}}'::jsonb, 'no event_id: 22023');
select matches(:'missing'::jsonb -> 'content' -> 0 ->> 'text', '"event_id" is required', 'the message says it is required');
select is(:'number'::jsonb -> '_meta' ->> 'sqlstate', '22023', 'a number as event_id: 22023');
select is(:'unknown_arg'::jsonb - 'content', '{"isError": true, "_meta": {"sqlstate": "22023"}}'::jsonb,
          'an unknown argument: 22023');

select * from finish();
rollback;
