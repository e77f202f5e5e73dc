-- get_current_time refuses an unknown time zone, a non-string or empty timezone and unknown
-- arguments: isError true with 22023, logged as invalid_arguments.
begin;
select plan(7);

select tests.create_org('Acme') as org \gset
select tests.issue_token(:'org'::uuid, 'clock') as raw \gset
select tests.act_as('tests_gateway');
select public.mcp_tools_call(:'raw', 'get_current_time', '{"timezone": "Mars/Olympus"}', '{"request_id": "tz-mars"}') as mars \gset
select public.mcp_tools_call(:'raw', 'get_current_time', '{"timezone": 5}', '{"request_id": "tz-number"}') as number \gset
select public.mcp_tools_call(:'raw', 'get_current_time', '{"timezone": ""}', '{"request_id": "tz-empty"}') as empty \gset
select public.mcp_tools_call(:'raw', 'get_current_time', '{"tz": "UTC"}', '{"request_id": "tz-unknown-arg"}') as unknown_arg \gset
select tests.act_as_owner();

select is(:'mars'::jsonb - 'content', '{"isError": true, "_meta": {"sqlstate": "22023"}}'::jsonb,
          'an unknown time zone: isError true with 22023');
select matches(:'mars'::jsonb -> 'content' -> 0 ->> 'text', 'Mars/Olympus', 'the message names the zone');
select is(:'number'::jsonb - 'content', '{"isError": true, "_meta": {"sqlstate": "22023"}}'::jsonb,
          'a number for timezone: isError true with 22023');
select matches(:'number'::jsonb -> 'content' -> 0 ->> 'text', 'timezone', 'the message names the argument');
select is(:'empty'::jsonb -> '_meta' ->> 'sqlstate', '22023', 'an empty timezone: 22023');
select is(:'unknown_arg'::jsonb -> '_meta' ->> 'sqlstate', '22023', 'an unknown argument: 22023');
select results_eq(
  $$ select request_id, outcome::text, errcode from mcp.usage_log where request_id like 'tz-%' order by request_id $$,
  $$ values ('tz-empty', 'invalid_arguments', '22023'), ('tz-mars', 'invalid_arguments', '22023'),
            ('tz-number', 'invalid_arguments', '22023'), ('tz-unknown-arg', 'invalid_arguments', '22023') $$,
  'each is logged as invalid_arguments'
);

select * from finish();
rollback;
