-- Tool insert_data_row: adds a row to one data table (a write: behind mcp:write and a confirmation,
-- run by the pipeline as an action). The values are checked against the table's columns by
-- app.data_row_values_check, in the preview and again when the write runs.
create or replace function mcp_tools.insert_data_row_preview(args jsonb)
returns jsonb
language plpgsql
stable
security definer
set search_path = ''
as $$
declare
  tbl record;
begin
  tbl := app.data_row_values_check((args ->> 'table_id')::uuid, args -> 'values');
  return jsonb_build_object('preview', format('Add a row to table %s: %s', quote_literal(tbl.table_name),
    (select string_agg(format('%s = %s', c ->> 'name', mcp.value_words(args -> 'values' -> (c ->> 'name'))), ', ' order by o)
     from jsonb_array_elements(tbl.columns) with ordinality as a (c, o)
     where args -> 'values' ? (c ->> 'name'))));
end
$$;

create or replace function mcp_tools.insert_data_row(args jsonb)
returns jsonb
language plpgsql
volatile
security definer
set search_path = ''
as $$
declare
  data_row jsonb;
begin
  perform app.data_row_values_check((args ->> 'table_id')::uuid, args -> 'values');
  insert into app.data_rows as r (org_id, table_id, data)
  values (mcp.current_org_id(), (args ->> 'table_id')::uuid, args -> 'values')
  returning app.data_row_json(r)
  into data_row;
  return jsonb_build_object('row', data_row);
end
$$;

comment on function mcp_tools.insert_data_row_preview(jsonb) is 'Preview of the insert_data_row tool (see mcp.tools).';
comment on function mcp_tools.insert_data_row(jsonb) is 'Handler of the insert_data_row tool (see mcp.tools).';
revoke all on function mcp_tools.insert_data_row_preview(jsonb) from public;
revoke all on function mcp_tools.insert_data_row(jsonb) from public;

select mcp.tool_register(
  name => 'insert_data_row',
  title => 'Add a row to a data table',
  description => 'Adds one row to a data table (table_id from list_data_tables; its columns, with their types, '
    'from list_data_tables or query_data_table). values maps column names to values of the column''s type: text a '
    'string, number a number, boolean true/false, date "YYYY-MM-DD", json any value; null leaves a column empty; '
    'columns left out stay empty. Returns the new row (status done).',
  handler => 'mcp_tools.insert_data_row(jsonb)',
  preview => 'mcp_tools.insert_data_row_preview(jsonb)',
  input_schema => $json${
    "type": "object",
    "properties": {
      "table_id": {"type": "string", "format": "uuid", "description": "Id of the data table; get it from list_data_tables."},
      "values": {"type": "object", "minProperties": 1, "maxProperties": 100,
                 "additionalProperties": {"anyOf": [{"type": "string", "maxLength": 10000}, {"type": "number"},
                                                    {"type": "boolean"}, {"type": "null"}, {"type": "object"},
                                                    {"type": "array"}]},
                 "description": "Column name -> value, each of the column's type; at least one column."}
    },
    "required": ["table_id", "values"],
    "additionalProperties": false
  }$json$,
  output_schema => jsonb_build_object('type', 'object', 'properties', jsonb_build_object('row', app.data_row_schema()),
                                    'required', jsonb_build_array('row'))
);
