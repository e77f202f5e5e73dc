--! Previous: sha1:9b4a0e7e38f1b3e295edcc971978c12956a4cb16
--! Hash: sha1:63c491b22d5d28f319faaac1aba5b9daef84775b
--! Message: Writes behind confirmation policies: mcp_writer, token scopes and confirm maps, tool effects, write actions and their changes

-- Writes behind confirmation policies. A write has three locks, each in the database: the handler's
-- owner (mcp_writer, the only role that may change the org's data), the token's scope (mcp:write),
-- and a confirmation policy (user, admin or none) that the pipeline enforces with pending actions.

do $$
begin
  if not exists (select from pg_catalog.pg_roles where rolname = 'mcp_writer') then
    create role mcp_writer nologin;
  end if;
end
$$;
-- The role that runs the migrations hands the write handlers over (ALTER FUNCTION ... OWNER), as it
-- does the read handlers to mcp_reader: it must be a member.
do $$
begin
  if not pg_catalog.pg_has_role(current_user, 'mcp_writer', 'member') then
    execute format('grant mcp_writer to %I', current_user);
  end if;
end
$$;
comment on role mcp_writer is
  'Owns the write tools'' handlers: INSERT/UPDATE/DELETE on exactly the tables they change, through RLS to the org '
  'of the running call. NOLOGIN; its only member is the role that runs the migrations (to hand the handlers over).';

-- Every token that exists gets the default: read-only. Writing needs an admin's new token or update.
alter table public.mcp_tokens
  add column scopes text[] not null default '{mcp:read}'
    constraint mcp_tokens_scopes_format check (
      cardinality(scopes) between 1 and 2 and scopes <@ '{mcp:read,mcp:write}' and 'mcp:read' = any (scopes)),
  add column confirm jsonb not null default '{}'
    constraint mcp_tokens_confirm_format check (jsonb_typeof(confirm) = 'object');
comment on column public.mcp_tokens.scopes is
  'What the token may do: {mcp:read} (default; every token issued before writes existed has it) or '
  '{mcp:read,mcp:write}. Write tools need mcp:write; allowed_tools narrows further.';
comment on column public.mcp_tokens.confirm is
  'Confirmation policies this token''s writes follow, overriding the tools'' defaults: {"<tool>": "user"|"admin"|"none"} '
  'and "*" for every write tool. Set by an org admin; "none" runs writes unconfirmed (an automation job).';

alter table mcp.tools
  add column effect text not null default 'read'
    constraint tools_effect check (effect in ('read', 'write', 'destructive')),
  add column preview_handler regprocedure,
  add column confirm_policy text
    constraint tools_confirm_policy check (confirm_policy in ('user', 'admin', 'none')),
  add constraint tools_write_shape check (
    (effect = 'read') = (preview_handler is null) and (effect = 'read') = (confirm_policy is null));
comment on column mcp.tools.effect is
  'read, write or destructive: derived by mcp.tool_register from the handler (STABLE and owned by mcp_reader: read; '
  'VOLATILE and owned by mcp_writer: write, or destructive when the tool file says so).';
comment on column mcp.tools.preview_handler is
  'Write tools: the STABLE function that says in words what a call would change, before anyone confirms it.';
comment on column mcp.tools.confirm_policy is
  'Write tools: the default confirmation policy (user for write, admin for destructive); DBAs may change it, and a '
  'token''s confirm map overrides it.';

-- One row per write a token asked for: what it would change (preview), how it is decided, who decided, what it did.
create table mcp.actions (
  org_id uuid not null,
  id uuid not null default gen_random_uuid() primary key,
  token_id uuid not null,
  tool text not null,
  arguments jsonb not null,
  run_arguments jsonb,
  arguments_digest bytea not null constraint actions_digest_length check (octet_length(arguments_digest) = 32),
  idempotency_key text constraint actions_idempotency_key_length check (char_length(idempotency_key) between 1 and 200),
  preview text not null,
  policy text not null constraint actions_policy check (policy in ('user', 'admin', 'none')),
  decided_by_kind text not null constraint actions_decided_by_kind check (decided_by_kind in ('user', 'admin', 'none')),
  status text not null default 'pending' constraint actions_status check (
    status in ('pending', 'confirmed', 'declined', 'approved', 'rejected', 'expired', 'executed', 'failed')),
  created_at timestamptz not null default now(),
  expires_at timestamptz not null,
  decided_at timestamptz,
  decided_by text,
  reason text constraint actions_reason_length check (char_length(reason) <= 2000),
  result jsonb,
  error jsonb,
  request_id text
);
create index actions_org_created_idx on mcp.actions (org_id, created_at);
create index actions_pending_idx on mcp.actions (org_id, expires_at) where status = 'pending';
create index actions_idempotency_idx on mcp.actions (token_id, tool, idempotency_key, created_at)
  where idempotency_key is not null;
create index actions_token_idx on mcp.actions (token_id, created_at);
comment on table mcp.actions is
  'Write actions: every call of a write tool that got past validation. Append-only but for the one decision '
  '(pending -> confirmed, declined, approved, rejected, expired, executed or failed), made by the pipeline or '
  'public.mcp_action_approve/reject. Read through public.mcp_actions and public.mcp_pending_actions.';
comment on column mcp.actions.arguments is 'The arguments as the usage log keeps them (sensitive ones redacted, long strings cut).';
comment on column mcp.actions.run_arguments is
  'The arguments in full, kept only while the action is pending (the write runs with them), cleared when decided. '
  'Not readable by app users.';
comment on column mcp.actions.arguments_digest is 'sha-256 of the validated arguments: a confirmation binds to exactly these.';
comment on column mcp.actions.policy is 'The confirmation policy in force when the call was made (tool default or the token''s confirm map).';
comment on column mcp.actions.decided_by_kind is
  'Who decides: user (the person at the client, by elicitation), admin (an org admin in SQL; also a user policy '
  'whose client could not ask the user), none (ran at once).';
comment on column mcp.actions.decided_by is 'The app user id or database role that approved or rejected it; the token for user confirmations.';
comment on column mcp.actions.result is 'What the write returned (the tool''s structured result), once it ran.';
comment on column mcp.actions.error is 'When the write failed after its confirmation: {sqlstate, message}; nothing was changed.';

-- The rows a write changed, captured by trigger (mcp.action_capture) while the action ran.
create table mcp.action_changes (
  org_id uuid not null,
  action_id uuid not null references mcp.actions (id),
  seq bigint generated always as identity,
  at timestamptz not null default clock_timestamp(),
  table_name text not null,
  operation text not null constraint action_changes_operation check (operation in ('INSERT', 'UPDATE', 'DELETE')),
  before jsonb,
  after jsonb,
  primary key (action_id, seq)
);
create index action_changes_org_idx on mcp.action_changes (org_id, at);
comment on table mcp.action_changes is
  'Before and after images of every row a write action changed (null before for an INSERT, null after for a '
  'DELETE), in order. Append-only.';

-- Calls of write tools point to their action; the new outcomes are the steps of a confirmation.
alter table mcp.usage_log add column action_id uuid;
comment on column mcp.usage_log.action_id is 'The write action (mcp.actions) this call created, confirmed or replayed.';
alter table mcp.usage_log drop constraint usage_log_outcome;
alter table mcp.usage_log add constraint usage_log_outcome check (outcome in (
  'ok', 'tool_error', 'invalid_arguments', 'not_allowed', 'unknown_tool', 'tool_disabled', 'rate_limited', 'timeout',
  'internal_error', 'confirmation_required', 'awaiting_approval', 'confirmed', 'declined', 'approved', 'rejected', 'expired'));

-- signatures that change
drop function if exists public.mcp_token_issue(uuid, text, text[], integer, timestamptz, text);
drop function if exists mcp.token_settings_check(text, text[], integer, timestamptz, text);
drop function if exists mcp.tool_register(text, text, text, regprocedure, jsonb, jsonb, jsonb, text[]);
drop function if exists mcp.tools_call(text, text, jsonb, jsonb, text);
drop function if exists mcp.token_verify(text);
drop function if exists mcp.handler_adopt(regprocedure, text);
