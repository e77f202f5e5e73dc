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

-- Issue a token that may write (scopes {mcp:read,mcp:write}) as the owner, with an optional
-- confirm map, and return the raw token text.
create or replace function tests.issue_write_token(org uuid, token_name text default 'write token',
                                                   allowed_tools text[] default '{*}', confirm jsonb default '{}')
returns text
language sql
as $$
  select raw_token from public.mcp_token_issue(org, token_name, allowed_tools, scopes => '{mcp:read,mcp:write}',
                                               confirm => confirm)
$$;

-- tools/call as the shim makes it for a client that can ask its user (client {"elicitation": true}):
-- params {name, arguments} and, on a retry, requestState and the user's answer to the confirmation
-- form (answer: 'accept' -> {"action": "accept", "content": {"confirm": true}}, 'decline', 'cancel',
-- or any inputResponses object as jsonb text). Call it as the gateway (tests.act_as('tests_gateway')).
create or replace function tests.call_eliciting(raw_token text, tool_name text, arguments jsonb,
                                                request_state text default null, answer text default null,
                                                request_id text default null)
returns jsonb
language sql
as $$
  select public.mcp_tools_call_json(raw_token,
    (jsonb_build_object('name', tool_name, 'arguments', arguments)
     || case when request_state is not null then jsonb_build_object('requestState', request_state) else '{}' end
     || case when answer is not null then jsonb_build_object('inputResponses', case answer
          when 'accept' then '{"confirm": {"action": "accept", "content": {"confirm": true}}}'::jsonb
          when 'decline' then '{"confirm": {"action": "decline"}}'::jsonb
          when 'cancel' then '{"confirm": {"action": "cancel"}}'::jsonb
          else answer::jsonb end) else '{}' end)::json,
    jsonb_strip_nulls(jsonb_build_object('elicitation', true, 'request_id', request_id))::json)
$$;

grant usage on schema tests to public;
grant execute on all functions in schema tests to public;

-- The client facts the shim passes for an OAuth user whose access token it verified:
-- {"principal": {"org_id"?, "claims": {"iss", "sub", "scopes"}}}.
create or replace function tests.oauth_client(sub uuid, scopes text[] default '{mcp:read}', org uuid default null,
                                              iss text default 'https://auth.example.test')
returns jsonb
language sql
as $$
  select jsonb_build_object('principal', jsonb_strip_nulls(jsonb_build_object(
    'org_id', org, 'claims', jsonb_build_object('iss', iss, 'sub', sub, 'scopes', to_jsonb(scopes)))))
$$;
grant execute on function tests.oauth_client(uuid, text[], uuid, text) to public;

-- A tools/call as the gateway, and how many rows of app.data_rows it read (heap and index fetches,
-- from pg_stat_xact_user_tables: this transaction's counts), for tests that hold a plan's shape
-- rather than its time. Called as the owner; returns as the owner.
create or replace function tests.call_counting_data_rows(raw_token text, tool text, args jsonb,
                                                         out answer jsonb, out rows_read bigint)
language plpgsql
as $$
declare
  before bigint;
begin
  select coalesce(seq_tup_read, 0) + coalesce(idx_tup_fetch, 0) into before
  from pg_catalog.pg_stat_xact_user_tables where relid = 'app.data_rows'::regclass;
  perform tests.act_as('tests_gateway');
  answer := public.mcp_tools_call(raw_token, tool, args, '{}');
  perform tests.act_as_owner();
  select coalesce(seq_tup_read, 0) + coalesce(idx_tup_fetch, 0) - before into rows_read
  from pg_catalog.pg_stat_xact_user_tables where relid = 'app.data_rows'::regclass;
end
$$;
