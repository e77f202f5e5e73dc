-- Who may read, issue and revoke tokens. Issuing goes through public.mcp_token_issue (SECURITY
-- INVOKER), so these privileges and policies are what actually decide.
alter table public.mcp_tokens enable row level security;

revoke all on table public.mcp_tokens from public;
-- App users read every column but token_hash; DBAs (mcp_admin, itself a member of mcp_app_user) all.
grant select (id, org_id, name, description, token_prefix, allowed_tools, rate_limit_per_minute, created_by,
              created_at, last_used_at, expires_at, revoked_at, rotated_from, scopes, confirm)
  on table public.mcp_tokens to mcp_app_user;
grant select (token_hash) on table public.mcp_tokens to mcp_admin;
grant insert (org_id, name, description, token_prefix, token_hash, allowed_tools, rate_limit_per_minute,
              expires_at, rotated_from, scopes, confirm)
  on table public.mcp_tokens to mcp_app_user;
-- an org admin may widen a token to writing, or set its confirmation policies, in place
grant update (name, description, revoked_at, scopes, confirm) on table public.mcp_tokens to mcp_app_user;

drop policy if exists mcp_tokens_select on public.mcp_tokens;
create policy mcp_tokens_select on public.mcp_tokens for select to mcp_app_user
  using ((select mcp.is_dba()) or org_id in (select app.member_org_ids()));
comment on policy mcp_tokens_select on public.mcp_tokens is
  'DBAs see every token; app users see the tokens of the orgs they belong to (never the hash column).';

drop policy if exists mcp_tokens_insert on public.mcp_tokens;
create policy mcp_tokens_insert on public.mcp_tokens for insert to mcp_app_user
  with check ((select mcp.is_dba()) or org_id in (select app.admin_org_ids()));
comment on policy mcp_tokens_insert on public.mcp_tokens is 'DBAs issue for any org; app users for orgs they are admin of.';

drop policy if exists mcp_tokens_update on public.mcp_tokens;
create policy mcp_tokens_update on public.mcp_tokens for update to mcp_app_user
  using ((select mcp.is_dba()) or org_id in (select app.admin_org_ids()))
  with check ((select mcp.is_dba()) or org_id in (select app.admin_org_ids()));
comment on policy mcp_tokens_update on public.mcp_tokens is
  'DBAs revoke or rename any token; app users those of orgs they are admin of.';

-- No DELETE policy and no DELETE privilege; the trigger stops even the owner.
create or replace trigger mcp_tokens_guard_write
  before insert or update or delete on public.mcp_tokens
  for each row execute function mcp.tokens_guard();
create or replace trigger mcp_tokens_guard_truncate
  before truncate on public.mcp_tokens
  for each statement execute function mcp.tokens_guard();

-- whoami: a tool handler sees the calling token's descriptive columns, and no other token
grant select (id, org_id, name, token_prefix, allowed_tools, scopes, rate_limit_per_minute, expires_at)
  on table public.mcp_tokens to mcp_reader;
drop policy if exists mcp_tokens_reader on public.mcp_tokens;
create policy mcp_tokens_reader on public.mcp_tokens for select to mcp_reader
  using (id = (select mcp.current_token_id()));
comment on policy mcp_tokens_reader on public.mcp_tokens is 'Tool handlers (whoami) see the token of the running call.';
