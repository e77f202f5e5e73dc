-- A tool runs in UTC whatever the caller's time zone, and the caller's zone is back after the call.
-- A caller already in UTC (UTC, or Etc/UTC, the default of many servers) is not switched: the
-- tool's timestamps read the same either way.
begin;
select plan(7);
select tests.create_org('Acme') as org \gset
select tests.issue_token(:'org'::uuid, 'caller') as raw \gset
create function mcp_tools.tests_zone(args jsonb) returns jsonb
language sql stable security definer set search_path = '' as $$
  select jsonb_build_object('zone', pg_catalog.current_setting('timezone'), 'at', '2026-01-01 12:00:00+00'::timestamptz)
$$;
select mcp.tool_register(name => 'tests_zone', title => 'Zone', description => 'Its time zone.',
  handler => 'mcp_tools.tests_zone(jsonb)', input_schema => '{"type": "object", "additionalProperties": false}',
  output_schema => '{"type": "object"}');
select tests.act_as('tests_gateway');

set local timezone = 'Europe/Paris';
select public.mcp_tools_call(:'raw', 'tests_zone', '{}', '{}') -> 'structuredContent' as paris \gset
select is(current_setting('timezone'), 'Europe/Paris', 'the caller''s zone is back after the call');
set local timezone = 'UTC';
select public.mcp_tools_call(:'raw', 'tests_zone', '{}', '{}') -> 'structuredContent' as utc \gset
set local timezone = 'Etc/UTC';
select public.mcp_tools_call(:'raw', 'tests_zone', '{}', '{}') -> 'structuredContent' as etc \gset
select is(current_setting('timezone'), 'Etc/UTC', 'a caller in Etc/UTC stays there');

select tests.act_as_owner();
select is(:'paris'::jsonb ->> 'zone', 'UTC', 'a caller in Europe/Paris: the tool runs in UTC');
select is(:'paris'::jsonb ->> 'at', '2026-01-01T12:00:00+00:00', 'and its timestamps read in UTC');
select is(:'utc'::jsonb ->> 'zone', 'UTC', 'a caller in UTC: UTC');
select is(:'etc'::jsonb ->> 'zone', 'Etc/UTC', 'a caller in Etc/UTC is not switched');
select is(:'etc'::jsonb ->> 'at', :'paris'::jsonb ->> 'at', 'and the tool''s timestamps read the same');

select * from finish();
rollback;
