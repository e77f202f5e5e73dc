create or replace function mcp.may_administer_org(org_id uuid)
returns boolean
language sql
stable
set search_path = ''
as $$
  select mcp.is_dba() or org_id in (select app.admin_org_ids())
$$;

comment on function mcp.may_administer_org(uuid) is
  'True when the current role or app user may issue, rotate and revoke tokens of this org: a DBA (mcp.is_dba()) '
  'or an app user who is an admin of the org.';
revoke all on function mcp.may_administer_org(uuid) from public;
grant execute on function mcp.may_administer_org(uuid) to mcp_app_user;
