-- Who may read, narrow, revoke and restore OAuth grants: members of the org read them, its admins
-- (and DBAs) change them. Grants are created only by the pipeline (the gateway's entry points).
alter table public.mcp_grants enable row level security;

revoke all on table public.mcp_grants from public;
grant select on table public.mcp_grants to mcp_app_user;
grant update (scopes, allowed_tools, rate_limit_per_minute, confirm, revoked_at) on table public.mcp_grants to mcp_app_user;

drop policy if exists mcp_grants_select on public.mcp_grants;
create policy mcp_grants_select on public.mcp_grants for select to mcp_app_user
  using ((select mcp.is_dba()) or org_id in (select app.member_org_ids()));
comment on policy mcp_grants_select on public.mcp_grants is
  'DBAs see every grant; app users the grants of the orgs they belong to.';

drop policy if exists mcp_grants_update on public.mcp_grants;
create policy mcp_grants_update on public.mcp_grants for update to mcp_app_user
  using ((select mcp.is_dba()) or org_id in (select app.admin_org_ids()))
  with check ((select mcp.is_dba()) or org_id in (select app.admin_org_ids()));
comment on policy mcp_grants_update on public.mcp_grants is
  'DBAs narrow, revoke and restore any grant; app users those of orgs they are admin of.';

create or replace trigger mcp_grants_guard_write
  before update or delete on public.mcp_grants
  for each row execute function mcp.grants_guard();
create or replace trigger mcp_grants_guard_truncate
  before truncate on public.mcp_grants
  for each statement execute function mcp.grants_guard();

-- whoami: a tool handler sees the calling grant, and no other
grant select (id, org_id, subject, allowed_tools, scopes, rate_limit_per_minute) on table public.mcp_grants to mcp_reader;
drop policy if exists mcp_grants_reader on public.mcp_grants;
create policy mcp_grants_reader on public.mcp_grants for select to mcp_reader
  using (id = (select mcp.current_token_id()));
comment on policy mcp_grants_reader on public.mcp_grants is 'Tool handlers (whoami) see the grant of the running call.';
