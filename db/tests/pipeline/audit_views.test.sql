-- The audit views return the expected aggregates on known rows: public.mcp_usage_daily,
-- public.mcp_org_usage_daily, public.mcp_token_error_rates, public.mcp_auth_failures_summary and
-- public.mcp_tokens_idle.
begin;
select plan(8);

select tests.create_org('Acme') as org \gset
select tests.issue_token(:'org'::uuid, 'busy') as raw_busy \gset
select tests.issue_token(:'org'::uuid, 'quiet') as raw_quiet \gset
select tests.issue_token(:'org'::uuid, 'idle') as raw_idle \gset
select tests.issue_token(:'org'::uuid, 'revoked') as raw_revoked \gset
select tests.issue_token(:'org'::uuid, 'expired', expires => now() + interval '1 day') as raw_expired \gset
select tests.token_id(:'raw_busy') as busy, tests.token_id(:'raw_quiet') as quiet \gset
-- a whole day two days ago (UTC), durations in µs: not yesterday, where "the last minutes" below
-- land when the test runs just after midnight UTC
select (date_trunc('day', now(), 'UTC') - interval '2 days') as yesterday, (now() at time zone 'UTC')::date - 2 as yesterday_date \gset
insert into mcp.usage_log (org_id, at, token_id, tool, outcome, errcode, duration_us) values
  (:'org', :'yesterday'::timestamptz + interval '1 hour',  :'busy',  'tool_a', 'ok',                null,    1000),
  (:'org', :'yesterday'::timestamptz + interval '2 hours', :'busy',  'tool_a', 'ok',                null,    2000),
  (:'org', :'yesterday'::timestamptz + interval '3 hours', :'busy',  'tool_b', 'rate_limited',      'MC020', 3000),
  (:'org', :'yesterday'::timestamptz + interval '4 hours', :'quiet', 'tool_a', 'ok',                null,    6000),
-- the last minutes, for the 7-day error rates
  (:'org', now() - interval '1 minute', :'quiet', 'tool_a', 'ok',                null,    1000),
  (:'org', now() - interval '2 minute', :'quiet', 'tool_a', 'invalid_arguments', '22023', 1000),
  (:'org', now() - interval '3 minute', :'quiet', 'tool_a', 'unknown_tool',      'MC010', 1000),
  (:'org', now() - interval '4 minute', :'quiet', 'tool_a', 'timeout',           '57014', 1000),
  (:'org', now() - interval '5 minute', :'quiet', 'tool_a', 'tool_error',        'P0002', 1000),
  (:'org', now() - interval '6 minute', :'quiet', 'tool_a', 'rate_limited',      'MC020', 1000),
  (:'org', now() - interval '8 days',   :'quiet', 'tool_a', 'tool_error',        'P0002', 1000);

select results_eq(
  format($$ select token_id, token_name, day, calls, ok, failed, rate_limited, avg_ms, max_ms
            from public.mcp_usage_daily where org_id = %L and day = %L order by token_name $$, :'org', :'yesterday_date'),
  format($$ values (%L::uuid, 'busy', %L::date, 3::bigint, 2::bigint, 1::bigint, 1::bigint, 2.000::numeric, 3::numeric),
                   (%L::uuid, 'quiet', %L::date, 1::bigint, 1::bigint, 0::bigint, 0::bigint, 6.000::numeric, 6::numeric) $$,
         :'busy', :'yesterday_date', :'quiet', :'yesterday_date'),
  'mcp_usage_daily: calls, ok, failed, rate_limited, avg_ms and max_ms per token and UTC day'
);
select results_eq(
  format($$ select day, calls, ok, failed, tokens, tools, avg_ms from public.mcp_org_usage_daily
            where org_id = %L and day = %L $$, :'org', :'yesterday_date'),
  format($$ values (%L::date, 4::bigint, 3::bigint, 1::bigint, 2::bigint, 2::bigint, 3.000::numeric) $$, :'yesterday_date'),
  'mcp_org_usage_daily: calls, ok, failed, distinct tokens and tools, avg_ms per org and UTC day'
);
select results_eq(
  format($$ select token_name, token_prefix, calls, failed, error_rate, invalid_arguments, refused, rate_limited, timeouts, tool_errors
            from public.mcp_token_error_rates where token_id = %L $$, :'quiet'),
  format($$ values ('quiet', left(%L, 12), 7::bigint, 5::bigint, 0.7143::numeric, 1::bigint, 1::bigint, 1::bigint, 1::bigint, 1::bigint) $$,
         :'raw_quiet'),
  'mcp_token_error_rates: the last 7 days (rows of two days ago in, 8 days ago out), failures by kind, error rate'
);

insert into mcp.auth_failures (at, reason, token_prefix, ip, user_agent) values
  (now() - interval '3 hours', 'unknown', 'p88_TESTtest', '192.0.2.9', 'curl/8'),
  (now() - interval '2 hours', 'unknown', 'p88_TESTtest', '192.0.2.9', 'curl/8'),
  (now() - interval '1 hour',  'unknown', 'p88_TESTtest', '192.0.2.9', 'curl/8'),
  (now() - interval '8 days',  'unknown', 'p88_TESTtest', '192.0.2.9', 'curl/8'),
  (now() - interval '1 hour',  'revoked', 'p88_TESTtest', '192.0.2.9', 'curl/8');
select results_eq(
  $$ select reason, failures, first_at, last_at, a_user_agent from public.mcp_auth_failures_summary
     where token_prefix = 'p88_TESTtest' and ip = '192.0.2.9' order by reason $$,
  $$ values ('revoked', 1::bigint, now() - interval '1 hour', now() - interval '1 hour', 'curl/8'),
            ('unknown', 3::bigint, now() - interval '3 hours', now() - interval '1 hour', 'curl/8') $$,
  'mcp_auth_failures_summary: failures of the last 7 days by prefix, ip and reason, with first and last times'
);

-- idle tokens
update public.mcp_tokens set last_used_at = now() - interval '40 days' where id = tests.token_id(:'raw_idle');
update public.mcp_tokens set revoked_at = now() where id = tests.token_id(:'raw_revoked');
update public.mcp_tokens set expires_at = now() where id = tests.token_id(:'raw_expired');
select is((select idle_days from public.mcp_tokens_idle where token_id = tests.token_id(:'raw_idle')), 40,
          'mcp_tokens_idle: a token last used 40 days ago has been idle 40 days');
select is((select idle_days from public.mcp_tokens_idle where token_id = :'busy'), 0,
          'a token never used counts from its issue: 0 days');
select set_eq(format($$ select name from public.mcp_tokens_idle where org_id = %L $$, :'org'),
              array['busy', 'quiet', 'idle'], 'revoked and expired tokens are not listed');
select is((select last_used_at from public.mcp_tokens_idle where token_id = tests.token_id(:'raw_idle')),
          now() - interval '40 days', 'it shows last_used_at');

select * from finish();
rollback;
