-- Entry point for MCP resources/read as the shim receives it: the request's params and the client facts
-- as json, the text the client sent (see public.mcp_tools_call_json). One statement.
create or replace function public.mcp_resources_read_json(raw_token text, params json, client json default '{}')
returns jsonb
language plpgsql -- not sql: a non-inlined sql function is planned anew on every call (PostgreSQL < 18)
volatile
security definer
set search_path = ''
as $$
declare
  request jsonb := (mcp.params_jsonb(raw_token, params, client)).value;
begin
  return mcp.resources_call(raw_token, 'resources/read',
                            case when jsonb_typeof(request) = 'object' then request else '{}' end, mcp.client_json(client));
end
$$;

comment on function public.mcp_resources_read_json(text, json, json) is
  'MCP resources/read: params {uri}; answers {contents: [{uri, mimeType, text}], ttlMs, cacheScope}. A URI that '
  'matches no kind, or an id the token''s org cannot see (another org''s), is P0002; a kind the token''s '
  'allowed_tools does not admit is MC011. '
  'A bad token: {"error": {"sqlstate": "28000", ...}} and a row in mcp.auth_failures. Refusals: {"error": {sqlstate, '
  'message, hint, retry_after}} (P0002 not found, MC011 not allowed, MC012 disabled, MC020 rate limited, 22023 bad '
  'params). Counts against the token''s rate limit like tools/call and writes one mcp.usage_log row (tool = '
  '''resources/read''). client: {client_name, client_version, user_agent, ip, request_id}, all optional. Executable by '
  'mcp_gateway only.';
revoke all on function public.mcp_resources_read_json(text, json, json) from public;
grant execute on function public.mcp_resources_read_json(text, json, json) to mcp_gateway;
