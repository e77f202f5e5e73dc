-- SECURITY DEFINER so that RLS policies can ask it without granting app users the membership table
-- (and without a policy on app.org_members recursing into itself).
create or replace function app.member_org_ids()
returns setof uuid
language sql
stable
security definer
set search_path = ''
as $$
  select m.org_id from app.org_members m where m.user_id = app.current_user_id()
$$;

comment on function app.member_org_ids() is
  'Ids of the orgs the current app user (request.jwt.claims.sub) belongs to, in any role. Empty without an app user. '
  'Use as org_id in (select app.member_org_ids()) so it runs once per statement.';
revoke all on function app.member_org_ids() from public;
grant execute on function app.member_org_ids() to mcp_app_user;
