-- Row level security on the usage log and the views over it: an app user sees only the rows of
-- the orgs they belong to, in mcp.usage_log, public.mcp_usage_daily, public.mcp_org_usage_daily
-- and public.mcp_token_error_rates; a DBA sees every org; anon may not read them (42501).
begin;
select plan(14);

select tests.create_org('Org A') as org_a \gset
select tests.create_org('Org B') as org_b \gset
select tests.add_member(:'org_a'::uuid, 'member') as user_a \gset
select tests.issue_token(:'org_a'::uuid, 'a') as raw_a \gset
select tests.issue_token(:'org_b'::uuid, 'b') as raw_b \gset
insert into mcp.usage_log (org_id, at, token_id, tool, outcome, duration_us) values
  (:'org_a', now(), tests.token_id(:'raw_a'), 'get_current_time', 'ok', 100),
  (:'org_a', now(), tests.token_id(:'raw_a'), 'get_current_time', 'tool_error', 100),
  (:'org_b', now(), tests.token_id(:'raw_b'), 'get_current_time', 'ok', 100);
insert into mcp.auth_failures (at, reason, org_id, token_id, token_prefix) values
  (now(), 'revoked', :'org_a', tests.token_id(:'raw_a'), left(:'raw_a', 12)),
  (now(), 'revoked', :'org_b', tests.token_id(:'raw_b'), left(:'raw_b', 12));

select tests.act_as_user(:'user_a'::uuid);
select set_eq($$ select org_id from mcp.usage_log $$, array[:'org_a'::uuid], 'an app user sees only their org''s usage-log rows');
select is((select count(*) from mcp.usage_log), 2::bigint, 'all of them');
select set_eq($$ select org_id from public.mcp_usage_daily $$, array[:'org_a'::uuid], 'mcp_usage_daily shows only their org');
select set_eq($$ select org_id from public.mcp_org_usage_daily $$, array[:'org_a'::uuid], 'mcp_org_usage_daily shows only their org');
select set_eq($$ select org_id from public.mcp_token_error_rates $$, array[:'org_a'::uuid], 'mcp_token_error_rates shows only their org');
select set_eq($$ select org_id from mcp.auth_failures $$, array[:'org_a'::uuid], 'and only their org''s auth failures');

select tests.act_as('tests_dba');
select set_eq(format($$ select distinct org_id from mcp.usage_log where org_id in (%L, %L) $$, :'org_a', :'org_b'),
              array[:'org_a'::uuid, :'org_b'::uuid], 'a DBA sees the usage-log rows of both orgs');
select set_eq(format($$ select distinct org_id from public.mcp_usage_daily where org_id in (%L, %L) $$, :'org_a', :'org_b'),
              array[:'org_a'::uuid, :'org_b'::uuid], 'a DBA sees both orgs in mcp_usage_daily');
select set_eq(format($$ select distinct org_id from public.mcp_org_usage_daily where org_id in (%L, %L) $$, :'org_a', :'org_b'),
              array[:'org_a'::uuid, :'org_b'::uuid], 'a DBA sees both orgs in mcp_org_usage_daily');
select set_eq(format($$ select distinct org_id from public.mcp_token_error_rates where org_id in (%L, %L) $$, :'org_a', :'org_b'),
              array[:'org_a'::uuid, :'org_b'::uuid], 'a DBA sees both orgs in mcp_token_error_rates');

select tests.act_as('anon');
select throws_ok($$ select * from mcp.usage_log $$, '42501', null, 'anon may not read the usage log');
select throws_ok($$ select * from public.mcp_usage_daily $$, '42501', null, 'anon may not read mcp_usage_daily');
select throws_ok($$ select * from public.mcp_org_usage_daily $$, '42501', null, 'anon may not read mcp_org_usage_daily');
select throws_ok($$ select * from public.mcp_token_error_rates $$, '42501', null, 'anon may not read mcp_token_error_rates');

select * from finish();
rollback;
