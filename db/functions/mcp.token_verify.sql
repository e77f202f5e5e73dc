-- Checks a presented token without side effects. Owner-only: called by SECURITY DEFINER entry points.
create or replace function mcp.token_verify(
  raw_token text,
  out token_id uuid,
  out org_id uuid,
  out failure text
)
language plpgsql
stable
set search_path = ''
as $$
declare
  revoked timestamptz;
  expires timestamptz;
begin
  if not mcp.token_is_well_formed(raw_token) then
    failure := case when raw_token is null or raw_token = '' then 'missing' else 'malformed' end;
    return;
  end if;
  select k.id, k.org_id, k.revoked_at, k.expires_at into token_id, org_id, revoked, expires
  from public.mcp_tokens k
  where k.token_hash = mcp.token_hash(raw_token);
  failure := case
    when token_id is null then 'unknown'
    when revoked is not null then 'revoked'
    when expires <= now() then 'expired'
  end;
  if failure is not null then
    token_id := null;
    org_id := null;
  end if;
end
$$;

comment on function mcp.token_verify(text) is
  'Looks a presented token up by its sha-256: token_id and org_id when it is valid, else failure = missing, '
  'malformed (format or checksum), unknown, revoked or expired. No side effects; for internal use.';
revoke all on function mcp.token_verify(text) from public;
