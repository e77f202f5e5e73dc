-- Tool update_data_row: changes some values of one row of a data table (a write: behind mcp:write
-- and a confirmation, run by the pipeline as an action). The values are checked against the
-- table's columns by app.data_row_values_check, in the preview and again when the write runs.
create or replace function mcp_tools.update_data_row_preview(args jsonb)
returns jsonb
language plpgsql
stable
security definer
set search_path = ''
as $$
declare
  tbl record;
  old jsonb;
  changes text;
begin
  tbl := app.data_row_values_check((args ->> 'table_id')::uuid, args -> 'values');
  select r.data into old from app.data_rows r where r.id = (args ->> 'row_id')::uuid and r.table_id = (args ->> 'table_id')::uuid;
  if old is null then
    raise exception 'row % of data table % not found or not visible', args ->> 'row_id', args ->> 'table_id'
      using errcode = 'P0002', hint = 'Get the ids of a table''s rows from query_data_table (each row''s id), with the same table_id.';
  end if;
  -- only what differs from the row as it is, old -> new, in the table's column order
  select string_agg(format('%s %s → %s', c ->> 'name', mcp.value_words(old -> (c ->> 'name')),
                           mcp.value_words(args -> 'values' -> (c ->> 'name'))), ', ' order by o)
  into changes
  from jsonb_array_elements(tbl.columns) with ordinality as a (c, o)
  where args -> 'values' ? (c ->> 'name')
    and coalesce(old -> (c ->> 'name'), 'null') <> args -> 'values' -> (c ->> 'name');
  -- the row is named by its first column, as a person knows it
  return jsonb_build_object('preview', format('Update row %s of table %s: %s',
    coalesce(nullif(mcp.value_words(old -> (tbl.columns -> 0 ->> 'name')), 'empty'), args ->> 'row_id'),
    quote_literal(tbl.table_name), coalesce(changes, 'no change, it already has these values')));
end
$$;

create or replace function mcp_tools.update_data_row(args jsonb)
returns jsonb
language plpgsql
volatile
security definer
set search_path = ''
as $$
declare
  data_row jsonb;
begin
  -- the columns as they are now: they may have changed since the preview was confirmed
  perform app.data_row_values_check((args ->> 'table_id')::uuid, args -> 'values');
  update app.data_rows r
  set data = r.data || (args -> 'values'), updated_at = now()
  where r.id = (args ->> 'row_id')::uuid and r.table_id = (args ->> 'table_id')::uuid
  returning app.data_row_json(r)
  into data_row;
  if data_row is null then
    raise exception 'row % of data table % not found or not visible', args ->> 'row_id', args ->> 'table_id'
      using errcode = 'P0002', hint = 'Get the ids of a table''s rows from query_data_table (each row''s id), with the same table_id.';
  end if;
  return jsonb_build_object('row', data_row);
end
$$;

comment on function mcp_tools.update_data_row_preview(jsonb) is 'Preview of the update_data_row tool (see mcp.tools).';
comment on function mcp_tools.update_data_row(jsonb) is 'Handler of the update_data_row tool (see mcp.tools).';
revoke all on function mcp_tools.update_data_row_preview(jsonb) from public;
revoke all on function mcp_tools.update_data_row(jsonb) from public;

select mcp.tool_register(
  name => 'update_data_row',
  title => 'Update a row of a data table',
  description => 'Changes some values of one row of a data table: table_id from list_data_tables, row_id the id of '
    'a row that query_data_table returned for that table. values holds only the columns that change (the '
    'confirmation shows them as old -> new), each a value of the column''s type (text a string, number a number, '
    'boolean true/false, date "YYYY-MM-DD", json any value); null empties a column; the other columns keep their '
    'values. Returns the row as it is after the change (status done).',
  handler => 'mcp_tools.update_data_row(jsonb)',
  preview => 'mcp_tools.update_data_row_preview(jsonb)',
  idempotent => true,
  input_schema => $json${
    "type": "object",
    "properties": {
      "table_id": {"type": "string", "format": "uuid", "description": "Id of the data table; get it from list_data_tables."},
      "row_id": {"type": "string", "format": "uuid", "description": "Id of the row (a row's id from query_data_table for this table)."},
      "values": {"type": "object", "minProperties": 1, "maxProperties": 100,
                 "additionalProperties": {"anyOf": [{"type": "string", "maxLength": 10000}, {"type": "number"},
                                                    {"type": "boolean"}, {"type": "null"}, {"type": "object"},
                                                    {"type": "array"}]},
                 "description": "Column name -> new value, only the columns that change; null empties a column."}
    },
    "required": ["table_id", "row_id", "values"],
    "additionalProperties": false
  }$json$,
  output_schema => jsonb_build_object('type', 'object', 'properties', jsonb_build_object('row', app.data_row_schema()),
                                    'required', jsonb_build_array('row'))
);
