create or replace function mcp.current_org_id()
returns uuid
language sql
stable parallel safe
-- no SET clause, and every name qualified instead: a SET would keep the planner from inlining it,
-- and the RLS policies that call it would run it as a function, parsed and planned anew in every
-- statement (~8k instructions each, many per tools/call)
return case when pg_catalog.current_setting('mcp.org_id', true) operator(pg_catalog.<>) ''
            then pg_catalog.current_setting('mcp.org_id', true)::pg_catalog.uuid end;

comment on function mcp.current_org_id() is
  'The org of the token whose tools/call is running: set transaction-locally by the pipeline, never taken from '
  'tool arguments. NULL outside a tool call. RLS policies for mcp_reader use (select mcp.current_org_id()).';
revoke all on function mcp.current_org_id() from public;
grant execute on function mcp.current_org_id() to mcp_reader, mcp_writer;
