--! Previous: sha1:8171ddefb5bbcd0c68c5d9fbf74a50e15c81e6d6
--! Hash: sha1:6c4d7183e056bc01e7019a0103bb58abf74c2175
--! Message: usage_log outcome and principal as domains instead of CHECK constraints: read once per session, not at every INSERT

-- The usage log's outcome and principal as domains instead of table CHECK constraints. PostgreSQL
-- reads a table's CHECK expressions from their stored node text at every INSERT statement (per
-- executor start, not per session): with 000013's two, ~50k instructions of a ~945k tools/call
-- (callgrind, PostgreSQL 15). A domain's constraint is read once per session (the type cache) and
-- only evaluated per row. Same rules, same SQLSTATE (23514) and the same columns as text to
-- every reader. The columns change type without a rewrite (a domain without a constraint is the
-- text it is over); adding each constraint afterwards checks the existing rows once (a scan).
-- The views over the log are dropped here and re-created by db-apply (db/views/) after migrating.
drop view if exists public.mcp_usage_daily, public.mcp_org_usage_daily, public.mcp_token_error_rates;

create domain mcp.usage_outcome as text;
comment on domain mcp.usage_outcome is
  'The outcomes a mcp.usage_log row may have (its column outcome). docs/audits.md says what each means.';
create domain mcp.usage_principal as text;
comment on domain mcp.usage_principal is
  'Who made a logged call (mcp.usage_log.principal): token (a p88_ token) or grant (an OAuth access token).';

alter table mcp.usage_log drop constraint if exists usage_log_outcome, drop constraint if exists usage_log_principal;
alter table mcp.usage_log
  alter column outcome type mcp.usage_outcome,
  alter column principal type mcp.usage_principal;
drop function if exists mcp.is_usage_outcome(text);

alter domain mcp.usage_outcome add constraint usage_outcome_check check (value in (
  'ok', 'tool_error', 'invalid_arguments', 'not_allowed', 'unknown_tool', 'tool_disabled', 'rate_limited', 'timeout',
  'internal_error', 'confirmation_required', 'awaiting_approval', 'confirmed', 'declined', 'approved', 'rejected', 'expired'));
alter domain mcp.usage_principal add constraint usage_principal_check check (value = 'token' or value = 'grant');
