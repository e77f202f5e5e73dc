-- The usage-log outcome of a call that failed with this SQLSTATE: one naming for reads, writes and
-- confirmations (MC040: the request's confirmation state was not valid).
create or replace function mcp.failure_outcome(code text)
returns text
language sql
immutable parallel safe
set search_path = ''
as $$
  select case when code in ('22023', '22P02', 'MC040') then 'invalid_arguments'
              when code = 'MC030' then 'internal_error'
              when code = '57014' then 'timeout'
              else 'tool_error' end
$$;

comment on function mcp.failure_outcome(text) is
  'The usage-log outcome for a failed call''s SQLSTATE: invalid_arguments (22023, 22P02, MC040), internal_error (MC030), '
  'timeout (57014) or tool_error.';
revoke all on function mcp.failure_outcome(text) from public;
