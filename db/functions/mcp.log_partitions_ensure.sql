-- Monthly partitions (UTC months) of mcp.usage_log and mcp.auth_failures from this month to
-- months_ahead months on. Rows that already landed in a DEFAULT partition for such a month are
-- moved into it. Run by every migrate and by public.mcp_usage_purge; without it rows still land
-- safely in the DEFAULT partitions.
create or replace function mcp.log_partitions_ensure(months_ahead integer default 2)
returns integer
language plpgsql
volatile
set search_path = ''
as $$
declare
  log_table text;
  month_start timestamptz;
  part text;
  created integer := 0;
begin
  perform set_config('mcp.log_maintenance', 'on', true);
  foreach log_table in array array['usage_log', 'auth_failures'] loop
    for month_start in
      select generate_series(date_trunc('month', now(), 'UTC'),
                             date_trunc('month', now(), 'UTC') + make_interval(months => months_ahead),
                             interval '1 month')
    loop
      part := format('%s_%s', log_table, to_char(month_start at time zone 'UTC', '"y"YYYY"m"MM'));
      continue when to_regclass('mcp.' || part) is not null;
      execute format('create table mcp.%I (like mcp.%I including defaults including constraints)', part, log_table);
      execute format('alter table mcp.%I enable row level security', part);
      execute format(
        'with moved as (delete from mcp.%I where at >= $1 and at < $2 returning *) insert into mcp.%I select * from moved',
        log_table || '_default', part)
        using month_start, month_start + interval '1 month';
      execute format('alter table mcp.%I attach partition mcp.%I for values from (%L) to (%L)',
                     log_table, part, month_start, month_start + interval '1 month');
      created := created + 1;
    end loop;
  end loop;
  perform set_config('mcp.log_maintenance', '', true);
  return created;
end
$$;

comment on function mcp.log_partitions_ensure(integer) is
  'Creates the missing monthly partitions of mcp.usage_log and mcp.auth_failures from this month to months_ahead '
  'months on (moving any of their rows out of the DEFAULT partitions); returns how many it created.';
revoke all on function mcp.log_partitions_ensure(integer) from public;
