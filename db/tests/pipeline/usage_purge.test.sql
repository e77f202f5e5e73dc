-- public.mcp_usage_purge(older_than) is the way old log rows go: it removes the rows older than
-- the cut-off from both logs (here from the DEFAULT partitions), keeps the recent ones and returns
-- per-log counts. older_than under 1 hour, or null, is 22023. DBAs may run it; app users, anon and
-- the gateway may not.
begin;
select plan(11);

select tests.create_org('Acme') as org \gset
select tests.add_member(:'org'::uuid, 'admin') as admin \gset
select tests.issue_token(:'org'::uuid, 'caller') as raw \gset
select tests.token_id(:'raw') as token \gset
insert into mcp.usage_log (org_id, at, token_id, tool, outcome, duration_us, request_id) values
  (:'org', now() - interval '200 days', :'token', 'get_current_time', 'ok', 10, 'purge-old-1'),
  (:'org', now() - interval '120 days', :'token', 'get_current_time', 'ok', 10, 'purge-old-2'),
  (:'org', now() - interval '1 day', :'token', 'get_current_time', 'ok', 10, 'purge-new-1'),
  (:'org', now(), :'token', 'get_current_time', 'ok', 10, 'purge-new-2');
insert into mcp.auth_failures (at, reason, request_id) values
  (now() - interval '200 days', 'unknown', 'purge-old-3'),
  (now() - interval '2 hours', 'unknown', 'purge-new-3');
select is((select count(*) from mcp.usage_log where request_id = 'purge-old-1' and tableoid = 'mcp.usage_log_default'::regclass),
          1::bigint, 'a row from 200 days ago is in the DEFAULT partition');

-- whatever else may be in the logs: the expected counts are those of the rows past the cut-off
select count(*) as usage_old from mcp.usage_log where at < now() - interval '90 days' \gset
select count(*) as auth_old from mcp.auth_failures where at < now() - interval '90 days' \gset

select tests.act_as('tests_dba');
select results_eq(
  $$ select log, rows_deleted from public.mcp_usage_purge('90 days') order by log $$,
  format($$ values ('auth_failures', %s::bigint), ('usage_log', %s::bigint) $$, :auth_old, :usage_old),
  'a DBA purges: one row per log with the rows it deleted'
);
select tests.act_as_owner();
select set_eq($$ select request_id from mcp.usage_log where request_id like 'purge-%' $$,
              array['purge-new-1', 'purge-new-2'], 'the old usage-log rows are gone, the recent ones kept');
select set_eq($$ select request_id from mcp.auth_failures where request_id like 'purge-%' $$,
              array['purge-new-3'], 'the old auth-failure row is gone, the recent one kept');

select tests.act_as('tests_dba');
select throws_ok($$ select * from public.mcp_usage_purge('59 minutes') $$, '22023', null, 'older_than under 1 hour is refused');
select throws_ok($$ select * from public.mcp_usage_purge(null) $$, '22023', null, 'a null older_than is refused');
select throws_ok($$ select * from public.mcp_usage_purge('-90 days') $$, '22023', null, 'a negative older_than is refused');

select tests.act_as_user(:'admin'::uuid);
select throws_ok($$ select * from public.mcp_usage_purge('90 days') $$, '42501', null, 'an app user, even an org admin, may not purge');
select tests.act_as('anon');
select throws_ok($$ select * from public.mcp_usage_purge('90 days') $$, '42501', null, 'anon may not purge');
select tests.act_as('tests_gateway');
select throws_ok($$ select * from public.mcp_usage_purge('90 days') $$, '42501', null, 'the gateway may not purge');
select tests.act_as_owner();
select is((select count(*) from mcp.usage_log where request_id like 'purge-new-%'), 2::bigint,
          'the refused calls removed nothing');

select * from finish();
rollback;
