-- The values a data-row write tool was given (insert_data_row, update_data_row), checked against
-- the declared columns of their table ([{"name", "type"}], see app.data_tables.columns): each key a
-- column, each value of the column's type (text: a string, number: a number, boolean: true or
-- false, date: a string YYYY-MM-DD that is a date, json: any value; null empties any column).
-- The format knows no required columns, so a row may leave any out. SECURITY INVOKER: the table is
-- read through the caller's RLS (a preview as mcp_reader, a handler as mcp_writer), so another
-- org's table is not found.
create or replace function app.data_row_values_check(table_id uuid, vals jsonb, out table_name text, out columns jsonb)
language plpgsql
stable
-- no SET clause: callers are definer functions running with search_path = ''
as $$
#variable_conflict use_variable
declare
  names text;
  bad record;
begin
  select t.name, t.columns into table_name, columns from app.data_tables t where t.id = table_id;
  if not found then
    raise exception 'data table % not found or not visible', table_id
      using errcode = 'P0002', hint = 'Get the ids of the data tables from list_data_tables.';
  end if;
  names := 'Its columns are: '
    || coalesce((select string_agg(format('%s (%s)', c ->> 'name', coalesce(c ->> 'type', 'json')), ', ' order by o)
                 from jsonb_array_elements(columns) with ordinality as a (c, o)), 'none') || '.';
  if vals is null or vals = '{}'::jsonb then
    raise exception 'argument "values" is empty: give the value of at least one column' using errcode = '22023', hint = names;
  end if;
  select v.key, v.value, c.col ->> 'type' as type, c.col is not null as known into bad
  from jsonb_each(vals) v
  left join lateral (select x as col from jsonb_array_elements(columns) x where x ->> 'name' = v.key limit 1) c on true
  where c.col is null
     or (v.value <> 'null'::jsonb and case c.col ->> 'type'
           when 'text' then jsonb_typeof(v.value) <> 'string'
           when 'number' then jsonb_typeof(v.value) <> 'number'
           when 'boolean' then jsonb_typeof(v.value) <> 'boolean'
           when 'date' then jsonb_typeof(v.value) <> 'string' or not app.is_iso_date(v.value #>> '{}')
           else false end)
  order by c.col is not null, v.key
  limit 1;
  if not found then
    return;
  end if;
  if not bad.known then
    raise exception 'argument "values": "%" is not a column of table "%"', left(bad.key, 100), table_name
      using errcode = '22023', hint = names;
  end if;
  raise exception 'argument "values.%": column "%" of table "%" takes %, not %', bad.key, bad.key, table_name,
    case bad.type when 'text' then 'a string' when 'number' then 'a number' when 'boolean' then 'true or false'
                  else 'a date as YYYY-MM-DD (e.g. 2026-12-03)' end,
    case jsonb_typeof(bad.value) when 'string' then 'the string ' || mcp.value_words(bad.value, 40)
                                 when 'object' then 'an object' when 'array' then 'an array'
                                 else 'a ' || jsonb_typeof(bad.value) end
    using errcode = '22023', hint = names || ' Give null to empty a column.';
end
$$;

comment on function app.data_row_values_check(uuid, jsonb) is
  'Checks a data-row write''s values against the columns of its table, read through the caller''s RLS: P0002 when '
  'the table is unknown or another org''s, 22023 when values is empty, names an unknown column, or gives a value '
  'of the wrong type (naming the column and the type it takes). Returns the table''s name and columns. Used by '
  'the previews and handlers of insert_data_row and update_data_row.';
revoke all on function app.data_row_values_check(uuid, jsonb) from public;
grant execute on function app.data_row_values_check(uuid, jsonb) to mcp_reader, mcp_writer;
