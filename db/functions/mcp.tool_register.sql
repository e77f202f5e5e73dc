-- Registers (or updates) a tool from its file in db/tools/. Enforces the handler contract and
-- schemas in the form every client accepts, and hands the handler to mcp_reader
-- (mcp.handler_adopt). Keeps the enabled flag a DBA may have changed.
create or replace function mcp.tool_register(
  name text,
  title text,
  description text,
  handler regprocedure,
  input_schema jsonb,
  output_schema jsonb,
  annotations jsonb default '{"readOnlyHint": true}',
  sensitive_args text[] default '{}'
)
returns void
language plpgsql
volatile
set search_path = ''
as $$
#variable_conflict use_variable
declare
  unportable record;
begin
  perform mcp.handler_adopt(handler, format('tool %s', name));
  -- schemas every client and model API accepts (what the MCP Inspector's portability lint checks):
  -- no type list (anyOf, one type per branch), no schema that constrains nothing ({}, only a
  -- description, a bare true or false), no $ref (clients fetch nothing; validate_value follows none)
  select f.at, f.problem, f.fix, count(*) over () as n into unportable
  from (
    with recursive node (at, keyword, s) as (
      select * from (values ('inputSchema', null::text, input_schema), ('outputSchema', null, output_schema)) v
      union all
      select n.at || c.at, c.keyword, c.s
      from node n, lateral (
        select '.' || k || '.' || e.key, k, e.value
        from unnest(array['properties', 'patternProperties', 'dependentSchemas', '$defs', 'definitions']) k,
             jsonb_each(case when jsonb_typeof(n.s -> k) = 'object' then n.s -> k end) e
        union all
        select '.' || k || '[' || e.o - 1 || ']', k, e.v
        from unnest(array['anyOf', 'oneOf', 'allOf', 'prefixItems', 'items']) k,
             jsonb_array_elements(case when jsonb_typeof(n.s -> k) = 'array' then n.s -> k end) with ordinality e (v, o)
        union all
        select '.' || k, k, n.s -> k
        from unnest(array['items', 'additionalProperties', 'unevaluatedProperties', 'additionalItems', 'unevaluatedItems',
                          'contains', 'not', 'propertyNames', 'if', 'then', 'else', 'contentSchema']) k
        where jsonb_typeof(n.s -> k) in ('object', 'boolean')
      ) c (at, keyword, s)
      where jsonb_typeof(n.s) = 'object'
    )
    select at, format('"type" is a list (%s)', s -> 'type') as problem,
           format('Write {"anyOf": [%s]}: one type per branch, which every client reads.',
                  (select string_agg(jsonb_build_object('type', t)::text, ', ') from jsonb_array_elements(s -> 'type') t)) as fix
    from node where jsonb_typeof(s) = 'object' and jsonb_typeof(s -> 'type') = 'array'
    union all
    select at, 'a $ref', 'Write the referenced schema in place: clients fetch no schema, and mcp.validate_value follows no $ref.'
    from node where jsonb_typeof(s) = 'object' and s ?| array['$ref', '$dynamicRef', '$recursiveRef']
    union all
    select at, 'a bare ' || s::text || ' where a schema belongs',
           case when s = 'true' then 'Declare what the value is, e.g. {"type": "object"}.'
                else 'Leave the property out (with additionalProperties false) to forbid it.' end
    from node
    where jsonb_typeof(s) = 'boolean'
      and coalesce(keyword, '') <> all (array['additionalProperties', 'unevaluatedProperties', 'additionalItems', 'unevaluatedItems'])
    union all
    select at, 'a schema that constrains nothing (' || left(s::text, 100) || ')',
           'Declare what the value is, e.g. {"type": "object"}; for any JSON value, an anyOf of the types object, array, '
           'string, number, boolean and null.'
    from node
    where jsonb_typeof(s) = 'object' and keyword is distinct from 'not'
      and not s ?| array['type', 'enum', 'const', 'multipleOf', 'maximum', 'exclusiveMaximum', 'minimum', 'exclusiveMinimum',
                         'maxLength', 'minLength', 'pattern', 'format', 'contentMediaType', 'contentEncoding', 'contentSchema',
                         'maxItems', 'minItems', 'uniqueItems', 'maxContains', 'minContains', 'maxProperties', 'minProperties',
                         'required', 'dependentRequired', 'allOf', 'anyOf', 'oneOf', 'not', 'items', 'prefixItems', 'contains',
                         'additionalItems', 'unevaluatedItems', 'properties', 'patternProperties', 'additionalProperties',
                         'unevaluatedProperties', 'propertyNames', 'dependentSchemas', 'dependencies', '$ref',
                         '$dynamicRef', '$recursiveRef']
      and not (s ? 'if' and s ?| array['then', 'else'])
  ) f
  order by f.at
  limit 1;
  if found then
    raise exception 'a schema of tool % is not portable at %: %', name, unportable.at,
      unportable.problem || case when unportable.n > 1 then format(' (and %s more)', unportable.n - 1) else '' end
      using errcode = '22023', hint = unportable.fix;
  end if;

  insert into mcp.tools as t (name, title, description, handler, input_schema, output_schema, annotations, sensitive_args)
  values (name, title, description, handler, input_schema, output_schema, annotations, sensitive_args)
  on conflict on constraint tools_pkey do update
    set title = excluded.title, description = excluded.description, handler = excluded.handler,
        input_schema = excluded.input_schema, output_schema = excluded.output_schema,
        annotations = excluded.annotations, sensitive_args = excluded.sensitive_args, updated_at = now()
    where (t.title, t.description, t.handler, t.input_schema, t.output_schema, t.annotations, t.sensitive_args)
          is distinct from
          (excluded.title, excluded.description, excluded.handler, excluded.input_schema, excluded.output_schema,
           excluded.annotations, excluded.sensitive_args);
  perform mcp.handler_call_build();
end
$$;

comment on function mcp.tool_register(text, text, text, regprocedure, jsonb, jsonb, jsonb, text[]) is
  'Adds or updates a tool in mcp.tools (keeping its enabled flag), after checking the handler contract '
  '(mcp_tools.<name>(jsonb) returns jsonb, STABLE, SECURITY DEFINER, search_path = '''', no set_config, SET or '
  'EXECUTE in its body) and that both schemas are portable (no type list, no schema constraining nothing such as {} '
  'or true, no $ref; 22023 naming the place), and giving the handler to mcp_reader. Called at the end of each '
  'db/tools/<name>.sql.';
revoke all on function mcp.tool_register(text, text, text, regprocedure, jsonb, jsonb, jsonb, text[]) from public;
