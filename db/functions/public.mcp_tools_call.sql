-- Entry point for MCP tools/call, for SQL callers (psql, the Supabase SQL console, pgbench): the
-- whole pipeline (mcp.tools_call) in one statement and one transaction. The shim calls
-- public.mcp_tools_call_json, which takes the request as the client sent it.
create or replace function public.mcp_tools_call(
  raw_token text,
  tool_name text,
  arguments jsonb default '{}',
  client jsonb default '{}'
)
returns jsonb
language plpgsql -- not sql: a non-inlined sql function is planned anew on every call (PostgreSQL < 18)
volatile
security definer
set search_path = ''
as $$
begin
  -- an SQL caller cannot answer a confirmation in-band: its writes go the admin's way
  return mcp.tools_call(raw_token, tool_name, arguments, case when jsonb_typeof(client) = 'object' then client - 'elicitation' else client end, null);
end
$$;

comment on function public.mcp_tools_call(text, text, jsonb, jsonb) is
  'MCP tools/call. Returns the CallToolResult {content: [{type: text, text}], structuredContent, isError: false}, '
  'or {content, isError: true} for invalid arguments (22023/22P02), tool errors (e.g. P0002) and timeouts (57014), '
  'or {"error": {sqlstate, message, hint, retry_after}} for a bad token (28000), unknown (MC010), not allowed (MC011) '
  'or disabled (MC012) tool and rate limiting (MC020). Every call with a valid token writes one mcp.usage_log row; '
  'a bad token one mcp.auth_failures row. client: {client_name, client_version, user_agent, ip, request_id}, all '
  'optional. Executable by mcp_gateway only.';
revoke all on function public.mcp_tools_call(text, text, jsonb, jsonb) from public;
grant execute on function public.mcp_tools_call(text, text, jsonb, jsonb) to mcp_gateway;
