-- Checks a presented token without side effects: one format/checksum test, one index lookup.
-- Owner-only: called by the SECURITY DEFINER entry points.
create or replace function mcp.token_verify(
  raw_token text,
  out token_id uuid,
  out org_id uuid,
  out failure text,
  out token_prefix text,
  out allowed_tools text[],
  out rate_limit_per_minute integer,
  out last_used_at timestamptz
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
    failure := case when raw_token is null or btrim(raw_token) = '' then 'missing' else 'malformed' end;
    return;
  end if;
  token_prefix := left(raw_token, 12);
  select k.id, k.org_id, k.revoked_at, k.expires_at, k.allowed_tools, k.rate_limit_per_minute, k.last_used_at
  into token_id, org_id, revoked, expires, allowed_tools, rate_limit_per_minute, last_used_at
  from public.mcp_tokens k
  where k.token_hash = mcp.token_hash(raw_token);
  failure := case
    when token_id is null then 'unknown'
    when revoked is not null then 'revoked'
    when expires <= now() then 'expired'
  end;
end
$$;

comment on function mcp.token_verify(text) is
  'Looks a presented token up by its sha-256. failure is null for a valid token, else missing, malformed (format '
  'or checksum), unknown, revoked or expired; token_id/org_id are filled whenever the token exists (also when '
  'revoked or expired, for the failure log). token_prefix is set for any well-formed token. No side effects.';
revoke all on function mcp.token_verify(text) from public;
