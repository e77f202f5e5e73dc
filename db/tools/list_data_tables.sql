-- Tool list_data_tables: the org's data tables with their columns and row counts.
create or replace function mcp_tools.list_data_tables(args jsonb)
returns jsonb
language plpgsql
stable
security definer
set search_path = ''
as $$
declare
  page_limit integer := (args ->> 'limit')::integer;
  after jsonb := mcp.cursor_decode('list_data_tables', args ->> 'cursor', '{text,uuid}');
begin
  return mcp.page('list_data_tables', 'tables', page_limit, coalesce((
    select jsonb_agg(jsonb_build_array(jsonb_build_array(t.name, t.id), jsonb_build_object(
             'id', t.id, 'name', t.name, 'description', t.description, 'columns', t.columns,
             'row_count', t.row_count)) order by t.name, t.id)
    from (select * from app.data_tables t
          -- the cursor's key, or the lowest one: never "after is null or …", which a generic plan cannot use as an index condition
          where (t.name, t.id) > (coalesce(after ->> 0, ''), coalesce((after ->> 1)::uuid, '00000000-0000-0000-0000-000000000000'::uuid))
          order by t.name, t.id
          limit page_limit + 1) t), '[]'));
end
$$;

comment on function mcp_tools.list_data_tables(jsonb) is 'Handler of the list_data_tables tool (see mcp.tools).';
revoke all on function mcp_tools.list_data_tables(jsonb) from public;

select mcp.tool_register(
  name => 'list_data_tables',
  title => 'List data tables',
  description => 'Lists the organisation''s data tables (user-defined tables), sorted by name: id, name, description, '
    'columns ([{name, type}]) and row_count. Returns up to limit tables (default 50, max 100); when next_cursor is '
    'not null, call again with cursor = next_cursor for the next page. Use a table''s id with query_data_table.',
  handler => 'mcp_tools.list_data_tables(jsonb)',
  input_schema => $json${
    "type": "object",
    "properties": {
      "limit": {"type": "integer", "minimum": 1, "maximum": 100, "default": 50, "description": "Tables per page (1-100, default 50)."},
      "cursor": {"type": "string", "maxLength": 1000, "description": "next_cursor from the previous page; omit for the first page."}
    },
    "additionalProperties": false
  }$json$,
  output_schema => $json${
    "type": "object",
    "properties": {
      "tables": {"type": "array", "items": {"type": "object", "properties": {
        "id": {"type": "string", "format": "uuid"}, "name": {"type": "string"},
        "description": {"anyOf": [{"type": "string"}, {"type": "null"}]},
        "columns": {"type": "array", "items": {"type": "object", "properties": {"name": {"type": "string"}, "type": {"type": "string"}}}},
        "row_count": {"type": "integer"}}, "required": ["id", "name", "columns", "row_count"]}},
      "next_cursor": {"anyOf": [{"type": "string"}, {"type": "null"}],
                      "description": "Pass as cursor for the next page; null on the last page."},
      "truncated": {"type": "boolean"}, "note": {"type": "string"}
    },
    "required": ["tables", "next_cursor"]
  }$json$
);
