-- mcp.log_partitions_ensure() creates the missing monthly partitions from this month on (RLS
-- enabled, like the DEFAULT one) and moves rows of such a month out of the DEFAULT partition.
begin;
select plan(7);

select tests.create_org('Acme') as org \gset
select tests.issue_token(:'org'::uuid, 'caller') as raw \gset
select 'usage_log_' || to_char(date_trunc('month', now(), 'UTC') at time zone 'UTC', '"y"YYYY"m"MM') as this_month,
       'usage_log_' || to_char((date_trunc('month', now(), 'UTC') + interval '1 month') at time zone 'UTC', '"y"YYYY"m"MM') as next_month,
       date_trunc('month', now(), 'UTC') + interval '1 month' + interval '3 days' as next_month_at \gset

-- as if next month's partition had not been made yet: its rows go to the DEFAULT partition
drop table if exists mcp.:"next_month";
insert into mcp.usage_log (org_id, at, token_id, tool, outcome, duration_us, request_id)
  values (:'org', :'next_month_at', tests.token_id(:'raw'), 'get_current_time', 'ok', 10, 'ensure-next');
select is((select tableoid::regclass::text from mcp.usage_log where request_id = 'ensure-next'), 'mcp.usage_log_default',
          'without its partition, a row of next month lands in the DEFAULT partition');

select cmp_ok(mcp.log_partitions_ensure(), '>=', 1, 'ensure reports the partition it created');
select isnt(to_regclass('mcp.' || :'next_month'), null, 'next month''s partition exists again');
select is((select tableoid::regclass::text from mcp.usage_log where request_id = 'ensure-next'), 'mcp.' || :'next_month',
          'the row was moved into it');
select ok((select relrowsecurity from pg_class where oid = ('mcp.' || :'next_month')::regclass),
          'the new partition has row level security enabled');
select isnt(to_regclass('mcp.' || :'this_month'), null, 'this month''s partition exists');
select is(mcp.log_partitions_ensure(), 0, 'a second run creates nothing');

select * from finish();
rollback;
