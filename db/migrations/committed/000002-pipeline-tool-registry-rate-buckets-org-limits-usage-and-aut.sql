--! Previous: sha1:a929c6d6a41b982b3333ace42e0f25b4c2f38e84
--! Hash: sha1:cb5970711461ac7e540609b04582237a84754441
--! Message: Pipeline: tool registry, rate buckets, org limits, usage and auth-failure logs

-- The gateway pipeline: tool registry, rate-limit buckets, org ceilings, usage log, auth failures.

-- Tool handlers live in their own schema and are owned by mcp_reader. The role that runs the
-- migrations must be a member of mcp_reader to hand its functions over (ALTER FUNCTION ... OWNER).
do $$
begin
  if not pg_catalog.pg_has_role(current_user, 'mcp_reader', 'member') then
    execute format('grant mcp_reader to %I', current_user);
  end if;
end
$$;

create schema mcp_tools;
comment on schema mcp_tools is
  'pgmcp: tool handlers, one function per tool: (args jsonb) returns jsonb, STABLE, SECURITY DEFINER, '
  'owned by mcp_reader. Registered in mcp.tools. Not executable by anyone but the gateway pipeline.';
revoke all on schema mcp_tools from public;

create table mcp.tools (
  name text primary key constraint tools_name_format check (name ~ '^[A-Za-z0-9_.-]{1,128}$'),
  title text not null constraint tools_title_length check (char_length(title) between 1 and 200),
  description text not null constraint tools_description_length check (char_length(description) between 1 and 4000),
  input_schema jsonb not null
    constraint tools_input_schema_object check (
      input_schema ->> 'type' = 'object' and input_schema -> 'additionalProperties' = 'false'::jsonb
    ),
  output_schema jsonb not null constraint tools_output_schema_object check (output_schema ->> 'type' = 'object'),
  annotations jsonb not null default '{"readOnlyHint": true}'
    constraint tools_annotations_object check (jsonb_typeof(annotations) = 'object'),
  handler regprocedure not null,
  enabled boolean not null default true,
  sensitive_args text[] not null default '{}',
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
comment on table mcp.tools is
  'The tool registry: what tools/list shows and tools/call runs. To add a tool: write db/tools/<name>.sql with '
  'the handler function mcp_tools.<name>(args jsonb) returns jsonb (STABLE, SECURITY DEFINER, set search_path = '''') '
  'and a call to mcp.tool_register(...) below it, and a pgTAP folder db/tests/tools/<name>/. '
  'Disable a tool with update mcp.tools set enabled = false where name = ...; re-applying the files keeps that.';
comment on column mcp.tools.name is 'The MCP tool name: 1 to 128 of [A-Za-z0-9_.-].';
comment on column mcp.tools.description is 'What an LLM reads to decide to call the tool: what it returns, limits, how to paginate.';
comment on column mcp.tools.input_schema is
  'JSON Schema of the arguments (root type object, additionalProperties false); also what the pipeline validates against.';
comment on column mcp.tools.output_schema is 'JSON Schema of structuredContent.';
comment on column mcp.tools.annotations is 'MCP tool annotations (readOnlyHint, idempotentHint, openWorldHint, ...).';
comment on column mcp.tools.handler is 'The function that runs the tool: (args jsonb) returns jsonb, owned by mcp_reader.';
comment on column mcp.tools.enabled is 'A disabled tool is hidden from tools/list and refused by tools/call (MC012).';
comment on column mcp.tools.sensitive_args is 'Argument names whose values the usage log stores as "[redacted]".';

-- Rate limits: GCRA. A bucket stores its theoretical arrival time (tat); a call is admitted when
-- pushing tat by one emission interval keeps it within one period of now. token_id null = the org's
-- shared ceiling.
create table mcp.rate_buckets (
  org_id uuid not null,
  token_id uuid,
  tat timestamptz not null,
  constraint rate_buckets_key unique nulls not distinct (org_id, token_id)
);
comment on table mcp.rate_buckets is
  'GCRA rate-limit state, one row per token (token_id) and per org with a ceiling (token_id null). '
  'Written only by the pipeline, one atomic upsert per check.';
comment on column mcp.rate_buckets.tat is 'Theoretical arrival time: the bucket is full again when tat <= now.';

create table mcp.org_limits (
  org_id uuid primary key references app.orgs (id) on delete cascade,
  rate_limit_per_minute integer not null constraint org_limits_rate_range check (rate_limit_per_minute between 1 and 10000000)
);
comment on table mcp.org_limits is
  'Optional per-org ceiling on tools/call, shared by all the org''s tokens (on top of each token''s own limit). '
  'insert into mcp.org_limits values (''<org-id>'', 1000) on conflict (org_id) do update set rate_limit_per_minute = excluded.rate_limit_per_minute;';

-- The usage log and the auth-failure log are append-only and partitioned by month, so that
-- retention drops whole partitions (cheap at any size) instead of deleting rows. A DEFAULT
-- partition catches rows when no monthly partition exists yet; mcp.log_partitions_ensure() moves
-- them into their month when it creates it.
create table mcp.usage_log (
  org_id uuid not null,
  at timestamptz not null,
  token_id uuid not null,
  tool text not null,
  arguments jsonb,
  outcome text not null constraint usage_log_outcome check (
    outcome in ('ok', 'tool_error', 'invalid_arguments', 'not_allowed', 'unknown_tool', 'tool_disabled',
                'rate_limited', 'timeout', 'internal_error')
  ),
  errcode text,
  message text,
  duration_us integer not null,
  client_name text,
  client_version text,
  user_agent text,
  ip inet,
  request_id text
) partition by range (at);
create table mcp.usage_log_default partition of mcp.usage_log default;
create index usage_log_org_at_idx on mcp.usage_log (org_id, at);
create index usage_log_token_at_idx on mcp.usage_log (token_id, at);

comment on table mcp.usage_log is
  'One row per tools/call, whatever the outcome. Append-only (only public.mcp_usage_purge removes rows); '
  'partitioned by month on at. Audit views: public.mcp_usage_daily and friends (docs/audits.md).';
comment on column mcp.usage_log.at is 'When the call started.';
comment on column mcp.usage_log.tool is 'The tool name as the client sent it (cut to 128 characters).';
comment on column mcp.usage_log.arguments is
  'The arguments with sensitive ones as "[redacted]", long strings cut and the whole capped at 4 kB.';
comment on column mcp.usage_log.outcome is
  'ok, tool_error, invalid_arguments, not_allowed, unknown_tool, tool_disabled, rate_limited, timeout or internal_error.';
comment on column mcp.usage_log.errcode is 'SQLSTATE of the failure (docs/errors.md); null when ok.';
comment on column mcp.usage_log.message is 'The error message (full, unlike what the client was told); null when ok.';
comment on column mcp.usage_log.duration_us is 'Time spent in the database on the call, in microseconds.';
comment on column mcp.usage_log.request_id is 'The request id the shim (or the caller) passed: ties a client-visible error to this row.';

create table mcp.auth_failures (
  at timestamptz not null,
  reason text not null constraint auth_failures_reason check (reason in ('missing', 'malformed', 'unknown', 'revoked', 'expired')),
  token_prefix text,
  org_id uuid,
  token_id uuid,
  client_name text,
  client_version text,
  user_agent text,
  ip inet,
  request_id text
) partition by range (at);
create table mcp.auth_failures_default partition of mcp.auth_failures default;
create index auth_failures_prefix_at_idx on mcp.auth_failures (token_prefix, at);
create index auth_failures_org_at_idx on mcp.auth_failures (org_id, at) where org_id is not null;

comment on table mcp.auth_failures is
  'One row per request with a missing, malformed, unknown, revoked or expired token. Never the raw token: '
  'only its first 12 characters, and only when it is well-formed. Append-only, partitioned by month.';
comment on column mcp.auth_failures.reason is 'missing, malformed (format or checksum), unknown, revoked or expired.';
comment on column mcp.auth_failures.token_prefix is 'First 12 characters of a well-formed presented token; null otherwise.';
comment on column mcp.auth_failures.org_id is 'For a revoked or expired token: its org (null for unknown tokens).';
comment on column mcp.auth_failures.token_id is 'For a revoked or expired token: its id.';

-- mcp.token_verify gains output columns (allowed_tools, rate limit, last_used_at, prefix); it is
-- re-created from db/functions/ after the migrations.
drop function if exists mcp.token_verify(text);
