-- Resolves the principal of a call: the same record as mcp.token_verify, for a p88_ token or for
-- an OAuth user whose access token the shim verified. principal (from the client facts the gateway
-- passes; only mcp_gateway may call the entry points) is null or
--   {"org_id": "<the org the URL names>"?, "claims": {"iss", "sub", "scopes": [...]}?}
-- Without claims it is a token: as today, and refused (wrong_org) at another org's URL. With claims
-- it is a user acting in one org: the one the URL names (the user must be a member), else the
-- user's only org; its grant is created on the first call from the org's defaults.
create or replace function mcp.principal_verify(
  raw_token text,
  principal jsonb,
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
volatile
-- no SET clause: callers run with search_path = '' and names are qualified
as $$
declare
  claims jsonb := case when jsonb_typeof(principal -> 'claims') = 'object' then principal -> 'claims' end;
  wanted uuid;
  iss text := claims ->> 'iss';
  sub text := claims ->> 'sub';
  member uuid;
  orgs uuid[];
  g record;
  t record;
begin
  if principal ->> 'org_id' is not null then
    if not mcp.is_uuid(principal ->> 'org_id') then
      failure := case when claims is null then 'wrong_org' else 'not_member' end;
      return;
    end if;
    wanted := (principal ->> 'org_id')::uuid;
  end if;
  if claims is null then
    -- a token, the hot path: a plain call (a SELECT ... FROM the function would run the executor, ~10 µs more)
    t := mcp.token_verify(raw_token);
    token_id := t.token_id; org_id := t.org_id; failure := t.failure; token_prefix := t.token_prefix;
    allowed_tools := t.allowed_tools; rate_limit_per_minute := t.rate_limit_per_minute; last_used_at := t.last_used_at;
    scopes := t.scopes; confirm := t.confirm;
    if failure is null and wanted is not null and wanted <> org_id then
      failure := 'wrong_org';
    end if;
    return;
  end if;
  if nullif(iss, '') is null or nullif(sub, '') is null then
    failure := 'missing';
    return;
  end if;
  -- app.org_members.user_id is a uuid: a subject that is none is a member of nothing
  if mcp.is_uuid(sub) then
    member := sub::uuid;
  end if;
  if wanted is not null then
    if not exists (select from app.org_members m where m.org_id = wanted and m.user_id = member) then
      failure := 'not_member';
      return;
    end if;
    org_id := wanted;
  else
    select array_agg(m.org_id order by m.org_id) into orgs from app.org_members m where m.user_id = member;
    if orgs is null then
      failure := 'no_org';
      return;
    elsif cardinality(orgs) > 1 then
      failure := 'several_orgs';
      return;
    end if;
    org_id := orgs[1];
  end if;
  select k.id, k.scopes, k.allowed_tools, k.rate_limit_per_minute, k.confirm, k.last_used_at, k.revoked_at into g
  from public.mcp_grants k where k.org_id = principal_verify.org_id and k.issuer = iss and k.subject = sub;
  if g.id is null then
    -- the first call of this user in this org; a concurrent first call inserts the same row
    insert into public.mcp_grants as k (org_id, issuer, subject, scopes, allowed_tools, rate_limit_per_minute, confirm)
    select principal_verify.org_id, iss, sub, coalesce(d.scopes, '{mcp:read}'), coalesce(d.allowed_tools, '{*}'),
           coalesce(d.rate_limit_per_minute, 100), coalesce(d.confirm, '{}')
    from (select) one
    left join public.mcp_grant_defaults d on d.org_id = principal_verify.org_id
    on conflict on constraint mcp_grants_key do nothing;
    select k.id, k.scopes, k.allowed_tools, k.rate_limit_per_minute, k.confirm, k.last_used_at, k.revoked_at into g
    from public.mcp_grants k where k.org_id = principal_verify.org_id and k.issuer = iss and k.subject = sub;
  end if;
  token_id := g.id;
  if g.revoked_at is not null then
    failure := 'revoked';
    return;
  end if;
  allowed_tools := g.allowed_tools;
  rate_limit_per_minute := g.rate_limit_per_minute;
  last_used_at := g.last_used_at;
  confirm := g.confirm;
  -- what both the access token and the grant allow; an access token that names no mcp: scope at
  -- all (Supabase Auth's carry none) counts as mcp:read, what any signed-in member may do
  scopes := array(select s from unnest(g.scopes) s
                  where s in (select jsonb_array_elements_text(case when jsonb_typeof(claims -> 'scopes') = 'array'
                                                                    then claims -> 'scopes' else '[]' end))
                     or (s = 'mcp:read' and not exists (
                           select from jsonb_array_elements_text(case when jsonb_typeof(claims -> 'scopes') = 'array'
                                                                      then claims -> 'scopes' else '[]' end) c
                           where c like 'mcp:%')));
end
$$;

comment on function mcp.principal_verify(text, jsonb) is
  'The principal of a call, as mcp.token_verify answers for a token: principal null or {org_id?, claims?: {iss, sub, '
  'scopes}} (verified claims only, from the gateway). A token: mcp.token_verify, and failure wrong_org at another '
  'org''s URL. An OAuth user: the org named (not_member unless a member) or the only one (no_org, several_orgs), its '
  'grant (created from public.mcp_grant_defaults on first use; revoked: failure revoked), scopes = the token''s '
  'intersected with the grant''s (an access token naming no mcp: scope counts as mcp:read). token_id is the grant''s id. For internal use.';
revoke all on function mcp.principal_verify(text, jsonb) from public;
