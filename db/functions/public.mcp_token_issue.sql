-- SECURITY INVOKER: the caller's own privileges and the RLS policies on public.mcp_tokens decide who
-- may issue (see db/policies/mcp_tokens.sql); the checks below only turn a refusal into a clear error.
create or replace function public.mcp_token_issue(
  org_id uuid,
  name text,
  allowed_tools text[] default '{*}',
  rate_limit_per_minute integer default 100,
  expires_at timestamptz default null,
  description text default null,
  scopes text[] default '{mcp:read}',
  confirm jsonb default '{}'
)
returns table (id uuid, raw_token text, token_prefix text)
language plpgsql
volatile
set search_path = ''
as $$
#variable_conflict use_variable
declare
  token text;
begin
  if org_id is null then
    raise exception 'org_id must not be null' using errcode = '22023';
  end if;
  if not mcp.may_administer_org(org_id) then
    raise exception 'not allowed to issue MCP tokens for org %', org_id
      using errcode = '42501', hint = 'Ask an admin of that organisation, or a DBA (a member of mcp_admin).';
  end if;
  if not exists (select from app.orgs o where o.id = org_id) then
    raise exception 'org % not found', org_id using errcode = 'P0002';
  end if;
  -- the settings (name, allowed_tools, rate limit, expiry, description, scopes, confirm) are checked by the insert
  -- trigger, mcp.tokens_guard, for every way a token row is made

  token := mcp.token_generate();
  insert into public.mcp_tokens as t
    (org_id, name, description, token_prefix, token_hash, allowed_tools, rate_limit_per_minute, expires_at, scopes, confirm)
  values
    (org_id, btrim(name), description, left(token, 12), mcp.token_hash(token), allowed_tools,
     rate_limit_per_minute, expires_at, scopes, confirm)
  returning t.id into id;
  raw_token := token;
  token_prefix := left(token, 12);
  return next;
end
$$;

comment on function public.mcp_token_issue(uuid, text, text[], integer, timestamptz, text, text[], jsonb) is
  'Issues an MCP token for an org and returns its id, the raw token (shown this once; only its sha-256 is stored) '
  'and its 12-character prefix. Optional: allowed_tools (default {*}; names or trailing globs like list_*), '
  'rate_limit_per_minute (default 100), expires_at, description, scopes (default {mcp:read}; {mcp:read,mcp:write} '
  'for the write tools), confirm (the token''s confirmation policies, e.g. {"*": "none"} for an automation job). DBAs may issue for any org, app users for orgs '
  'they are admin of (42501 otherwise). Example: '
  'select * from public.mcp_token_issue(''<org-id>''::uuid, ''Claude Desktop on my laptop'');';
revoke all on function public.mcp_token_issue(uuid, text, text[], integer, timestamptz, text, text[], jsonb) from public;
grant execute on function public.mcp_token_issue(uuid, text, text[], integer, timestamptz, text, text[], jsonb) to mcp_app_user;
