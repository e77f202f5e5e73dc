-- Resource kind data_tables.schema: each data table of the org as pgmcp://data-tables/<id>, whose
-- text is the JSON of {id, name, description, columns, row_count} (what list_data_tables says of it).
create or replace function mcp_tools.data_tables_schema_list(args jsonb)
returns jsonb
language plpgsql
stable
security definer
set search_path = ''
as $$
declare
  page_limit integer := coalesce((args ->> 'limit')::integer, 50);
  after jsonb := mcp.cursor_decode('data_tables.schema', args ->> 'cursor', '{text,uuid}');
begin
  return mcp.page('data_tables.schema', 'resources', page_limit, coalesce((
    select jsonb_agg(jsonb_build_array(jsonb_build_array(t.name, t.id), jsonb_strip_nulls(jsonb_build_object(
             'uri', 'pgmcp://data-tables/' || t.id, 'name', t.name, 'title', t.name,
             'description', coalesce(t.description, 'Data table ' || t.name) || ' (schema and row count)',
             'mimeType', 'application/json'))) order by t.name, t.id)
    from (select * from app.data_tables t
          where (t.name, t.id) > (coalesce(after ->> 0, ''), coalesce((after ->> 1)::uuid, '00000000-0000-0000-0000-000000000000'::uuid))
          order by t.name, t.id
          limit page_limit + 1) t), '[]'));
end
$$;

comment on function mcp_tools.data_tables_schema_list(jsonb) is 'List handler of the data_tables.schema resource kind (see mcp.resource_kinds).';
revoke all on function mcp_tools.data_tables_schema_list(jsonb) from public;

create or replace function mcp_tools.data_tables_schema_read(args jsonb)
returns jsonb
language plpgsql
stable
security definer
set search_path = ''
as $$
declare
  wanted uuid := mcp.resource_id(args);
  body jsonb;
begin
  select jsonb_build_object('id', t.id, 'name', t.name, 'description', t.description, 'columns', t.columns,
                            'row_count', t.row_count)
  into body
  from app.data_tables t
  where t.id = wanted;
  if body is null then
    raise exception 'no data table with id %', wanted
      using errcode = 'P0002', hint = 'Call resources/list for the resources this token may read.';
  end if;
  return jsonb_build_object('contents', jsonb_build_array(jsonb_build_object(
    'uri', 'pgmcp://data-tables/' || wanted, 'mimeType', 'application/json', 'text', body::text)));
end
$$;

comment on function mcp_tools.data_tables_schema_read(jsonb) is 'Read handler of the data_tables.schema resource kind (see mcp.resource_kinds).';
revoke all on function mcp_tools.data_tables_schema_read(jsonb) from public;

select mcp.resource_kind_register(
  name => 'data_tables.schema',
  title => 'Data table schema',
  description => 'A data table of the organisation: JSON {id, name, description, columns ([{name, type}]), row_count}. '
    'Query its rows with the query_data_table tool, passing the id.',
  uri_prefix => 'pgmcp://data-tables/',
  mime_type => 'application/json',
  list_handler => 'mcp_tools.data_tables_schema_list(jsonb)',
  read_handler => 'mcp_tools.data_tables_schema_read(jsonb)'
);
