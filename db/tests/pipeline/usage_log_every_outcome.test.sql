-- Every tools/call with a valid token writes exactly one mcp.usage_log row, whatever the outcome:
-- ok, invalid_arguments, tool_error, timeout, unknown_tool, tool_disabled, not_allowed, rate_limited,
-- internal_error; with its org, token, tool, errcode (null only when ok) and a non-negative
-- duration. The steps of a write's confirmation too (confirmation_required, confirmed, declined,
-- awaiting_approval, expired, and not_allowed for a read-only token), each with its action, and so
-- do an admin's approval and rejection (approved, rejected): every outcome the table allows is seen.
begin;
select plan(8);

select tests.create_org('Acme') as org \gset

create function mcp_tools.tests_moody(args jsonb) returns jsonb
language plpgsql stable security definer set search_path = '' as $$
begin
  if args ->> 'mode' = 'fail' then
    raise exception 'nothing here' using errcode = 'P0002';
  elsif args ->> 'mode' = 'slow' then
    perform pg_catalog.pg_sleep(2);
  elsif args ->> 'mode' = 'list' then
    return '[]';
  end if;
  return '{}';
end
$$;
select mcp.tool_register(name => 'tests_moody', title => 'Moody', description => 'Fails or sleeps on demand.',
  handler => 'mcp_tools.tests_moody(jsonb)',
  input_schema => '{"type": "object", "properties": {"mode": {"type": "string", "enum": ["fine", "fail", "slow", "list"]}}, "additionalProperties": false}',
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
select tests.issue_write_token(:'org'::uuid, 'writer') as raw_write \gset
select tests.add_member(:'org'::uuid, 'admin') as admin \gset

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
  ('every-9-limited',   :'raw_slow',  'get_current_time', '{}',               'rate_limited',      'MC020'),
  ('every-a-internal',  :'raw_all',   'tests_moody',      '{"mode": "list"}', 'internal_error',    'MC030'),
  ('every-b-scope',     :'raw_all',   'create_calendar_event',
     '{"title": "T", "starts_at": "2026-12-03T10:00:00Z", "ends_at": "2026-12-03T11:00:00Z"}', 'not_allowed', 'MC013');
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
select public.mcp_tools_call(raw, tool, args, jsonb_build_object('request_id', request_id)) from expected where request_id = 'every-a-internal' \gset
select public.mcp_tools_call(raw, tool, args, jsonb_build_object('request_id', request_id)) from expected where request_id = 'every-b-scope' \gset

-- a write's steps: asked and confirmed, asked and declined, awaiting approval then approved or
-- rejected, asked and answered too late
\set ev '{"title": "Board review", "starts_at": "2026-12-03T10:00:00Z", "ends_at": "2026-12-03T11:00:00Z"}'
select tests.call_eliciting(:'raw_write', 'create_calendar_event', :'ev', request_id => 'write-1-ask') ->> 'requestState' as s1 \gset
select tests.call_eliciting(:'raw_write', 'create_calendar_event', :'ev', :'s1', 'accept', request_id => 'write-2-confirmed') \gset
select tests.call_eliciting(:'raw_write', 'create_calendar_event', :'ev', request_id => 'write-3-ask') ->> 'requestState' as s2 \gset
select tests.call_eliciting(:'raw_write', 'create_calendar_event', :'ev', :'s2', 'decline', request_id => 'write-4-declined') \gset
select public.mcp_tools_call(:'raw_write', 'create_calendar_event', :'ev', '{"request_id": "write-5-awaiting"}')
         -> 'structuredContent' ->> 'action_id' as a1 \gset
select public.mcp_tools_call(:'raw_write', 'create_calendar_event', :'ev', '{"request_id": "write-6-awaiting"}')
         -> 'structuredContent' ->> 'action_id' as a2 \gset
select tests.call_eliciting(:'raw_write', 'create_calendar_event', :'ev', request_id => 'write-7-ask') ->> 'requestState' as s3 \gset
select tests.act_as_user(:'admin');
select * from public.mcp_action_approve(:'a1') \gset
select * from public.mcp_action_reject(:'a2') \gset
-- the late answer: to a copy of the pending action inserted by the owner, created 25 and expired 1 hour ago
select tests.act_as_owner();
insert into mcp.actions (org_id, token_id, tool, arguments, run_arguments, arguments_digest, preview, policy, decided_by_kind,
                         created_at, expires_at)
select org_id, token_id, tool, arguments, run_arguments, arguments_digest, preview, policy, decided_by_kind,
       now() - interval '25 hours', now() - interval '1 hour'
from mcp.actions where id = :'s3'
returning id as stale \gset
select tests.act_as('tests_gateway');
select tests.call_eliciting(:'raw_write', 'create_calendar_event', :'ev', :'stale', 'accept', request_id => 'write-8-expired') \gset
select tests.act_as_owner();

select is((select count(*) from mcp.usage_log where org_id = :'org'), 21::bigint,
          'eleven calls, eight calls of a write tool and two decisions: twenty-one usage-log rows');
select results_eq(
  $$ select u.request_id, u.org_id, u.token_id, u.tool, u.outcome::text, u.errcode
     from mcp.usage_log u where u.request_id like 'every-%' order by u.request_id $$,
  $$ select e.request_id, k.org_id, k.id, e.tool, e.outcome, e.errcode
     from expected e join public.mcp_tokens k on k.token_hash = sha256(convert_to(e.raw, 'UTF8')) order by e.request_id $$,
  'one row per call, with its org, token, tool, outcome and errcode'
);
select is_empty($$ select request_id from mcp.usage_log where request_id like 'every-%' and outcome <> 'ok'
                   and (errcode is null or coalesce(message, '') = '') $$,
                'every failed call has an errcode and a message');
select results_eq(
  $$ select coalesce(u.request_id, u.client_name), u.outcome::text, u.errcode, u.action_id::text
     from mcp.usage_log u where u.org_id = (select id from app.orgs where name = 'Acme') and u.tool = 'create_calendar_event'
       and u.request_id is distinct from 'every-b-scope'
     order by u.request_id, u.outcome $$,
  format($$ values ('write-1-ask', 'confirmation_required', null::text, %1$L), ('write-2-confirmed', 'confirmed', null, %1$L),
                   ('write-3-ask', 'confirmation_required', null, %2$L), ('write-4-declined', 'declined', null, %2$L),
                   ('write-5-awaiting', 'awaiting_approval', null, %3$L), ('write-6-awaiting', 'awaiting_approval', null, %4$L),
                   ('write-7-ask', 'confirmation_required', null, %5$L), ('write-8-expired', 'expired', null, %6$L),
                   ('sql', 'approved', null, %3$L), ('sql', 'rejected', null, %4$L) $$,
         :'s1', :'s2', :'a1', :'a2', :'s3', :'stale'),
  'each step of a write is one row with its outcome and action, no errcode; the decisions are logged as made in SQL'
);
select is((select action_id from mcp.usage_log where request_id = 'every-b-scope'), null, 'a refused write call names no action');
select set_eq($$ select distinct outcome from mcp.usage_log where org_id = (select id from app.orgs where name = 'Acme') $$,
              $$ select unnest(regexp_matches(pg_get_constraintdef(c.oid), '''([a-z_]+)''', 'g'))
                 from pg_constraint c
                 where c.contypid = 'mcp.usage_outcome'::regtype
                   and (select a.atttypid from pg_attribute a
                        where a.attrelid = 'mcp.usage_log'::regclass and a.attname = 'outcome') = 'mcp.usage_outcome'::regtype $$,
              'every outcome the usage log allows was logged by a call above');
select is_empty($$ select request_id from mcp.usage_log where request_id like 'every-%' and outcome = 'ok'
                   and (errcode is not null or message is not null) $$,
                'an ok call has neither');
select is_empty($$ select request_id from mcp.usage_log where request_id like 'every-%' and not duration_us >= 0 $$,
                'every row has a duration of at least 0 µs');

select * from finish();
rollback;
