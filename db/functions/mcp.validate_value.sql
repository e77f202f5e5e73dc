-- One value against one JSON Schema (the subset tools use): type (or a list of types, kept for
-- schemas written before anyOf), anyOf, enum, format uuid / date-time / email, minimum / maximum,
-- minLength / maxLength, items / maxItems, and for objects properties / required /
-- additionalProperties / maxProperties. Raises with the argument's path.
create or replace function mcp.validate_value(path text, schema jsonb, val jsonb)
returns void
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
  types text[];
  actual text := jsonb_typeof(val);
  s text;
  n numeric;
  key text;
  item jsonb;
  hint text := coalesce(schema ->> 'description', '');
  integral boolean := false;
  branches jsonb[] := '{}';
  branch jsonb;
  passed boolean := false;
  err_state text;
  err_message text;
  err_hint text;
begin
  if actual = 'number' then
    integral := (val #>> '{}')::numeric = trunc((val #>> '{}')::numeric);
  end if;
  -- anyOf: the branches whose type admits the value (one type per branch, the portable spelling
  -- of a type list); a branch without a type admits any value and is checked in full. A loop of
  -- expressions, not a query: a query of the schema's values was planned afresh on every call (its
  -- plans with the values as constants always looked cheaper than a generic one), ~30 us for each
  -- value of query_data_table's filter. jsonb's ? finds the value's type as the type or in a list.
  if jsonb_typeof(schema -> 'anyOf') = 'array' then
    for i in 0 .. jsonb_array_length(schema -> 'anyOf') - 1 loop
      branch := schema -> 'anyOf' -> i;
      if not (jsonb_typeof(branch) = 'object' and branch ? 'type')
         or jsonb_typeof(branch -> 'type') in ('string', 'array')
            and ((branch -> 'type') ? actual or (integral and (branch -> 'type') ? 'integer')) then
        branches := branches || case when jsonb_typeof(branch) = 'object' and not branch ? 'description' and schema ? 'description'
                                     then branch || jsonb_build_object('description', schema -> 'description') else branch end;
      end if;
    end loop;
    if cardinality(branches) = 0 then
      types := array(select t from jsonb_array_elements(schema -> 'anyOf') with ordinality as a (b, o),
                       jsonb_array_elements_text(case jsonb_typeof(b -> 'type') when 'array' then b -> 'type'
                                                 else jsonb_build_array(b -> 'type') end) with ordinality as y (t, p)
                     group by t order by min(o), min(p));
    end if;
  end if;
  -- jsonb's ? finds a string in a type list and matches a type given as one string: no query
  if types is null and schema ? 'type'
     and not ((schema -> 'type') ? actual or (integral and (schema -> 'type') ? 'integer')) then
    types := array(select jsonb_array_elements_text(case jsonb_typeof(schema -> 'type') when 'array' then schema -> 'type'
                                                    else jsonb_build_array(schema -> 'type') end));
  end if;
  if types is not null then
    raise exception 'argument "%" must be %, not %', path,
      (select case when cardinality(w) = 1 then w[1]
                   else array_to_string(w[1:cardinality(w) - 1], ', ') || ' or ' || w[cardinality(w)] end
       from (select array(select case t when 'integer' then 'an integer' when 'object' then 'an object'
                                        when 'array' then 'an array' when 'null' then 'null' else 'a ' || t end
                          from unnest(types) with ordinality as u (t, p) order by p) as w) words),
      case when actual = 'number' and 'integer' = any (types) then 'a fractional number'
           when actual = 'object' then 'an object' when actual = 'array' then 'an array'
           when actual = 'null' then 'null' else 'a ' || actual end
      using errcode = '22023', hint = hint;
  end if;
  -- the value must pass one admitting branch in full; when none does, the first one's error (it
  -- names the same argument: e.g. a string too long for the string branch)
  if cardinality(branches) = 1 then
    perform mcp.validate_value(path, branches[1], val);
  elsif cardinality(branches) > 1 then
    foreach branch in array branches loop
      begin
        perform mcp.validate_value(path, branch, val);
        passed := true;
      exception when sqlstate '22023' or sqlstate '22P02' then
        if err_state is null then
          get stacked diagnostics err_state = returned_sqlstate, err_message = message_text, err_hint = pg_exception_hint;
        end if;
      end;
      exit when passed;
    end loop;
    if not passed then
      raise exception '%', err_message using errcode = err_state, hint = err_hint;
    end if;
  end if;

  if schema ? 'enum' and not (schema -> 'enum') @> jsonb_build_array(val) then
    raise exception 'argument "%" must be one of %', path,
      (select string_agg(e::text, ', ') from jsonb_array_elements(schema -> 'enum') e)
      using errcode = '22023', hint = hint;
  end if;

  if actual = 'string' then
    s := val #>> '{}';
    if char_length(s) < (schema ->> 'minLength')::integer then
      raise exception 'argument "%" must be at least % characters long', path, schema ->> 'minLength'
        using errcode = '22023', hint = hint;
    end if;
    if char_length(s) > (schema ->> 'maxLength')::integer then
      raise exception 'argument "%" must be at most % characters long', path, schema ->> 'maxLength'
        using errcode = '22023', hint = hint;
    end if;
    if schema ->> 'format' = 'uuid'
       and not mcp.is_uuid(s) then
      raise exception 'argument "%" must be a UUID such as 0b5c9a2e-6f1d-4c3b-9a7e-2d8f4e6a1c3b', path
        using errcode = '22P02', hint = hint;
    end if;
    if schema ->> 'format' = 'email' and s !~ '^[^@\s]+@[^@\s.]+(\.[^@\s.]+)+$' then -- one @, a dotted domain
      raise exception 'argument "%" must be an email address such as ada@example.com', path
        using errcode = '22023', hint = hint;
    end if;
    if schema ->> 'format' = 'date-time' then
      if s !~ '^\d{4}-\d{2}-\d{2}([Tt ]\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?)?\s*([Zz]|[+-]\d{2}(:?\d{2})?)?$' then
        raise exception 'argument "%" must be an ISO 8601 date-time such as 2026-01-31T09:30:00Z', path
          using errcode = '22P02', hint = hint;
      end if;
      begin
        perform s::timestamptz;
      exception when data_exception then -- any of class 22: field overflow, a bad format, +99:99 (22009), ...
        raise exception 'argument "%" is not a valid date-time: %', path, s using errcode = '22P02', hint = hint;
      end;
    end if;
  elsif actual = 'number' then
    n := (val #>> '{}')::numeric;
    if n < (schema ->> 'minimum')::numeric then
      raise exception 'argument "%" must be at least %', path, schema ->> 'minimum' using errcode = '22023', hint = hint;
    end if;
    if n > (schema ->> 'maximum')::numeric then
      raise exception 'argument "%" must be at most %', path, schema ->> 'maximum' using errcode = '22023', hint = hint;
    end if;
  elsif actual = 'array' then
    if jsonb_array_length(val) > (schema ->> 'maxItems')::integer then
      raise exception 'argument "%" must have at most % items', path, schema ->> 'maxItems'
        using errcode = '22023', hint = hint;
    end if;
    if schema ? 'items' then
      for item, n in select e, o - 1 from jsonb_array_elements(val) with ordinality as a (e, o) loop
        perform mcp.validate_value(path || '[' || n || ']', schema -> 'items', item);
      end loop;
    end if;
  elsif actual = 'object' then
    for key in select jsonb_array_elements_text(coalesce(schema -> 'required', '[]')) loop
      if not val ? key then
        raise exception 'argument "%" is required', path || '.' || key using errcode = '22023', hint = hint;
      end if;
    end loop;
    for key, item in select * from jsonb_each(val) loop
      if schema -> 'properties' ? key then
        perform mcp.validate_value(path || '.' || key, schema -> 'properties' -> key, item);
      elsif schema -> 'additionalProperties' = 'false'::jsonb then
        raise exception 'argument "%" has no property "%"', path, key using errcode = '22023', hint = hint;
      elsif jsonb_typeof(schema -> 'additionalProperties') = 'object' then
        perform mcp.validate_value(path || '.' || key, schema -> 'additionalProperties', item);
      end if;
    end loop;
    if (select count(*) from jsonb_object_keys(val)) > (schema ->> 'maxProperties')::integer then
      raise exception 'argument "%" must have at most % properties', path, schema ->> 'maxProperties'
        using errcode = '22023', hint = hint;
    end if;
  end if;
end
$$;

comment on function mcp.validate_value(text, jsonb, jsonb) is
  'Checks one argument value against its JSON Schema (type or a list of types, anyOf, enum, format '
  'uuid|date-time|email, minimum/maximum, minLength/maxLength, items/maxItems, '
  'properties/required/additionalProperties/maxProperties). Raises 22023 '
  '(22P02 for a malformed uuid or date-time) naming the argument; the schema''s description becomes the hint.';
revoke all on function mcp.validate_value(text, jsonb, jsonb) from public;
