alter table app.orgs enable row level security;

revoke all on table app.orgs from public;
grant select on table app.orgs to mcp_app_user;

drop policy if exists orgs_select on app.orgs;
create policy orgs_select on app.orgs for select to mcp_app_user
  using ((select mcp.is_dba()) or id in (select app.member_org_ids()));
comment on policy orgs_select on app.orgs is 'DBAs see every org; app users see the orgs they belong to.';

grant select (id, name) on table app.orgs to mcp_reader;
drop policy if exists orgs_reader on app.orgs;
create policy orgs_reader on app.orgs for select to mcp_reader using (id = (select mcp.current_org_id()));
comment on policy orgs_reader on app.orgs is 'Tool handlers (whoami) see the org of the running tool call.';
