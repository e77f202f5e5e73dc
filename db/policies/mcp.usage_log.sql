-- Both logs (mcp.usage_log and mcp.auth_failures): append-only, readable through RLS.
-- Partitions: privileges are checked on the partition itself when queried directly, and none are
-- granted there; RLS is enabled on each as well (mcp.log_partitions_ensure does it for new ones).
alter table mcp.usage_log enable row level security;
alter table mcp.usage_log_default enable row level security;
alter table mcp.auth_failures enable row level security;
alter table mcp.auth_failures_default enable row level security;

revoke all on table mcp.usage_log, mcp.auth_failures from public;
grant select on table mcp.usage_log, mcp.auth_failures to mcp_app_user;

drop policy if exists usage_log_select on mcp.usage_log;
create policy usage_log_select on mcp.usage_log for select to mcp_app_user
  using ((select mcp.is_dba()) or org_id in (select app.member_org_ids()));
comment on policy usage_log_select on mcp.usage_log is 'DBAs see every call; app users the calls of their orgs.';

drop policy if exists auth_failures_select on mcp.auth_failures;
create policy auth_failures_select on mcp.auth_failures for select to mcp_app_user
  using ((select mcp.is_dba()) or org_id in (select app.member_org_ids()));
comment on policy auth_failures_select on mcp.auth_failures is
  'DBAs see every failure; app users those with their orgs'' (revoked or expired) tokens.';

create or replace trigger usage_log_append_only
  before update or delete on mcp.usage_log
  for each row execute function mcp.log_guard();
create or replace trigger usage_log_no_truncate
  before truncate on mcp.usage_log
  for each statement execute function mcp.log_guard();
create or replace trigger auth_failures_append_only
  before update or delete on mcp.auth_failures
  for each row execute function mcp.log_guard();
create or replace trigger auth_failures_no_truncate
  before truncate on mcp.auth_failures
  for each statement execute function mcp.log_guard();

-- this month's and the next two months' partitions
select mcp.log_partitions_ensure();
