-- Retention: whole monthly partitions older than the cut-off are dropped (instant at any size);
-- only the month that straddles the cut-off, and the DEFAULT partitions, have rows deleted.
create or replace function public.mcp_usage_purge(older_than interval)
returns table (log text, partitions_dropped integer, rows_deleted bigint)
language plpgsql
volatile
security definer
set search_path = ''
as $$
declare
  cutoff timestamptz;
  part record;
  n bigint;
begin
  if older_than is null or older_than < interval '1 hour' then
    raise exception 'older_than must be at least 1 hour, not %', coalesce(older_than::text, 'NULL')
      using errcode = '22023', hint = 'For example: select * from public.mcp_usage_purge(''90 days'');';
  end if;
  cutoff := now() - older_than;
  perform set_config('mcp.log_maintenance', 'on', true);
  foreach log in array array['usage_log', 'auth_failures'] loop
    partitions_dropped := 0;
    rows_deleted := 0;
    for part in
      select c.relname::text as name,
             substring(pg_get_expr(c.relpartbound, c.oid) from 'TO \(''([^'']+)''\)')::timestamptz as upper_bound
      from pg_catalog.pg_inherits i
      join pg_catalog.pg_class c on c.oid = i.inhrelid
      where i.inhparent = ('mcp.' || log)::regclass
    loop
      if part.upper_bound is not null and part.upper_bound <= cutoff then
        execute format('drop table mcp.%I', part.name);
        partitions_dropped := partitions_dropped + 1;
      else
        execute format('delete from mcp.%I where at < $1', part.name) using cutoff;
        get diagnostics n = row_count;
        rows_deleted := rows_deleted + n;
      end if;
    end loop;
    return next;
  end loop;
  perform set_config('mcp.log_maintenance', '', true);
  perform mcp.log_partitions_ensure();
end
$$;

comment on function public.mcp_usage_purge(interval) is
  'Deletes usage-log and auth-failure rows older than older_than (at least 1 hour): drops whole monthly partitions, '
  'deletes rows only in the month that straddles the cut-off; also creates the coming months'' partitions. '
  'The only way rows leave the logs. Schedule it, e.g. daily: select * from public.mcp_usage_purge(''90 days'');';
revoke all on function public.mcp_usage_purge(interval) from public;
grant execute on function public.mcp_usage_purge(interval) to mcp_admin;
