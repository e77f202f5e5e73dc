-- An org's defaults for new OAuth grants: its members read them, its admins (and DBAs) set them.
alter table public.mcp_grant_defaults enable row level security;

revoke all on table public.mcp_grant_defaults from public;
grant select, insert, update, delete on table public.mcp_grant_defaults to mcp_app_user;

drop policy if exists mcp_grant_defaults_select on public.mcp_grant_defaults;
create policy mcp_grant_defaults_select on public.mcp_grant_defaults for select to mcp_app_user
  using ((select mcp.is_dba()) or org_id in (select app.member_org_ids()));
comment on policy mcp_grant_defaults_select on public.mcp_grant_defaults is
  'DBAs see every org''s defaults; app users those of their orgs.';

drop policy if exists mcp_grant_defaults_admin on public.mcp_grant_defaults;
create policy mcp_grant_defaults_admin on public.mcp_grant_defaults for all to mcp_app_user
  using ((select mcp.is_dba()) or org_id in (select app.admin_org_ids()))
  with check ((select mcp.is_dba()) or org_id in (select app.admin_org_ids()));
comment on policy mcp_grant_defaults_admin on public.mcp_grant_defaults is
  'DBAs set any org''s defaults; app users those of orgs they are admin of.';
