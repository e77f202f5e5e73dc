-- SECURITY INVOKER, like public.mcp_token_issue: privileges and RLS decide, the checks explain.
-- Equivalent to: update public.mcp_tokens set revoked_at = now() where id = ...;
create or replace function public.mcp_token_revoke(token_id uuid)
returns table (id uuid, revoked_at timestamptz)
language plpgsql
volatile
set search_path = ''
as $$
#variable_conflict use_variable
declare
  token_org uuid;
  was_revoked_at timestamptz;
begin
  if token_id is null then
    raise exception 'token_id must not be null' using errcode = '22023';
  end if;
  select k.org_id, k.revoked_at into token_org, was_revoked_at
  from public.mcp_tokens k where k.id = token_id;
  if not found then
    raise exception 'token % not found or not visible', token_id
      using errcode = 'P0002', hint = 'List tokens with: select id, name, token_prefix from public.mcp_tokens;';
  end if;
  if not mcp.may_administer_org(token_org) then
    raise exception 'not allowed to revoke MCP tokens of org %', token_org
      using errcode = '42501', hint = 'Ask an admin of that organisation, or a DBA (a member of mcp_admin).';
  end if;
  if was_revoked_at is null then
    update public.mcp_tokens k set revoked_at = now()
    where k.id = token_id and k.revoked_at is null
    returning k.id, k.revoked_at into id, revoked_at;
    if found then
      return next;
      return;
    end if;
    -- revoked by a concurrent transaction in the meantime
    select k.revoked_at into was_revoked_at from public.mcp_tokens k where k.id = token_id;
  end if;
  raise exception 'token % was already revoked at %', token_id, was_revoked_at using errcode = 'MC001';
end
$$;

comment on function public.mcp_token_revoke(uuid) is
  'Revokes an MCP token now, effective on its next call; returns its id and revoked_at. Same as '
  'update public.mcp_tokens set revoked_at = now() where id = ... but with errors: P0002 unknown or not visible, '
  '42501 not an admin of its org, MC001 already revoked.';
revoke all on function public.mcp_token_revoke(uuid) from public;
grant execute on function public.mcp_token_revoke(uuid) to mcp_app_user;
