-- Trigger of mcp.usage_log and mcp.auth_failures: the logs are append-only. Only the retention
-- and partition functions (which set mcp.log_maintenance) delete; nothing updates.
create or replace function mcp.log_guard()
returns trigger
language plpgsql
set search_path = ''
as $$
begin
  if tg_op = 'DELETE' and current_setting('mcp.log_maintenance', true) = 'on' then
    return old;
  end if;
  raise exception '% is append-only', tg_table_schema || '.' || tg_table_name
    using errcode = 'MC003', hint = 'Old rows go with public.mcp_usage_purge(older_than).';
end
$$;

comment on function mcp.log_guard() is
  'Trigger function: refuses UPDATE, DELETE and TRUNCATE on the logs (MC003) except deletes by public.mcp_usage_purge.';
revoke all on function mcp.log_guard() from public;
