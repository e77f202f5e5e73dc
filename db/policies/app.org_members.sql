alter table app.org_members enable row level security;

revoke all on table app.org_members from public;
grant select on table app.org_members to mcp_app_user;

drop policy if exists org_members_select on app.org_members;
create policy org_members_select on app.org_members for select to mcp_app_user
  using ((select mcp.is_dba()) or org_id in (select app.member_org_ids()));
comment on policy org_members_select on app.org_members is
  'DBAs see every membership; app users see the members of the orgs they belong to.';
