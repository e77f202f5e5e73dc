create or replace function mcp.validate_args(input_schema jsonb, args jsonb)
returns jsonb
language plpgsql
immutable
-- no SET clause: on the hot path a SET costs a settings save and restore per call; callers run
-- with search_path = '' (the SECURITY DEFINER entry points and handlers) and names are qualified
as $$
declare
  props jsonb := coalesce(input_schema -> 'properties', '{}');
  key text;
  prop jsonb;
  result jsonb;
begin
  if args is null or args = 'null'::jsonb then
    args := '{}';
  end if;
  if jsonb_typeof(args) <> 'object' then
    raise exception 'arguments must be a JSON object, not %', jsonb_typeof(args) using errcode = '22023';
  end if;
  for key in select jsonb_object_keys(args) loop
    if not props ? key then
      raise exception 'unknown argument "%"', left(key, 100)
        using errcode = '22023',
              hint = coalesce('Arguments are: ' || (select string_agg(k, ', ' order by k) from jsonb_object_keys(props) k) || '.',
                              'This tool takes no arguments.');
    end if;
  end loop;
  -- a JSON null counts as absent (clients often send null for an optional argument); only at the
  -- top: inside an argument (e.g. a filter value) null is a value
  result := coalesce((select jsonb_object_agg(e.key, e.value) from jsonb_each(args) e
                      where e.value <> 'null'::jsonb), '{}');
  for key in select jsonb_array_elements_text(coalesce(input_schema -> 'required', '[]')) loop
    if not result ? key then
      raise exception 'argument "%" is required', key
        using errcode = '22023', hint = coalesce(props -> key ->> 'description', '');
    end if;
  end loop;
  for key, prop in select * from jsonb_each(props) loop
    if result ? key then
      perform mcp.validate_value(key, prop, result -> key);
      -- an integral number such as 5.0 passed as an integer: hand the handler 5
      if jsonb_typeof(result -> key) = 'number' and (result ->> key)::numeric = trunc((result ->> key)::numeric)
         and (prop -> 'type' = '"integer"' or prop -> 'type' @> '["integer"]' or prop -> 'anyOf' @> '[{"type": "integer"}]') then
        result := jsonb_set(result, array[key], to_jsonb((result ->> key)::numeric::bigint));
      end if;
    elsif prop ? 'default' then
      result := result || jsonb_build_object(key, prop -> 'default');
    end if;
  end loop;
  return result;
end
$$;

comment on function mcp.validate_args(jsonb, jsonb) is
  'Validates tool arguments against the tool''s input schema and returns them with defaults filled in and JSON '
  'nulls dropped. Raises 22023 (unknown, missing, wrong type or out of range, naming the argument) or 22P02 '
  '(a malformed uuid or date-time).';
revoke all on function mcp.validate_args(jsonb, jsonb) from public;
