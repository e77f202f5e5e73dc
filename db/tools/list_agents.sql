-- Tool list_agents: the org's AI agents with model and tools configuration.
create or replace function mcp_tools.list_agents(args jsonb)
returns jsonb
language plpgsql
stable
security definer
set search_path = ''
as $$
declare
  page_limit integer := (args ->> 'limit')::integer;
  after jsonb := mcp.cursor_decode('list_agents', args ->> 'cursor', '{text,uuid}');
begin
  return mcp.page('list_agents', 'agents', page_limit, coalesce((
    select jsonb_agg(jsonb_build_array(jsonb_build_array(a.name, a.id), jsonb_build_object(
             'id', a.id, 'name', a.name, 'description', a.description, 'model', a.model, 'tools', a.tools))
           order by a.name, a.id)
    from (select * from app.agents a
          -- the cursor's key, or the lowest one: never "after is null or …", which a generic plan cannot use as an index condition
          where (a.name, a.id) > (coalesce(after ->> 0, ''), coalesce((after ->> 1)::uuid, '00000000-0000-0000-0000-000000000000'::uuid))
          order by a.name, a.id
          limit page_limit + 1) a), '[]'));
end
$$;

comment on function mcp_tools.list_agents(jsonb) is 'Handler of the list_agents tool (see mcp.tools).';
revoke all on function mcp_tools.list_agents(jsonb) from public;

select mcp.tool_register(
  name => 'list_agents',
  title => 'List agents',
  description => 'Lists the AI agents configured in the organisation, sorted by name: id, name, description, model '
    'and tools (the agent''s tools configuration as stored). Up to limit agents (default 25, max 100) and '
    'next_cursor for more.',
  handler => 'mcp_tools.list_agents(jsonb)',
  input_schema => $json${
    "type": "object",
    "properties": {
      "limit": {"type": "integer", "minimum": 1, "maximum": 100, "default": 25, "description": "Agents per page (1-100, default 25)."},
      "cursor": {"type": "string", "maxLength": 1000, "description": "next_cursor from the previous page; omit for the first page."}
    },
    "additionalProperties": false
  }$json$,
  output_schema => $json${
    "type": "object",
    "properties": {
      "agents": {"type": "array", "items": {"type": "object", "properties": {
        "id": {"type": "string", "format": "uuid"}, "name": {"type": "string"}, "description": {"type": "string"},
        "model": {"type": "string"},
        "tools": {"anyOf": [{"type": "array"}, {"type": "object"}, {"type": "string"}, {"type": "number"},
                            {"type": "boolean"}, {"type": "null"}],
                  "description": "The agent's tools configuration as stored: any JSON, usually an array or an object."}},
        "required": ["id", "name", "model", "tools"]}},
      "next_cursor": {"anyOf": [{"type": "string"}, {"type": "null"}]},
      "truncated": {"type": "boolean"}, "note": {"type": "string"}
    },
    "required": ["agents", "next_cursor"]
  }$json$
);
