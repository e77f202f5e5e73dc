--! Previous: sha1:63c491b22d5d28f319faaac1aba5b9daef84775b
--! Hash: sha1:0e610568eebe869d0e7c7deca345153666c25b0e
--! Message: OAuth grants: public.mcp_grants (one per org, issuer, subject; created from public.mcp_grant_defaults), the logs name the principal

-- OAuth grants: an OAuth principal (a user signed in at the configured issuer, verified by the
-- shim) acting in one org. One grant row per (org, issuer, subject), created on the user's first
-- call from the org's defaults; org admins narrow, revoke and restore grants as they do tokens.
-- The pipeline treats a grant as it treats a token: the grant's id is the principal id wherever
-- the logs, buckets and actions say token_id (uuids: a grant id never equals a token id).

create table public.mcp_grants (
  org_id uuid not null references app.orgs (id),
  id uuid primary key default gen_random_uuid(),
  issuer text not null constraint mcp_grants_issuer_length check (char_length(issuer) between 1 and 500),
  subject text not null constraint mcp_grants_subject_length check (char_length(subject) between 1 and 255),
  scopes text[] not null default '{mcp:read}'
    constraint mcp_grants_scopes_format check (
      cardinality(scopes) between 1 and 2 and scopes <@ '{mcp:read,mcp:write}' and 'mcp:read' = any (scopes)),
  allowed_tools text[] not null default '{*}'
    constraint mcp_grants_allowed_tools_format check (cardinality(allowed_tools) between 1 and 200),
  rate_limit_per_minute integer not null default 100
    constraint mcp_grants_rate_limit_range check (rate_limit_per_minute between 1 and 100000),
  confirm jsonb not null default '{}' constraint mcp_grants_confirm_format check (jsonb_typeof(confirm) = 'object'),
  created_at timestamptz not null default now(),
  last_used_at timestamptz,
  revoked_at timestamptz,
  constraint mcp_grants_key unique (org_id, issuer, subject)
);
create index mcp_grants_org_created_idx on public.mcp_grants (org_id, created_at);
comment on table public.mcp_grants is
  'One row per OAuth user acting in an org through the gateway (issuer, subject, org), created on the user''s first '
  'call from the org''s defaults (public.mcp_grant_defaults). Org admins narrow it (scopes, allowed_tools, '
  'rate_limit_per_minute, confirm) and revoke it (revoked_at = now(): 401 on the next call) or restore it '
  '(revoked_at = null). Rows are never deleted.';
comment on column public.mcp_grants.issuer is 'The authorization server (JWT iss) that signed the user''s access tokens.';
comment on column public.mcp_grants.subject is
  'The user (JWT sub): app.org_members.user_id; with Supabase Auth, auth.users.id.';
comment on column public.mcp_grants.scopes is
  'The ceiling: a call may do what both this and the access token''s scope allow ({mcp:read} or {mcp:read,mcp:write}).';
comment on column public.mcp_grants.allowed_tools is 'Tool names this grant may call; {*} = all (as for tokens).';
comment on column public.mcp_grants.rate_limit_per_minute is 'Calls per minute for this grant (as for tokens).';
comment on column public.mcp_grants.confirm is
  'Confirmation policies of this grant''s writes, overriding the tools'' defaults ({"<tool>": "user"|"admin"|"none", "*": ...}).';
comment on column public.mcp_grants.last_used_at is 'Last call, to the minute.';
comment on column public.mcp_grants.revoked_at is
  'Set: every call of this user in this org is refused (401) until an admin sets it back to null.';

create table public.mcp_grant_defaults (
  org_id uuid primary key references app.orgs (id) on delete cascade,
  scopes text[] not null default '{mcp:read}'
    constraint mcp_grant_defaults_scopes_format check (
      cardinality(scopes) between 1 and 2 and scopes <@ '{mcp:read,mcp:write}' and 'mcp:read' = any (scopes)),
  allowed_tools text[] not null default '{*}'
    constraint mcp_grant_defaults_allowed_tools_format check (cardinality(allowed_tools) between 1 and 200),
  rate_limit_per_minute integer not null default 100
    constraint mcp_grant_defaults_rate_limit_range check (rate_limit_per_minute between 1 and 100000),
  confirm jsonb not null default '{}'
    constraint mcp_grant_defaults_confirm_format check (jsonb_typeof(confirm) = 'object')
);
comment on table public.mcp_grant_defaults is
  'What a new grant of the org starts with (one row per org; without one: {mcp:read}, {*}, 100/min, {}). Changing it '
  'changes no existing grant.';

-- The logs name the principal: token_id is the principal's id (a token's or a grant's), and
-- principal says which.
alter table mcp.usage_log
  add column principal text not null default 'token' constraint usage_log_principal check (principal in ('token', 'grant'));
comment on column mcp.usage_log.token_id is 'The principal that called: a token''s id, or a grant''s (see principal).';
comment on column mcp.usage_log.principal is 'token (a p88_ token, public.mcp_tokens) or grant (an OAuth user, public.mcp_grants).';

alter table mcp.auth_failures
  add column issuer text,
  add column subject text,
  drop constraint auth_failures_reason,
  add constraint auth_failures_reason check (
    reason in ('missing', 'malformed', 'unknown', 'revoked', 'expired', 'not_member', 'wrong_org', 'no_org', 'several_orgs'));
comment on column mcp.auth_failures.reason is
  'missing, malformed (format or checksum), unknown, revoked or expired (a token, or a revoked grant); for an OAuth user: '
  'not_member (of the org the URL names), no_org (a member of none), several_orgs (at /mcp, a member of several); '
  'wrong_org: a token at another org''s URL.';
comment on column mcp.auth_failures.token_id is 'For a revoked or expired token, or a revoked grant: its id.';
comment on column mcp.auth_failures.issuer is 'For an OAuth user: the verified issuer (iss).';
comment on column mcp.auth_failures.subject is 'For an OAuth user: the verified subject (sub).';
