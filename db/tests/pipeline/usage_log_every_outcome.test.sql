-- Every tools/call with a valid token writes exactly one mcp.usage_log row, whatever the outcome:
-- ok, invalid_arguments, tool_error, timeout, unknown_tool, tool_disabled, not_allowed, rate_limited;
-- with its org, token, tool, errcode (null only when ok) and a non-negative duration.
begin;
select plan(5);

select tests.create_org('Acme') as org \gset

create function mcp_tools.tests_moody(args jsonb) returns jsonb
language plpgsql stable security definer set search_path = '' as $$
begin
  if args ->> 'mode' = 'fail' then
    raise exception 'nothing here' using errcode = 'P0002';
  elsif args ->> 'mode' = 'slow' then
    perform pg_catalog.pg_sleep(2);
  end if;
  return '{}';
end
$$;
select mcp.tool_register(name => 'tests_moody', title => 'Moody', description => 'Fails or sleeps on demand.',
  handler => 'mcp_tools.tests_moody(jsonb)',
  input_schema => '{"type": "object", "properties": {"mode": {"type": "string", "enum": ["fine", "fail", "slow"]}}, "additionalProperties": false}',
  output_schema => '{"type": "object"}');
create function mcp_tools.tests_off(args jsonb) returns jsonb
language sql stable security definer set search_path = '' as $$ select '{}'::jsonb $$;
select mcp.tool_register(name => 'tests_off', title => 'Off', description => 'Disabled below.',
  handler => 'mcp_tools.tests_off(jsonb)',
  input_schema => '{"type": "object", "properties": {}, "additionalProperties": false}',
  output_schema => '{"type": "object"}');
update mcp.tools set enabled = false where name = 'tests_off';

select tests.issue_token(:'org'::uuid, 'all') as raw_all \gset
select tests.issue_token(:'org'::uuid, 'moody only', '{tests_moody}') as raw_moody \gset
select tests.issue_token(:'org'::uuid, 'one a minute', rate_limit => 1) as raw_slow \gset

create temp table expected (request_id text, raw text, tool text, args jsonb, outcome text, errcode text) on commit drop;
insert into expected values
  ('every-1-ok',        :'raw_all',   'tests_moody',      '{"mode": "fine"}', 'ok',                null),
  ('every-2-invalid',   :'raw_all',   'tests_moody',      '{"mode": "sad"}',  'invalid_arguments', '22023'),
  ('every-3-error',     :'raw_all',   'tests_moody',      '{"mode": "fail"}', 'tool_error',        'P0002'),
  ('every-4-timeout',   :'raw_all',   'tests_moody',      '{"mode": "slow"}', 'timeout',           '57014'),
  ('every-5-unknown',   :'raw_all',   'tests_nothing',    '{}',               'unknown_tool',      'MC010'),
  ('every-6-disabled',  :'raw_all',   'tests_off',        '{}',               'tool_disabled',     'MC012'),
  ('every-7-forbidden', :'raw_moody', 'get_current_time', '{}',               'not_allowed',       'MC011'),
  ('every-8-admitted',  :'raw_slow',  'get_current_time', '{}',               'ok',                null),
  ('every-9-limited',   :'raw_slow',  'get_current_time', '{}',               'rate_limited',      'MC020');
grant select on expected to public;

-- one call per statement, so that the statement timeout catches only the slow one
select tests.act_as('tests_gateway');
select public.mcp_tools_call(raw, tool, args, jsonb_build_object('request_id', request_id)) from expected where request_id = 'every-1-ok' \gset
select public.mcp_tools_call(raw, tool, args, jsonb_build_object('request_id', request_id)) from expected where request_id = 'every-2-invalid' \gset
select public.mcp_tools_call(raw, tool, args, jsonb_build_object('request_id', request_id)) from expected where request_id = 'every-3-error' \gset
set local statement_timeout = '300ms';
select public.mcp_tools_call(raw, tool, args, jsonb_build_object('request_id', request_id)) from expected where request_id = 'every-4-timeout' \gset
set local statement_timeout = 0;
select public.mcp_tools_call(raw, tool, args, jsonb_build_object('request_id', request_id)) from expected where request_id = 'every-5-unknown' \gset
select public.mcp_tools_call(raw, tool, args, jsonb_build_object('request_id', request_id)) from expected where request_id = 'every-6-disabled' \gset
select public.mcp_tools_call(raw, tool, args, jsonb_build_object('request_id', request_id)) from expected where request_id = 'every-7-forbidden' \gset
select public.mcp_tools_call(raw, tool, args, jsonb_build_object('request_id', request_id)) from expected where request_id = 'every-8-admitted' \gset
select public.mcp_tools_call(raw, tool, args, jsonb_build_object('request_id', request_id)) from expected where request_id = 'every-9-limited' \gset
select tests.act_as_owner();

select is((select count(*) from mcp.usage_log where org_id = :'org'), 9::bigint, 'nine calls, nine usage-log rows');
select results_eq(
  $$ select u.request_id, u.org_id, u.token_id, u.tool, u.outcome, u.errcode
     from mcp.usage_log u where u.request_id like 'every-%' order by u.request_id $$,
  $$ select e.request_id, k.org_id, k.id, e.tool, e.outcome, e.errcode
     from expected e join public.mcp_tokens k on k.token_hash = sha256(convert_to(e.raw, 'UTF8')) order by e.request_id $$,
  'one row per call, with its org, token, tool, outcome and errcode'
);
select is_empty($$ select request_id from mcp.usage_log where request_id like 'every-%' and outcome <> 'ok'
                   and (errcode is null or coalesce(message, '') = '') $$,
                'every failed call has an errcode and a message');
select is_empty($$ select request_id from mcp.usage_log where request_id like 'every-%' and outcome = 'ok'
                   and (errcode is not null or message is not null) $$,
                'an ok call has neither');
select is_empty($$ select request_id from mcp.usage_log where request_id like 'every-%' and not duration_us >= 0 $$,
                'every row has a duration of at least 0 µs');

select * from finish();
rollback;
