create or replace function mcp.current_token_id()
returns uuid
language sql
stable parallel safe
set search_path = ''
as $$
  select nullif(current_setting('mcp.token_id', true), '')::uuid
$$;

comment on function mcp.current_token_id() is
  'The token whose tools/call is running (set transaction-locally by the pipeline); NULL outside a tool call.';
revoke all on function mcp.current_token_id() from public;
grant execute on function mcp.current_token_id() to mcp_reader, mcp_writer;
