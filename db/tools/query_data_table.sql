-- Tool query_data_table: rows of one data table, optionally filtered by column equality.
create or replace function mcp_tools.query_data_table(args jsonb)
returns jsonb
language plpgsql
stable
security definer
set search_path = ''
as $$
declare
  tid uuid := (args ->> 'table_id')::uuid;
  page_limit integer := (args ->> 'limit')::integer;
  filter jsonb := coalesce(args -> 'filter', '{}');
  after jsonb := mcp.cursor_decode('query_data_table', args ->> 'cursor', '{uuid}');
  tbl record;
  bad text;
  page_rows jsonb;
begin
  select t.id, t.name, t.columns into tbl from app.data_tables t where t.id = tid;
  if not found then
    raise exception 'data table % not found or not visible', tid
      using errcode = 'P0002', hint = 'Get the ids of the data tables from list_data_tables.';
  end if;
  select f.key into bad
  from jsonb_object_keys(filter) as f (key)
  where not exists (select from jsonb_array_elements(tbl.columns) c where c ->> 'name' = f.key)
  limit 1;
  if found then
    raise exception 'argument "filter": "%" is not a column of table "%"', bad, tbl.name
      using errcode = '22023',
            hint = 'Its columns are: ' || coalesce((select string_agg(c ->> 'name', ', ') from jsonb_array_elements(tbl.columns) c), 'none') || '.';
  end if;
  -- app.data_rows_page picks the rows (walking the table, or for a rare value its GIN index); the
  -- rows themselves are read here, as mcp_reader, through RLS: by the primary key (org_id from the
  -- policy, id = any of the page's ids). Not a join with the function: its row estimate against the
  -- size of the org would decide between these probes and hashing every row of the org.
  select jsonb_agg(jsonb_build_array(jsonb_build_array(r.id), jsonb_build_object('id', r.id, 'values', r.data)) order by r.id)
  into page_rows
  from app.data_rows r
  where r.id = any (array(
    select app.data_rows_page(tid, filter, coalesce((after ->> 0)::uuid, '00000000-0000-0000-0000-000000000000'::uuid), page_limit)));
  return jsonb_build_object('table', jsonb_build_object('id', tbl.id, 'name', tbl.name, 'columns', tbl.columns))
      || mcp.page('query_data_table', 'rows', page_limit, coalesce(page_rows, '[]'));
end
$$;

comment on function mcp_tools.query_data_table(jsonb) is 'Handler of the query_data_table tool (see mcp.tools).';
revoke all on function mcp_tools.query_data_table(jsonb) from public;

select mcp.tool_register(
  name => 'query_data_table',
  title => 'Query a data table',
  description => 'Returns rows of one data table (table_id from list_data_tables): each row''s id and its values '
    'keyed by column name, plus the table''s name and columns. Optional filter: {column: value} pairs that must all '
    'be equal (exact match, case-sensitive). Up to limit rows per page (default 25, max 100); when next_cursor is '
    'not null, call again with the same table_id and filter and cursor = next_cursor. A page may be cut short to '
    'stay small (truncated: true); continue with next_cursor.',
  handler => 'mcp_tools.query_data_table(jsonb)',
  input_schema => $json${
    "type": "object",
    "properties": {
      "table_id": {"type": "string", "format": "uuid", "description": "Id of the data table; get it from list_data_tables."},
      "filter": {"type": "object", "maxProperties": 20,
                 "additionalProperties": {"anyOf": [{"type": "string", "maxLength": 1000}, {"type": "number"},
                                                    {"type": "boolean"}, {"type": "null"}]},
                 "description": "Column name -> value; rows must match all of them exactly."},
      "limit": {"type": "integer", "minimum": 1, "maximum": 100, "default": 25, "description": "Rows per page (1-100, default 25)."},
      "cursor": {"type": "string", "maxLength": 1000, "description": "next_cursor from the previous page; omit for the first page."}
    },
    "required": ["table_id"],
    "additionalProperties": false
  }$json$,
  output_schema => $json${
    "type": "object",
    "properties": {
      "table": {"type": "object", "properties": {"id": {"type": "string"}, "name": {"type": "string"}, "columns": {"type": "array"}},
                "required": ["id", "name", "columns"]},
      "rows": {"type": "array", "items": {"type": "object", "properties": {"id": {"type": "string", "format": "uuid"}, "values": {"type": "object"}},
               "required": ["id", "values"]}},
      "next_cursor": {"anyOf": [{"type": "string"}, {"type": "null"}]},
      "truncated": {"type": "boolean"}, "note": {"type": "string"}
    },
    "required": ["table", "rows", "next_cursor"]
  }$json$
);
