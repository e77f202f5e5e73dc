-- The usage-log outcome of a write that failed with this SQLSTATE, as mcp.tools_call names a read's.
create or replace function mcp.write_failure_outcome(code text)
returns text
language sql
immutable parallel safe
set search_path = ''
as $$
  select case when code in ('22023', '22P02') then 'invalid_arguments'
              when code = 'MC030' then 'internal_error'
              when code = '57014' then 'timeout'
              else 'tool_error' end
$$;

comment on function mcp.write_failure_outcome(text) is
  'The usage-log outcome for a failed write''s SQLSTATE: invalid_arguments, internal_error, timeout or tool_error.';
revoke all on function mcp.write_failure_outcome(text) from public;
