-- Tool list_dial_buckets: the org's dial buckets.
create or replace function mcp_tools.list_dial_buckets(args jsonb)
returns jsonb
language plpgsql
stable
security definer
set search_path = ''
as $$
declare
  page_limit integer := (args ->> 'limit')::integer;
  after jsonb := mcp.cursor_decode('list_dial_buckets', args ->> 'cursor', '{text,uuid}');
begin
  return mcp.page('list_dial_buckets', 'buckets', page_limit, coalesce((
    select jsonb_agg(jsonb_build_array(jsonb_build_array(b.name, b.id), jsonb_build_object(
             'id', b.id, 'name', b.name, 'description', b.description, 'created_at', b.created_at))
           order by b.name, b.id)
    from (select * from app.dial_buckets b
          -- the cursor's key, or the lowest one: never "after is null or …", which a generic plan cannot use as an index condition
          where (b.name, b.id) > (coalesce(after ->> 0, ''), coalesce((after ->> 1)::uuid, '00000000-0000-0000-0000-000000000000'::uuid))
          order by b.name, b.id
          limit page_limit + 1) b), '[]'));
end
$$;

comment on function mcp_tools.list_dial_buckets(jsonb) is 'Handler of the list_dial_buckets tool (see mcp.tools).';
revoke all on function mcp_tools.list_dial_buckets(jsonb) from public;

select mcp.tool_register(
  name => 'list_dial_buckets',
  title => 'List dial buckets',
  description => 'Lists the dial buckets configured in the organisation, sorted by name: id, name, description, '
    'created_at. Up to limit buckets (default 50, max 100) and next_cursor for more. Use a bucket''s id with '
    'get_dial_bucket_stats.',
  handler => 'mcp_tools.list_dial_buckets(jsonb)',
  input_schema => $json${
    "type": "object",
    "properties": {
      "limit": {"type": "integer", "minimum": 1, "maximum": 100, "default": 50, "description": "Buckets per page (1-100, default 50)."},
      "cursor": {"type": "string", "maxLength": 1000, "description": "next_cursor from the previous page; omit for the first page."}
    },
    "additionalProperties": false
  }$json$,
  output_schema => $json${
    "type": "object",
    "properties": {
      "buckets": {"type": "array", "items": {"type": "object", "properties": {
        "id": {"type": "string", "format": "uuid"}, "name": {"type": "string"}, "description": {"type": "string"},
        "created_at": {"type": "string", "format": "date-time"}}, "required": ["id", "name", "description"]}},
      "next_cursor": {"anyOf": [{"type": "string"}, {"type": "null"}]},
      "truncated": {"type": "boolean"}, "note": {"type": "string"}
    },
    "required": ["buckets", "next_cursor"]
  }$json$
);
