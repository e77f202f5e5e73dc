-- Registers (or updates) a tool from its file in db/tools/. Enforces the handler contract and
-- schemas in the form every client accepts, and hands the handler to its owner
-- (mcp.handler_adopt): mcp_reader for a STABLE handler (a read tool), mcp_writer for a VOLATILE one
-- (a write tool, which also names its preview). Keeps the enabled flag and the confirmation policy
-- a DBA may have changed.
create or replace function mcp.tool_register(
  name text,
  title text,
  description text,
  handler regprocedure,
  input_schema jsonb,
  output_schema jsonb,
  annotations jsonb default '{}',
  sensitive_args text[] default '{}',
  preview regprocedure default null,
  destructive boolean default false,
  idempotent boolean default false
)
returns void
language plpgsql
volatile
set search_path = ''
as $$
#variable_conflict use_variable
declare
  unportable record;
  effect text;
  bad text;
begin
  -- the effect follows from the handler: a read cannot change data, a write must (and says how)
  effect := case when (select p.provolatile from pg_catalog.pg_proc p where p.oid = handler) = 'v'
                 then case when destructive then 'destructive' else 'write' end else 'read' end;
  if effect = 'read' and (preview is not null or destructive) then
    raise exception 'tool %: a STABLE handler reads, so it takes no preview and is not destructive', name
      using errcode = '22023', hint = 'A write tool''s handler is VOLATILE and names its preview.';
  end if;
  if effect <> 'read' and preview is null then
    raise exception 'write tool % has no preview', name
      using errcode = '22023', hint = 'Name the STABLE function that says in words what a call would change: preview => ''mcp_tools.<name>_preview(jsonb)''.';
  end if;
  perform mcp.handler_adopt(handler, format('tool %s', name), effect <> 'read');
  if preview is not null then
    perform mcp.handler_adopt(preview, format('preview of tool %s', name));
  end if;
  if effect <> 'read' then
    -- a confirmation comes from the person at the client or an org admin, never from the model
    select k into bad from jsonb_object_keys(coalesce(input_schema -> 'properties', '{}')) k
    where k ~* '^(confirm|confirmed|confirmation|approve|approved|approval|consent|user_confirmed|request_?state|input_?responses)$'
    limit 1;
    if found then
      raise exception 'write tool % declares the argument "%", which reads as a confirmation', name, bad
        using errcode = '22023', hint = 'Confirmations never travel as arguments: the pipeline asks the user or an admin.';
    end if;
    -- what the model must know of every write, said once here rather than in each tool's words
    description := description || case effect
      when 'destructive' then ' This DESTROYS DATA and needs confirmation: by default an org admin must approve it '
        'first (the answer then says status awaiting_approval with an action_id: tell the user, and check with '
        'get_action_status; nothing changes until then); a token may be set to ask the user instead.'
      else ' This CHANGES DATA and needs confirmation: the user is asked to confirm exactly this change first (or, '
        'when they cannot be asked, an org admin must approve it: the answer then says status awaiting_approval '
        'with an action_id for get_action_status).' end
      || ' An optional idempotency_key makes a retry safe.';
    -- every write takes an idempotency key, and answers with its action
    input_schema := jsonb_set(input_schema, '{properties,idempotency_key}', jsonb_build_object(
      'type', 'string', 'minLength', 1, 'maxLength', 200,
      'description', 'Optional: a key of yours for this change. The same key within 24 hours returns the first '
                     'answer and changes nothing again; the same key with other arguments is refused.'));
    output_schema := jsonb_build_object(
      'type', 'object',
      'properties', coalesce(output_schema -> 'properties', '{}') || jsonb_build_object(
        'status', jsonb_build_object('type', 'string',
          'enum', jsonb_build_array('done', 'awaiting_approval', 'declined', 'rejected', 'expired', 'failed'),
          'description', 'done: the change was made; awaiting_approval: an org admin must approve it (see '
                         'get_action_status); declined/rejected: nothing was changed.'),
        'action_id', jsonb_build_object('type', 'string', 'format', 'uuid'),
        'preview', jsonb_build_object('type', 'string', 'description', 'What the change does, in words.'),
        'expires_at', jsonb_build_object('anyOf', jsonb_build_array(
          jsonb_build_object('type', 'string', 'format', 'date-time'), jsonb_build_object('type', 'null')))),
      'required', jsonb_build_array('status', 'action_id', 'preview'))
      || case when jsonb_array_length(coalesce(output_schema -> 'required', '[]')) > 0 then jsonb_build_object(
           'if', jsonb_build_object('properties', jsonb_build_object('status', jsonb_build_object('const', 'done'))),
           'then', jsonb_build_object('required', output_schema -> 'required')) else '{}' end;
  end if;
  -- the hints follow the effect, whatever the file said
  annotations := coalesce(annotations, '{}') || case effect
    when 'read' then '{"readOnlyHint": true}'::jsonb
    else jsonb_build_object('readOnlyHint', false, 'destructiveHint', effect = 'destructive', 'idempotentHint', idempotent)
  end;
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

  insert into mcp.tools as t (name, title, description, handler, input_schema, output_schema, annotations, sensitive_args,
                              effect, preview_handler, confirm_policy)
  values (name, title, description, handler, input_schema, output_schema, annotations, sensitive_args,
          effect, preview, case effect when 'write' then 'user' when 'destructive' then 'admin' end)
  on conflict on constraint tools_pkey do update
    set title = excluded.title, description = excluded.description, handler = excluded.handler,
        input_schema = excluded.input_schema, output_schema = excluded.output_schema,
        annotations = excluded.annotations, sensitive_args = excluded.sensitive_args,
        effect = excluded.effect, preview_handler = excluded.preview_handler,
        -- a DBA's policy stays while the effect does
        confirm_policy = case when t.effect = excluded.effect then t.confirm_policy else excluded.confirm_policy end,
        updated_at = now()
    where (t.title, t.description, t.handler, t.input_schema, t.output_schema, t.annotations, t.sensitive_args,
           t.effect, t.preview_handler)
          is distinct from
          (excluded.title, excluded.description, excluded.handler, excluded.input_schema, excluded.output_schema,
           excluded.annotations, excluded.sensitive_args, excluded.effect, excluded.preview_handler);
  perform mcp.handler_call_build();
end
$$;

comment on function mcp.tool_register(text, text, text, regprocedure, jsonb, jsonb, jsonb, text[], regprocedure, boolean, boolean) is
  'Adds or updates a tool in mcp.tools (keeping its enabled flag and a DBA''s confirm_policy), after checking the '
  'handler contract (mcp_tools.<name>(jsonb) returns jsonb, SECURITY DEFINER, search_path = '''', no set_config, SET '
  'or EXECUTE in its body) and that both schemas are portable (no type list, no schema constraining nothing such as '
  '{} or true, no $ref; 22023 naming the place). The effect follows from the handler: STABLE is a read (owner '
  'mcp_reader); VOLATILE is a write (owner mcp_writer; destructive => true marks a destructive one), which needs a '
  'STABLE preview, gets an idempotency_key argument, the action fields in its output schema and the sentence on '
  'confirmation at the end of its description, and may not declare an argument that reads as a confirmation. The annotations'' readOnlyHint, destructiveHint and idempotentHint '
  'follow the effect. Called at the end of each db/tools/<name>.sql.';
revoke all on function mcp.tool_register(text, text, text, regprocedure, jsonb, jsonb, jsonb, text[], regprocedure, boolean, boolean) from public;
