-- Test helpers, loaded by scripts/test.sh into the test database before pg_prove runs.
-- Never part of the migrations. pgTAP itself lives in schema tap.
create schema if not exists tests;

-- Cluster-global test roles (NOLOGIN; the test session, a superuser, switches to them).
do $$
begin
  if not exists (select from pg_catalog.pg_roles where rolname = 'tests_dba') then
    create role tests_dba nologin;
  end if;
  if not exists (select from pg_catalog.pg_roles where rolname = 'tests_gateway') then
    create role tests_gateway nologin;
  end if;
  if not exists (select from pg_catalog.pg_roles where rolname = 'tests_nobody') then
    create role tests_nobody nologin;
  end if;
end
$$;
grant mcp_admin to tests_dba;
grant mcp_gateway to tests_gateway;

-- An org, with optional admin and member app users.
create or replace function tests.create_org(org_name text default 'Test org')
returns uuid
language sql
as $$
  insert into app.orgs (name) values (org_name) returning id
$$;

create or replace function tests.add_member(org uuid, member_role text default 'member', user_id uuid default gen_random_uuid())
returns uuid
language sql
as $$
  insert into app.org_members (org_id, user_id, role) values (org, user_id, member_role) returning user_id
$$;

-- Become an app user (Supabase style: role authenticated + request.jwt.claims), transaction-locally.
create or replace function tests.act_as_user(user_id uuid)
returns void
language sql
as $$
  select set_config('request.jwt.claims', json_build_object('sub', user_id, 'role', 'authenticated')::text, true);
  select set_config('role', 'authenticated', true);
$$;

-- Become a database role (tests_dba, tests_gateway, tests_nobody, anon, ...), with no app user.
create or replace function tests.act_as(role_name text)
returns void
language sql
as $$
  select set_config('request.jwt.claims', '', true);
  select set_config('role', role_name, true);
$$;

-- Back to the superuser that runs the tests.
create or replace function tests.act_as_owner()
returns void
language sql
as $$
  select set_config('request.jwt.claims', '', true);
  select set_config('role', 'none', true);
$$;

-- Issue a token as the owner and return the raw token text.
create or replace function tests.issue_token(org uuid, token_name text default 'test token',
                                             allowed_tools text[] default '{*}', rate_limit integer default 100,
                                             expires timestamptz default null)
returns text
language sql
as $$
  select raw_token from public.mcp_token_issue(org, token_name, allowed_tools, rate_limit, expires)
$$;

-- The id of the token with this raw text (looked up by hash, as the gateway does).
create or replace function tests.token_id(raw_token text)
returns uuid
language sql
as $$
  select id from public.mcp_tokens where token_hash = sha256(convert_to(raw_token, 'UTF8'))
$$;

grant usage on schema tests to public;
grant execute on all functions in schema tests to public;
