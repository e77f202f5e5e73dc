create or replace function mcp.validate_args(input_schema jsonb, args jsonb)
returns jsonb
language plpgsql
-- stable, not immutable, although it is: the planner evaluates an immutable function of constants
-- when it plans, wherever it stands in the expression, and PL/pgSQL plans an expression with its
-- variables' values as constants after an error in the same transaction; a check that raises
-- must run only when the expression reaches it (mcp.args_checked's checks come in order)
stable
-- no SET clause: on the hot path a SET costs a settings save and restore per call; callers run
-- with search_path = '' (the definer entry points and handlers) and names are qualified
as $$
declare
  props jsonb;
  key text;
  prop jsonb;
  result jsonb;
  unknown text;
  missing text;
begin
  props := coalesce(input_schema -> 'properties', '{}');
  if jsonb_typeof(args) is distinct from 'object' then -- no arguments at all (SQL NULL or JSON null) are none
    if args is not null and args <> 'null' then
      raise exception 'arguments must be a JSON object, not %', jsonb_typeof(args) using errcode = '22023';
    end if;
    args := '{}';
  end if;
  -- no arguments (the commonest call): no statement to run unless a property has a default
  if args = '{}' then
    missing := input_schema -> 'required' ->> 0;
    if missing is not null then
      raise exception 'argument "%" is required', missing
        using errcode = '22023', hint = coalesce(props -> missing ->> 'description', '');
    end if;
    if not jsonb_path_exists(props, '$.*.default') then
      return args;
    end if;
  end if;
  -- one statement for what concerns all the arguments (it runs on every call): an unknown one, a
  -- missing required one, and the arguments without JSON nulls (clients often send null for an
  -- optional argument: it counts as absent; only at the top, inside an argument null is a value)
  select (select k from jsonb_object_keys(args) k where not props ? k limit 1),
         (select r from jsonb_array_elements_text(coalesce(input_schema -> 'required', '[]')) r
          where coalesce(args -> r, 'null') = 'null' limit 1),
         case when args = '{}' then args
              else coalesce((select jsonb_object_agg(e.key, e.value) from jsonb_each(args) e where e.value <> 'null'), '{}') end
  into unknown, missing, result;
  if unknown is not null then
    raise exception 'unknown argument "%"', left(unknown, 100)
      using errcode = '22023',
            hint = coalesce('Arguments are: ' || (select string_agg(k, ', ' order by k) from jsonb_object_keys(props) k) || '.',
                            'This tool takes no arguments.');
  end if;
  if missing is not null then
    raise exception 'argument "%" is required', missing
      using errcode = '22023', hint = coalesce(props -> missing ->> 'description', '');
  end if;
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
