-- The argument check of one tool, compiled from its input schema for the generated
-- mcp.args_checked: one SQL expression over `args` that is the arguments as mcp.validate_args
-- would return them (defaults filled in) when it can tell they are valid, and NULL otherwise.
-- mcp.validate_args interprets the schema in PL/pgSQL (a statement, a loop and a call per
-- argument: ~340k instructions for one uuid, more than any other part of a call with arguments);
-- this expression is the same checks written out once, at registration.
--
-- What it proves, in the order mcp.validate_args checks them: no unknown argument, every required
-- one present, and, property by property, each value of a flat schema (one type: string,
-- number, integer or boolean; enum, minimum/maximum, minLength/maxLength, format uuid; nothing
-- else) of that type and within bounds. A value of any other schema (anyOf, a list of types,
-- objects, arrays, date-times, any other keyword) is checked by mcp.validate_value itself, which
-- raises the error mcp.validate_args would: every check before it has passed. What it does not
-- prove (a JSON null for an argument, an integer written 5.0 that mcp.validate_args hands on as 5,
-- one past bigint, a wrong type, a value out of bounds) makes it NULL, and mcp.validate_args
-- decides, raising what it always raised.
create or replace function mcp.args_check_expr(input_schema jsonb)
returns text
language plpgsql
immutable
set search_path = ''
as $$
declare
  props jsonb := coalesce(input_schema -> 'properties', '{}');
  required jsonb := coalesce(input_schema -> 'required', '[]');
  defaults jsonb;
  checks text[] := '{}';
  k text;
  s jsonb;
  v text;  -- the value, jsonb
  t text;  -- the value, text
  c text;
begin
  -- not a schema of a registered tool (a property's schema that is not an object included):
  -- mcp.validate_args alone
  if jsonb_typeof(props) <> 'object' or jsonb_typeof(required) <> 'array'
     or exists (select from jsonb_each(props) p where jsonb_typeof(p.value) <> 'object') then
    return null;
  end if;
  select coalesce(jsonb_object_agg(p.key, p.value -> 'default'), '{}') into defaults
  from jsonb_each(props) p where p.value ? 'default';
  -- a required argument missing from the properties: validate_args always refuses it
  if exists (select from jsonb_array_elements(required) r where jsonb_typeof(r) <> 'string' or not props ? (r #>> '{}')) then
    return null;
  end if;
  -- first what validate_args checks first: no unknown argument, and every required one there (a
  -- JSON null counts as missing)
  checks := checks || format('(args - %L::text[]) = ''{}''::jsonb', (select coalesce(array_agg(p.key), '{}') from jsonb_each(props) p))
                   || coalesce((select array_agg(format('args ? %L and jsonb_typeof(args -> %L) <> ''null''', r, r) order by o)
                                from jsonb_array_elements_text(required) with ordinality as x (r, o)), '{}');
  for k, s in select p.key, p.value from jsonb_each(props) p loop -- the order validate_args checks them in
    v := format('(args -> %L)', k);
    t := format('(args ->> %L)', k);
    -- flat: one scalar type, no keyword but those compiled here (and the annotations), so that a
    -- keyword mcp.validate_value learns later is checked by it, not passed over here; and bounds
    -- that are numbers (lengths whole, in integer's range), as validate_value reads them
    if jsonb_typeof(s -> 'type') = 'string'
       and s ->> 'type' in ('string', 'number', 'integer', 'boolean')
       and (s - '{type,description,title,default,examples,enum,minLength,maxLength,format,minimum,maximum}'::text[]) = '{}'
       and coalesce(s ->> 'format', 'uuid') = 'uuid'
       and not exists (select from jsonb_each(s) b
                       where b.key in ('minLength', 'maxLength', 'minimum', 'maximum')
                         and (jsonb_typeof(b.value) <> 'number'
                              or b.key like '%Length' and not (scale(b.value::numeric) = 0 and b.value::numeric between 0 and 2147483647))) then
      c := format('jsonb_typeof(%s) = %L', v, case s ->> 'type' when 'integer' then 'number' else s ->> 'type' end);
      if s ->> 'type' = 'string' then
        if s ? 'minLength' then c := c || format(' and char_length(%s) >= %s', t, (s ->> 'minLength')::integer); end if;
        if s ? 'maxLength' then c := c || format(' and char_length(%s) <= %s', t, (s ->> 'maxLength')::integer); end if;
        if s ->> 'format' = 'uuid' then c := c || format(' and mcp.is_uuid(%s)', t); end if;
      elsif s ->> 'type' in ('number', 'integer') then
        -- an integer written as one (scale 0) and within bigint's range: validate_args hands on 5.0 as
        -- 5, and refuses one past bigint (22003), so it decides those
        if s ->> 'type' = 'integer' then
          c := c || format(' and scale(%s::numeric) = 0 and %s::numeric between %L::numeric and %L::numeric', v, v,
                           greatest((s ->> 'minimum')::numeric, -9223372036854775808), least((s ->> 'maximum')::numeric, 9223372036854775807));
        else
          if s ? 'minimum' then c := c || format(' and %s::numeric >= %L::numeric', v, (s ->> 'minimum')::numeric); end if;
          if s ? 'maximum' then c := c || format(' and %s::numeric <= %L::numeric', v, (s ->> 'maximum')::numeric); end if;
        end if;
      end if;
      if s ? 'enum' then c := c || format(' and %L::jsonb @> jsonb_build_array(%s)', s -> 'enum', v); end if;
    else
      -- mcp.validate_value raises as validate_args would (void: not null when it returns); a JSON
      -- null (absent to validate_args), and where the schema may say integer a number validate_args
      -- would turn into a bigint (5.0) or refuse as past bigint's range, are left to it
      c := format('jsonb_typeof(%s) <> ''null''', v)
           || case when s::text like '%"integer"%'
                   then format(' and (jsonb_typeof(%s) <> ''number'' or scale(%s::numeric) = 0 and %s::numeric between %L::numeric and %L::numeric)',
                               v, v, v, -9223372036854775808, 9223372036854775807) else '' end
           || format(' and mcp.validate_value(%L, %L::jsonb, %s) is not null', k, s, v);
    end if;
    checks := checks || format('(not args ? %L or %s)', k, c);
  end loop;
  -- every test is true or false, never NULL: AND goes on past a NULL, and would reach a check
  -- that raises (mcp.validate_value) before the one that fails
  return format('case when jsonb_typeof(args) is not distinct from ''object'' and %s then %s end',
                array_to_string(checks, e'\n    and '),
                case when defaults = '{}' then 'args' else format('%L::jsonb || args', defaults) end);
end
$$;

comment on function mcp.args_check_expr(jsonb) is
  'For mcp.handler_call_build: an input schema compiled to one SQL expression over args that is the arguments as '
  'mcp.validate_args returns them (defaults filled in) when it proves them valid, and NULL when mcp.validate_args '
  'must decide. A value of a schema it does not compile is checked by mcp.validate_value, which raises as '
  'mcp.validate_args would.';
revoke all on function mcp.args_check_expr(jsonb) from public;
