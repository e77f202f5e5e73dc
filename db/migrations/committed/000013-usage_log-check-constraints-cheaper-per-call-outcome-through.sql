--! Previous: sha1:826e43a2286e26380d36154471fa08a7cf81f770
--! Hash: sha1:8171ddefb5bbcd0c68c5d9fbf74a50e15c81e6d6
--! Message: usage_log CHECK constraints cheaper per call: outcome through mcp.is_usage_outcome, principal as two comparisons

-- The usage log's two CHECK constraints, cheaper per call. PostgreSQL reads a table's CHECK
-- expressions from their stored node text at every INSERT statement (per executor, not per
-- session), and an IN list is a constant array stored byte by byte: for usage_log_outcome's 16
-- outcomes that read was ~11% of a whole tools/call's instructions (callgrind, PostgreSQL 15).
-- The same rules, as a call of an immutable plpgsql function (compiled once per session) and two
-- comparisons. Adding them validates the existing rows once (a scan of the log, no rewrite).
create or replace function mcp.is_usage_outcome(outcome text)
returns boolean
language plpgsql
immutable parallel safe
as $$
begin
  return outcome in (
    'ok', 'tool_error', 'invalid_arguments', 'not_allowed', 'unknown_tool', 'tool_disabled', 'rate_limited', 'timeout',
    'internal_error', 'confirmation_required', 'awaiting_approval', 'confirmed', 'declined', 'approved', 'rejected', 'expired');
end
$$;
comment on function mcp.is_usage_outcome(text) is
  'The outcomes a mcp.usage_log row may have (its CHECK constraint usage_log_outcome). docs/audits.md says what each means.';
revoke all on function mcp.is_usage_outcome(text) from public;

alter table mcp.usage_log drop constraint if exists usage_log_outcome;
alter table mcp.usage_log add constraint usage_log_outcome check (mcp.is_usage_outcome(outcome));
alter table mcp.usage_log drop constraint if exists usage_log_principal;
alter table mcp.usage_log add constraint usage_log_principal check (principal = 'token' or principal = 'grant');
