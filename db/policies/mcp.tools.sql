alter table mcp.tools enable row level security;

revoke all on table mcp.tools from public;
-- the registry is no secret: token administrators read it (issuing checks allowed_tools against it)
grant select on table mcp.tools to mcp_app_user;
-- DBAs may switch tools off and on, and change a write tool's default confirmation policy
grant update (enabled, confirm_policy) on table mcp.tools to mcp_admin;

drop policy if exists tools_select on mcp.tools;
create policy tools_select on mcp.tools for select to mcp_app_user using (true);
comment on policy tools_select on mcp.tools is 'Every role with the SELECT privilege reads the whole registry.';

drop policy if exists tools_update on mcp.tools;
create policy tools_update on mcp.tools for update to mcp_admin using ((select mcp.is_dba())) with check ((select mcp.is_dba()));
comment on policy tools_update on mcp.tools is 'Only DBAs enable and disable tools and set their default confirmation policies.';
