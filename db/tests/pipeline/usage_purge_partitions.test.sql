-- public.mcp_usage_purge drops whole monthly partitions that end before the cut-off (rather than
-- deleting their rows) and counts them in partitions_dropped.
begin;
select plan(4);

select tests.create_org('Acme') as org \gset
select tests.issue_token(:'org'::uuid, 'caller') as raw \gset
create table mcp.usage_log_y2020m01 partition of mcp.usage_log
  for values from ('2020-01-01 00:00+00') to ('2020-02-01 00:00+00');
insert into mcp.usage_log (org_id, at, token_id, tool, outcome, duration_us, request_id)
  values (:'org', '2020-01-15 12:00+00', tests.token_id(:'raw'), 'get_current_time', 'ok', 10, 'old-partition');
select is((select tableoid::regclass::text from mcp.usage_log where request_id = 'old-partition'), 'mcp.usage_log_y2020m01',
          'the January 2020 row is in its monthly partition');

select tests.act_as('tests_dba');
select cmp_ok((select partitions_dropped from public.mcp_usage_purge('1 day') where log = 'usage_log'), '>=', 1,
              'the purge reports the partition it dropped');
select tests.act_as_owner();
select is(to_regclass('mcp.usage_log_y2020m01'), null, 'the January 2020 partition no longer exists');
select is_empty($$ select * from mcp.usage_log where request_id = 'old-partition' $$, 'and its row is gone');

select * from finish();
rollback;
