-- A data row as the data-row write tools answer with it (the "row" of their output schemas), and
-- that object's JSON Schema.
create or replace function app.data_row_json(r app.data_rows)
returns jsonb
language sql
stable parallel safe
-- no SET clause: callers are definer functions running with search_path = ''
as $$
  select jsonb_build_object('id', r.id, 'table_id', r.table_id, 'data', r.data, 'created_at', r.created_at,
                            'updated_at', r.updated_at)
$$;

comment on function app.data_row_json(app.data_rows) is
  'A data row as insert_data_row and update_data_row return it: {id, table_id, data, created_at, updated_at} (no org_id).';
revoke all on function app.data_row_json(app.data_rows) from public;
grant execute on function app.data_row_json(app.data_rows) to mcp_writer;

create or replace function app.data_row_schema()
returns jsonb
language sql
immutable parallel safe
set search_path = ''
as $$
  select $json${"type": "object", "properties": {
    "id": {"type": "string", "format": "uuid"}, "table_id": {"type": "string", "format": "uuid"},
    "data": {"type": "object", "description": "The row's values keyed by column name."},
    "created_at": {"type": "string", "format": "date-time"}, "updated_at": {"type": "string", "format": "date-time"}},
    "required": ["id", "table_id", "data", "created_at", "updated_at"]}$json$::jsonb
$$;

comment on function app.data_row_schema() is
  'The JSON Schema of a data row as app.data_row_json returns it; used by the data-row write tools'' output schemas.';
revoke all on function app.data_row_schema() from public;
