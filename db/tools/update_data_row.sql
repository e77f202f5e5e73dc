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
  returning jsonb_build_object('id', r.id, 'table_id', r.table_id, 'data', r.data, 'created_at', r.created_at,
                               'updated_at', r.updated_at)
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
    'a row that query_data_table returned for that table. This CHANGES DATA and needs confirmation: the user is '
    'asked to confirm exactly this change first, shown as old -> new per column (or, when they cannot be asked, an '
    'org admin must approve it: the answer then says status awaiting_approval with an action_id for '
    'get_action_status). values holds only the columns that change, each a value of the column''s type (text a '
    'string, number a number, boolean true/false, date "YYYY-MM-DD", json any value); null empties a column; the '
    'other columns keep their values. Returns the row as it is after the change (status done).',
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
  output_schema => $json${
    "type": "object",
    "properties": {
      "row": {"type": "object", "properties": {
        "id": {"type": "string", "format": "uuid"}, "table_id": {"type": "string", "format": "uuid"},
        "data": {"type": "object", "description": "The row's values keyed by column name."},
        "created_at": {"type": "string", "format": "date-time"}, "updated_at": {"type": "string", "format": "date-time"}},
        "required": ["id", "table_id", "data", "created_at", "updated_at"]}
    },
    "required": ["row"]
  }$json$
);
