-- mcp.usage_log and mcp.auth_failures are append-only: UPDATE, DELETE and TRUNCATE fail with
-- MC003 even for the owner, and DBAs have no UPDATE or DELETE privilege on them (42501).
begin;
select plan(12);

select tests.create_org('Acme') as org \gset
select tests.issue_token(:'org'::uuid, 'caller') as raw \gset
insert into mcp.usage_log (org_id, at, token_id, tool, outcome, duration_us)
  values (:'org', now(), tests.token_id(:'raw'), 'get_current_time', 'ok', 10);
insert into mcp.auth_failures (at, reason) values (now(), 'missing');

select throws_ok($$ update mcp.usage_log set outcome = 'tool_error' $$, 'MC003', null, 'the owner cannot update the usage log');
select throws_ok($$ delete from mcp.usage_log $$, 'MC003', null, 'the owner cannot delete from the usage log');
select throws_ok($$ truncate mcp.usage_log $$, 'MC003', null, 'the owner cannot truncate the usage log');
select throws_ok($$ update mcp.auth_failures set reason = 'unknown' $$, 'MC003', null, 'the owner cannot update the auth-failure log');
select throws_ok($$ delete from mcp.auth_failures $$, 'MC003', null, 'the owner cannot delete from the auth-failure log');
select throws_ok($$ truncate mcp.auth_failures $$, 'MC003', null, 'the owner cannot truncate the auth-failure log');

select tests.act_as('tests_dba');
select throws_ok($$ update mcp.usage_log set outcome = 'tool_error' $$, '42501', null, 'a DBA may not update the usage log');
select throws_ok($$ delete from mcp.usage_log $$, '42501', null, 'a DBA may not delete from the usage log');
select throws_ok($$ update mcp.auth_failures set reason = 'unknown' $$, '42501', null, 'a DBA may not update the auth-failure log');
select throws_ok($$ delete from mcp.auth_failures $$, '42501', null, 'a DBA may not delete from the auth-failure log');
select tests.act_as_owner();

select is((select count(*) from mcp.usage_log where org_id = :'org' and outcome = 'ok'), 1::bigint,
          'the usage-log row is still there, unchanged');
select is((select count(*) from mcp.auth_failures where reason = 'missing'), 1::bigint,
          'the auth-failure row is still there, unchanged');

select * from finish();
rollback;
