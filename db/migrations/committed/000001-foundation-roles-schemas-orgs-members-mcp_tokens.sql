--! Previous: -
--! Hash: sha1:a929c6d6a41b982b3333ace42e0f25b4c2f38e84
--! Message: Foundation: roles, schemas, orgs, members, mcp_tokens

-- Foundation: roles, schemas, the minimal org model and the token table.
-- Stateful DDL only. Functions, grants, RLS policies and triggers live in db/functions/ and
-- db/policies/ and are re-applied after every migration (see .gmrc).

-- Roles are cluster-global: create them only where they are missing, so that several databases
-- of one cluster (and re-runs) share them. A role that runs this needs CREATEROLE, not SUPERUSER.
do $$
begin
  if not exists (select from pg_catalog.pg_roles where rolname = 'mcp_gateway') then
    create role mcp_gateway nologin;
  end if;
  if not exists (select from pg_catalog.pg_roles where rolname = 'mcp_reader') then
    create role mcp_reader nologin;
  end if;
  if not exists (select from pg_catalog.pg_roles where rolname = 'mcp_admin') then
    create role mcp_admin nologin;
  end if;
  if not exists (select from pg_catalog.pg_roles where rolname = 'mcp_app_user') then
    create role mcp_app_user nologin;
  end if;
end
$$;

comment on role mcp_gateway is
  'pgmcp: what the MCP shim logs in as (grant it to a LOGIN role). May execute the gateway entry points and nothing else.';
comment on role mcp_reader is
  'pgmcp: owns the tool handler functions. SELECT on domain tables through RLS scoped to the current org; nothing else.';
comment on role mcp_admin is
  'pgmcp: group for DBAs who administer MCP tokens of every organisation.';
comment on role mcp_app_user is
  'pgmcp: group for the role app users act as (Supabase authenticated): may call the token functions; RLS limits '
  'each app user (request.jwt.claims.sub) to the orgs they belong to.';

-- Functions are not executable by PUBLIC unless a file grants it explicitly.
alter default privileges revoke execute on functions from public;

create schema app;
comment on schema app is
  'pgmcp: the organisation data model (the reference model an adopter maps onto their own tables).';
create schema mcp;
comment on schema mcp is
  'pgmcp: gateway internals (token helpers, tool registry, rate limits, usage log). Not exposed by Supabase''s API.';
revoke all on schema app, mcp from public;

create table app.orgs (
  id uuid primary key default gen_random_uuid(),
  name text not null constraint orgs_name_length check (char_length(name) between 1 and 200),
  created_at timestamptz not null default now()
);
comment on table app.orgs is 'An organisation: the unit of isolation. Every MCP token sees exactly one org.';
comment on column app.orgs.name is 'Display name, 1 to 200 characters.';

create table app.org_members (
  org_id uuid not null references app.orgs (id) on delete cascade,
  user_id uuid not null,
  role text not null constraint org_members_role check (role in ('admin', 'member')),
  created_at timestamptz not null default now(),
  primary key (org_id, user_id)
);
create index org_members_user_id_idx on app.org_members (user_id, org_id);
comment on table app.org_members is
  'Who belongs to an org. user_id is the app user id that request.jwt.claims.sub carries (Supabase auth.users.id).';
comment on column app.org_members.role is
  'admin: may issue, rotate and revoke the org''s MCP tokens; member: may read them.';

create table public.mcp_tokens (
  id uuid primary key default gen_random_uuid(),
  org_id uuid not null references app.orgs (id),
  name text not null constraint mcp_tokens_name_length check (char_length(btrim(name)) between 1 and 200),
  description text constraint mcp_tokens_description_length check (char_length(description) <= 2000),
  token_prefix text not null constraint mcp_tokens_prefix_format check (token_prefix ~ '^p88_[0-9A-Za-z]{8}$'),
  token_hash bytea not null constraint mcp_tokens_hash_length check (octet_length(token_hash) = 32),
  allowed_tools text[] not null default '{*}'
    constraint mcp_tokens_allowed_tools_format check (
      cardinality(allowed_tools) between 1 and 256
      and array_position(allowed_tools, null) is null
      and array_to_string(allowed_tools, ' ') ~ '^(\*|[A-Za-z0-9_.-]{1,128}\*?)( (\*|[A-Za-z0-9_.-]{1,128}\*?))*$'
    ),
  rate_limit_per_minute integer not null default 100
    constraint mcp_tokens_rate_limit_range check (rate_limit_per_minute between 1 and 1000000),
  created_by text not null,
  created_at timestamptz not null default now(),
  last_used_at timestamptz,
  expires_at timestamptz,
  revoked_at timestamptz,
  rotated_from uuid references public.mcp_tokens (id),
  constraint mcp_tokens_token_hash_key unique (token_hash)
);
create index mcp_tokens_org_id_idx on public.mcp_tokens (org_id, created_at);
create index mcp_tokens_rotated_from_idx on public.mcp_tokens (rotated_from) where rotated_from is not null;

comment on table public.mcp_tokens is
  'MCP access tokens. Issue with public.mcp_token_issue(org_id, name); revoke with '
  'update public.mcp_tokens set revoked_at = now() where id = ... (or public.mcp_token_revoke). '
  'Only the sha-256 hash of a token is stored; rows are never deleted.';
comment on column public.mcp_tokens.id is 'Token id (not secret): use it to revoke, rotate and audit.';
comment on column public.mcp_tokens.org_id is 'The one organisation this token can see.';
comment on column public.mcp_tokens.name is 'Human label, e.g. ''Claude Desktop on my laptop'' (1 to 200 characters).';
comment on column public.mcp_tokens.description is 'Optional longer note (up to 2000 characters).';
comment on column public.mcp_tokens.token_prefix is
  'First 12 characters of the token (p88_ + 8), safe to show and log; tells tokens apart.';
comment on column public.mcp_tokens.token_hash is
  'sha256 of the whole token text. The raw token is never stored. Not readable by app users.';
comment on column public.mcp_tokens.allowed_tools is
  'Tool names this token may call: ''*'' for all, or names and trailing globs such as ''list_*''.';
comment on column public.mcp_tokens.rate_limit_per_minute is 'Calls per minute this token may make (default 100).';
comment on column public.mcp_tokens.created_by is
  'Who issued it: the app user id (request.jwt.claims sub) or, for DBAs, the database role name.';
comment on column public.mcp_tokens.last_used_at is
  'Latest successful authentication, to within a minute (writes are throttled to one a minute per token to '
  'keep the row cool; the usage log has exact times).';
comment on column public.mcp_tokens.expires_at is 'Optional expiry; the token stops working at this time.';
comment on column public.mcp_tokens.revoked_at is
  'Set to revoke (update ... set revoked_at = now()); effective on the next call and cannot be undone.';
comment on column public.mcp_tokens.rotated_from is 'For a token issued by public.mcp_token_rotate, the token it replaced.';
