alter table mcp.resource_kinds enable row level security;

revoke all on table mcp.resource_kinds from public;
-- the registry is no secret: token administrators read it (issuing checks allowed_tools against it, as against mcp.tools)
grant select on table mcp.resource_kinds to mcp_app_user;
-- DBAs may switch resource kinds off and on
grant update (enabled) on table mcp.resource_kinds to mcp_admin;

drop policy if exists resource_kinds_select on mcp.resource_kinds;
create policy resource_kinds_select on mcp.resource_kinds for select to mcp_app_user using (true);
comment on policy resource_kinds_select on mcp.resource_kinds is 'Every role with the SELECT privilege reads the whole registry.';

drop policy if exists resource_kinds_update on mcp.resource_kinds;
create policy resource_kinds_update on mcp.resource_kinds for update to mcp_admin using ((select mcp.is_dba())) with check ((select mcp.is_dba()));
comment on policy resource_kinds_update on mcp.resource_kinds is 'Only DBAs enable and disable resource kinds.';
