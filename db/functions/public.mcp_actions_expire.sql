-- Hygiene for write actions: a pending action past its expiry is expired already (the views say
-- so, and nothing can approve or confirm it), but its row still holds the full arguments. This
-- records the expiry and drops them. Run it with the usage purge (daily, say).
create or replace function public.mcp_actions_expire()
returns bigint
language plpgsql
volatile
security definer
set search_path = ''
as $$
declare
  n bigint;
begin
  update mcp.actions a set status = 'expired', decided_at = now(), run_arguments = null
  where a.status = 'pending' and a.expires_at <= now();
  get diagnostics n = row_count;
  return n;
end
$$;

comment on function public.mcp_actions_expire() is
  'Marks every pending write action past its expires_at as expired and drops its kept arguments; returns how many. '
  'Executable by mcp_admin (DBAs), like public.mcp_usage_purge. Schedule it with public.mcp_usage_purge: select public.mcp_actions_expire();';
revoke all on function public.mcp_actions_expire() from public;
grant execute on function public.mcp_actions_expire() to mcp_admin;
