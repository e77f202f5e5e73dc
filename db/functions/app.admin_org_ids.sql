create or replace function app.admin_org_ids()
returns setof uuid
language sql
stable
security definer
set search_path = ''
as $$
  select m.org_id from app.org_members m where m.user_id = app.current_user_id() and m.role = 'admin'
$$;

comment on function app.admin_org_ids() is
  'Ids of the orgs the current app user (request.jwt.claims.sub) is an admin of. Empty without an app user. '
  'Use as org_id in (select app.admin_org_ids()) so it runs once per statement.';
revoke all on function app.admin_org_ids() from public;
grant execute on function app.admin_org_ids() to mcp_app_user;
