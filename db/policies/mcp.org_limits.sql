-- Per-org ceilings are a DBA's decision.
alter table mcp.org_limits enable row level security;

revoke all on table mcp.org_limits from public;
grant select, insert, update, delete on table mcp.org_limits to mcp_admin;

drop policy if exists org_limits_dba on mcp.org_limits;
create policy org_limits_dba on mcp.org_limits for all to mcp_admin using ((select mcp.is_dba())) with check ((select mcp.is_dba()));
comment on policy org_limits_dba on mcp.org_limits is 'DBAs set, change and remove org ceilings.';

grant select on table mcp.org_limits to mcp_reader;
drop policy if exists org_limits_reader on mcp.org_limits;
create policy org_limits_reader on mcp.org_limits for select to mcp_reader
  using (org_id = (select mcp.current_org_id()));
comment on policy org_limits_reader on mcp.org_limits is 'Tool handlers (whoami) see the running call''s org ceiling.';
