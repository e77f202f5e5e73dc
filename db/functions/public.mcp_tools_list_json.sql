-- Entry point for MCP tools/list (and the shim's token check at initialize) with the client facts
-- as json, as sent: a fact jsonb cannot hold (\u0000 in a client name) is dropped, not a failure.
create or replace function public.mcp_tools_list_json(raw_token text, client json default '{}')
returns jsonb
language plpgsql -- not sql: a non-inlined sql function is planned anew on every call (PostgreSQL < 18)
volatile
security definer
set search_path = ''
as $$
begin
  return public.mcp_tools_list(raw_token, mcp.client_json(client));
end
$$;

comment on function public.mcp_tools_list_json(text, json) is
  'MCP tools/list as the shim calls it: public.mcp_tools_list with the client facts as json; facts holding a string '
  'text cannot hold (\u0000, an unpaired UTF-16 surrogate) are dropped. Executable by mcp_gateway only.';
revoke all on function public.mcp_tools_list_json(text, json) from public;
grant execute on function public.mcp_tools_list_json(text, json) to mcp_gateway;
