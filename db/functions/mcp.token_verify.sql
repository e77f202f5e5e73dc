-- Checks a presented token without side effects: a format test and one index lookup; the
-- checksum is computed only when the lookup misses, to classify the failure.
-- Owner-only: called by the definer entry points.
create or replace function mcp.token_verify(
  raw_token text,
  out token_id uuid,
  out org_id uuid,
  out failure text,
  out token_prefix text,
  out allowed_tools text[],
  out rate_limit_per_minute integer,
  out last_used_at timestamptz,
  out scopes text[],
  out confirm jsonb
)
language plpgsql
stable
-- no SET clause: on the hot path a SET costs a settings save and restore per call; callers run
-- with search_path = '' (the definer entry points and handlers) and names are qualified
as $$
declare
  revoked timestamptz;
  expires timestamptz;
  wanted_hash bytea;
begin
  if raw_token is null or btrim(raw_token) = '' then
    failure := 'missing';
    return;
  end if;
  if raw_token !~ '^p88_[0-9A-Za-z]{38}$' then
    failure := 'malformed';
    return;
  end if;
  -- as mcp.token_hash, inline; computed once, not by a plan that scans the tokens for every row
  wanted_hash := sha256(convert_to(raw_token, 'UTF8'));
  select k.id, k.org_id, k.revoked_at, k.expires_at, k.allowed_tools, k.rate_limit_per_minute, k.last_used_at,
         k.scopes, k.confirm
  into token_id, org_id, revoked, expires, allowed_tools, rate_limit_per_minute, last_used_at, scopes, confirm
  from public.mcp_tokens k
  where k.token_hash = wanted_hash;
  if token_id is null then
    -- only a miss pays for the checksum (CRC-32, most of this function's cost): it tells a typo or
    -- a fragment (malformed) from a well-formed token that was never issued (unknown)
    if mcp.token_is_well_formed(raw_token) then
      failure := 'unknown';
      token_prefix := left(raw_token, 12);
    else
      failure := 'malformed';
    end if;
    return;
  end if;
  token_prefix := left(raw_token, 12);
  failure := case
    when revoked is not null then 'revoked'
    when expires <= now() then 'expired'
  end;
end
$$;

comment on function mcp.token_verify(text) is
  'Looks a presented token up by its sha-256. failure is null for a valid token, else missing, malformed (format '
  'or checksum), unknown, revoked or expired; scopes and confirm are the token''s; token_id/org_id are filled whenever the token exists (also when '
  'revoked or expired, for the failure log). token_prefix is set for any well-formed token. No side effects.';
revoke all on function mcp.token_verify(text) from public;
