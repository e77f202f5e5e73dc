-- public.mcp_token_stats(token_id) sums up one token's usage log: total, ok, failed, average and
-- p95 (percentile_cont) duration in ms, calls in the last 24 hours, the top tools and the time of
-- the last call. An unknown token, or one the caller cannot see, is P0002.
begin;
select plan(6);

select tests.create_org('Acme') as org \gset
select tests.create_org('Other') as other \gset
select tests.add_member(:'org'::uuid, 'member') as member \gset
select tests.add_member(:'other'::uuid, 'admin') as stranger \gset
select tests.issue_token(:'org'::uuid, 'measured') as raw \gset
select tests.issue_token(:'org'::uuid, 'unused') as raw_unused \gset
select tests.token_id(:'raw') as token \gset
-- durations 1, 2, 3, 4 and 10 ms: avg 4 ms; p95 = 4 + 0.8 * (10 - 4) = 8.8 ms
insert into mcp.usage_log (org_id, at, token_id, tool, outcome, errcode, duration_us) values
  (:'org', now() - interval '2 days',    :'token', 'tool_b', 'ok',           null,    1000),
  (:'org', now() - interval '3 hours',   :'token', 'tool_b', 'ok',           null,    2000),
  (:'org', now() - interval '2 hours',   :'token', 'tool_a', 'tool_error',   'P0002', 3000),
  (:'org', now() - interval '5 minutes', :'token', 'tool_b', 'rate_limited', 'MC020', 4000),
  (:'org', now() - interval '1 hour',    :'token', 'tool_c', 'ok',           null,   10000);

select results_eq(
  format($$ select * from public.mcp_token_stats(%L) $$, :'token'),
  $$ values (5::bigint, 3::bigint, 2::bigint, 4.000::numeric, 8.800::numeric, 4::bigint,
             '[{"tool": "tool_b", "calls": 3}, {"tool": "tool_a", "calls": 1}, {"tool": "tool_c", "calls": 1}]'::jsonb,
             now() - interval '5 minutes') $$,
  'total 5, ok 3, failed 2, avg 4 ms, p95 8.8 ms, 4 in the last 24 h, top tools by calls, last call 5 minutes ago'
);
select results_eq(
  format($$ select total, ok, failed, top_tools, last_used_at from public.mcp_token_stats(%L) $$, tests.token_id(:'raw_unused')),
  $$ values (0::bigint, 0::bigint, 0::bigint, '[]'::jsonb, null::timestamptz) $$,
  'a token never used: zeros, no tools, no last call'
);
select throws_ok(format($$ select * from public.mcp_token_stats(%L) $$, gen_random_uuid()), 'P0002', null,
                 'an unknown token: P0002');

select tests.act_as_user(:'member'::uuid);
select is((select total from public.mcp_token_stats(:'token')), 5::bigint, 'a member of the token''s org gets its stats');
select tests.act_as_user(:'stranger'::uuid);
select throws_ok(format($$ select * from public.mcp_token_stats(%L) $$, :'token'), 'P0002', null,
                 'an app user of another org: P0002, as if it did not exist');
select tests.act_as('tests_dba');
select is((select total from public.mcp_token_stats(:'token')), 5::bigint, 'a DBA gets the stats of any token');

select * from finish();
rollback;
