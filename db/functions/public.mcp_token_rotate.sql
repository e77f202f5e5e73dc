-- SECURITY INVOKER, like public.mcp_token_issue: privileges and RLS decide, the checks explain.
create or replace function public.mcp_token_rotate(token_id uuid)
returns table (id uuid, raw_token text, token_prefix text)
language plpgsql
volatile
set search_path = ''
as $$
#variable_conflict use_variable
declare
  prev record;
  token text;
begin
  if token_id is null then
    raise exception 'token_id must not be null' using errcode = '22023';
  end if;
  -- visibility and permission first: a locking read would also apply the UPDATE policy and hide
  -- the row from a member, turning their 42501 into P0002
  select k.org_id into prev from public.mcp_tokens k where k.id = token_id;
  if not found then
    raise exception 'token % not found or not visible', token_id
      using errcode = 'P0002', hint = 'List tokens with: select id, name, token_prefix from public.mcp_tokens;';
  end if;
  if not mcp.may_administer_org(prev.org_id) then
    raise exception 'not allowed to rotate MCP tokens of org %', prev.org_id
      using errcode = '42501', hint = 'Ask an admin of that organisation, or a DBA (a member of mcp_admin).';
  end if;
  -- then lock it, so that two concurrent rotations cannot both succeed
  select k.id, k.org_id, k.name, k.description, k.allowed_tools, k.rate_limit_per_minute, k.expires_at, k.revoked_at,
         k.scopes, k.confirm
  into prev
  from public.mcp_tokens k where k.id = token_id
  for update;
  if prev.revoked_at is not null then
    raise exception 'token % was revoked at %: a revoked token cannot be rotated', token_id, prev.revoked_at
      using errcode = 'MC001', hint = 'Issue a new token with public.mcp_token_issue.';
  end if;
  if prev.expires_at <= now() then
    raise exception 'token % expired at %: an expired token cannot be rotated', token_id, prev.expires_at
      using errcode = 'MC002', hint = 'Issue a new token with public.mcp_token_issue.';
  end if;

  token := mcp.token_generate();
  insert into public.mcp_tokens as t
    (org_id, name, description, token_prefix, token_hash, allowed_tools, rate_limit_per_minute, expires_at,
     scopes, confirm, rotated_from)
  values
    (prev.org_id, prev.name, prev.description, left(token, 12), mcp.token_hash(token), prev.allowed_tools,
     prev.rate_limit_per_minute, prev.expires_at, prev.scopes, prev.confirm, prev.id)
  returning t.id into id;
  update public.mcp_tokens k set revoked_at = now() where k.id = prev.id;
  raw_token := token;
  token_prefix := left(token, 12);
  return next;
end
$$;

comment on function public.mcp_token_rotate(uuid) is
  'Replaces an MCP token: issues a new one with the same org, name, description, allowed_tools, scopes, confirm map, rate limit and '
  'expiry (its rotated_from names the old one), revokes the old one, and returns the new id, raw token (shown '
  'this once) and prefix. P0002 unknown or not visible, 42501 not an admin of its org, MC001 revoked, MC002 expired.';
revoke all on function public.mcp_token_rotate(uuid) from public;
grant execute on function public.mcp_token_rotate(uuid) to mcp_app_user;
