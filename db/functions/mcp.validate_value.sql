-- One value against one JSON Schema (the subset tools use): type (or a list of types), enum,
-- format uuid / date-time, minimum / maximum, minLength / maxLength, items / maxItems, and for
-- objects properties / required / additionalProperties. Raises with the argument's path.
create or replace function mcp.validate_value(path text, schema jsonb, val jsonb)
returns void
language plpgsql
immutable
set search_path = ''
as $$
declare
  types text[];
  actual text := jsonb_typeof(val);
  s text;
  n numeric;
  key text;
  item jsonb;
  hint text := coalesce(schema ->> 'description', '');
begin
  if schema ? 'type' then
    types := case jsonb_typeof(schema -> 'type')
               when 'array' then array(select jsonb_array_elements_text(schema -> 'type'))
               else array[schema ->> 'type'] end;
    if not (actual = any (types)
            or (actual = 'number' and 'integer' = any (types) and (val #>> '{}')::numeric = trunc((val #>> '{}')::numeric)))
       or (actual = 'number' and not 'number' = any (types) and (val #>> '{}')::numeric <> trunc((val #>> '{}')::numeric)) then
      raise exception 'argument "%" must be %, not %', path,
        array_to_string(array(select case t when 'integer' then 'an integer' when 'object' then 'an object'
                                            when 'array' then 'an array' when 'null' then 'null' else 'a ' || t end
                              from unnest(types) t), ' or '),
        case when actual = 'number' and 'integer' = any (types) then 'a fractional number'
             when actual = 'object' then 'an object' when actual = 'array' then 'an array' else 'a ' || actual end
        using errcode = '22023', hint = hint;
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
       and s !~ '^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$' then
      raise exception 'argument "%" must be a UUID such as 0b5c9a2e-6f1d-4c3b-9a7e-2d8f4e6a1c3b', path
        using errcode = '22P02', hint = hint;
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
  'Checks one argument value against its JSON Schema (type, enum, format uuid|date-time, minimum/maximum, '
  'minLength/maxLength, items/maxItems, properties/required/additionalProperties/maxProperties). Raises 22023 '
  '(22P02 for a malformed uuid or date-time) naming the argument; the schema''s description becomes the hint.';
revoke all on function mcp.validate_value(text, jsonb, jsonb) from public;
