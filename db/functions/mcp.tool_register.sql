-- Registers (or updates) a tool from its file in db/tools/. Enforces the handler contract and
-- hands the handler to mcp_reader (mcp.handler_adopt). Keeps the enabled flag a DBA may have changed.
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
begin
  perform mcp.handler_adopt(handler, format('tool %s', name));

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
end
$$;

comment on function mcp.tool_register(text, text, text, regprocedure, jsonb, jsonb, jsonb, text[]) is
  'Adds or updates a tool in mcp.tools (keeping its enabled flag), after checking the handler contract '
  '(mcp_tools.<name>(jsonb) returns jsonb, STABLE, SECURITY DEFINER, search_path = '''', no set_config, SET or '
  'EXECUTE in its body) and giving the handler '
  'to mcp_reader. Called at the end of each db/tools/<name>.sql.';
revoke all on function mcp.tool_register(text, text, text, regprocedure, jsonb, jsonb, jsonb, text[]) from public;
