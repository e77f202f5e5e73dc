create or replace function mcp.current_org_id()
returns uuid
language sql
stable parallel safe
set search_path = ''
as $$
  select nullif(current_setting('mcp.org_id', true), '')::uuid
$$;

comment on function mcp.current_org_id() is
  'The org of the token whose tools/call is running: set transaction-locally by the pipeline, never taken from '
  'tool arguments. NULL outside a tool call. RLS policies for mcp_reader use (select mcp.current_org_id()).';
revoke all on function mcp.current_org_id() from public;
grant execute on function mcp.current_org_id() to mcp_reader, mcp_writer;
