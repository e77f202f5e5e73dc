create or replace function mcp.current_token_id()
returns uuid
language sql
stable parallel safe
-- no SET clause, and every name qualified instead: a SET would keep the planner from inlining it,
-- and the RLS policies that call it would run it as a function, parsed and planned anew in every
-- statement (~8k instructions each, many per tools/call)
return case when pg_catalog.current_setting('mcp.token_id', true) operator(pg_catalog.<>) ''
            then pg_catalog.current_setting('mcp.token_id', true)::pg_catalog.uuid end;

comment on function mcp.current_token_id() is
  'The token whose tools/call is running (set transaction-locally by the pipeline); NULL outside a tool call.';
revoke all on function mcp.current_token_id() from public;
grant execute on function mcp.current_token_id() to mcp_reader, mcp_writer;
