-- create_calendar_event refuses, before any action exists, an end before the start and an event of
-- more than 31 days (22023, naming the times; the hint says how to fix it), a missing title and an
-- org_id argument (22023), an attendee whose email is not an email address (22023, naming it);
-- 31 days exactly is allowed. Nothing is created by a refusal.
begin;
select plan(10);

select tests.create_org('Acme') as org \gset
select raw_token as raw from public.mcp_token_issue(:'org'::uuid, 'job', scopes => '{mcp:read,mcp:write}', confirm => '{"*": "none"}') \gset

select tests.act_as('tests_gateway');
select public.mcp_tools_call(:'raw', 'create_calendar_event',
         '{"title": "Backwards", "starts_at": "2026-12-03T10:00:00Z", "ends_at": "2026-12-03T09:00:00Z"}') as backwards \gset
select public.mcp_tools_call(:'raw', 'create_calendar_event',
         '{"title": "Too long", "starts_at": "2026-12-01T00:00:00Z", "ends_at": "2027-01-01T00:00:01Z"}') as too_long \gset
select public.mcp_tools_call(:'raw', 'create_calendar_event',
         '{"starts_at": "2026-12-03T10:00:00Z", "ends_at": "2026-12-03T11:00:00Z"}') as untitled \gset
select public.mcp_tools_call(:'raw', 'create_calendar_event', jsonb_build_object('title', 'Elsewhere', 'org_id', gen_random_uuid(),
         'starts_at', '2026-12-03T10:00:00Z', 'ends_at', '2026-12-03T11:00:00Z')) as org_arg \gset
select public.mcp_tools_call(:'raw', 'create_calendar_event',
         '{"title": "Guests", "starts_at": "2026-12-03T10:00:00Z", "ends_at": "2026-12-03T11:00:00Z",
           "attendees": [{"email": "ada@example.com"}, {"email": "not an email"}]}') as bad_email \gset
select tests.act_as_owner();

select is(:'backwards'::jsonb - 'content', '{"isError": true, "_meta": {"sqlstate": "22023"}}'::jsonb, 'an end before the start: 22023');
select matches(:'backwards'::jsonb -> 'content' -> 0 ->> 'text',
               'ends_at 2026-12-03T09:00:00Z is before starts_at 2026-12-03T10:00:00Z Hint: An event ends at or after its start',
               'naming both times, with a hint');
select is(:'too_long'::jsonb -> '_meta' ->> 'sqlstate', '22023', 'more than 31 days: 22023');
select matches(:'too_long'::jsonb -> 'content' -> 0 ->> 'text', 'more than 31 days.*Hint: Split it', 'with the hint to split it');
select is(:'untitled'::jsonb -> '_meta' ->> 'sqlstate', '22023', 'no title: 22023');
select is(:'org_arg'::jsonb -> '_meta' ->> 'sqlstate', '22023', 'an org_id argument: 22023 (the org is the token''s)');
select is(:'bad_email'::jsonb -> '_meta' ->> 'sqlstate', '22023', 'an attendee''s email that is not one: 22023');
select matches(:'bad_email'::jsonb -> 'content' -> 0 ->> 'text', '^argument "attendees\[1\]\.email" must be an email address',
               'naming the attendee');
select is_empty(format('select from app.calendar_events where org_id = %L union all select from mcp.actions where org_id = %L',
                       :'org', :'org'), 'no event and no action came of the refusals');

select tests.act_as('tests_gateway');
select public.mcp_tools_call(:'raw', 'create_calendar_event',
         '{"title": "Month", "starts_at": "2026-12-01T00:00:00Z", "ends_at": "2027-01-01T00:00:00Z"}') as month \gset
select tests.act_as_owner();
select is(:'month'::jsonb #>> '{structuredContent,status}', 'done', 'exactly 31 days is allowed');

select * from finish();
rollback;
