-- The org of an action, for the approval functions' permission check (they cannot see actions of
-- orgs they do not administer, and must still answer 42501 rather than "not found").
create or replace function mcp.action_org(action_id uuid)
returns uuid
language sql
stable
security definer
set search_path = ''
as $$
  select a.org_id from mcp.actions a where a.id = action_id
$$;

comment on function mcp.action_org(uuid) is 'The org of an action, or NULL when there is none with that id.';
revoke all on function mcp.action_org(uuid) from public;
grant execute on function mcp.action_org(uuid) to mcp_app_user;
