-- Entry point for MCP tools/list (and the shim's check of a token at initialize): one statement.
create or replace function public.mcp_tools_list(raw_token text, client jsonb default '{}')
returns jsonb
language plpgsql
volatile
security definer
set search_path = ''
as $$
declare
  v record;
begin
  -- a token without a URL org (nearly every call) skips the principal layer: a plain lookup
  if client ? 'principal' then
    v := mcp.principal_verify(raw_token, client -> 'principal');
  else
    v := mcp.token_verify(raw_token);
  end if;
  if v.failure is not null then
    perform mcp.auth_failure_log(v.failure, v.token_prefix, v.org_id, v.token_id, client);
    return mcp.principal_error(v.failure, client -> 'principal');
  end if;
  perform mcp.token_touch(v.token_id, v.last_used_at);
  return jsonb_build_object('tools', coalesce((
    select jsonb_agg(jsonb_build_object(
             'name', t.name,
             'title', t.title,
             'description', t.description,
             'inputSchema', t.input_schema,
             'outputSchema', t.output_schema,
             'annotations', t.annotations) order by t.name)
    from mcp.tools t
    where t.enabled and mcp.tool_allowed(v.allowed_tools, t.name)
      and 'mcp:read' = any (v.scopes) and (t.effect = 'read' or 'mcp:write' = any (v.scopes))), '[]'::jsonb));
end
$$;

comment on function public.mcp_tools_list(text, jsonb) is
  'MCP tools/list: {"tools": [{name, title, description, inputSchema, outputSchema, annotations}, ...]} with only '
  'the enabled tools this token may call, by name (allowed_tools) and scope (every tool needs mcp:read, write tools mcp:write too). A bad token: {"error": {"sqlstate": "28000", ...}} and a row in '
  'mcp.auth_failures. client: {client_name, client_version, user_agent, ip, request_id}, all optional. Consumes no '
  'rate limit. Executable by mcp_gateway only.';
revoke all on function public.mcp_tools_list(text, jsonb) from public;
grant execute on function public.mcp_tools_list(text, jsonb) to mcp_gateway;
