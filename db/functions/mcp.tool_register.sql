-- Registers (or updates) a tool from its file in db/tools/. Enforces the handler contract and
-- hands the handler to mcp_reader. Keeps the enabled flag a DBA may have changed.
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
  fn record;
begin
  select n.nspname, p.prorettype, p.pronargs = 1 and p.proargtypes[0] = 'jsonb'::regtype as jsonb_arg,
         p.provolatile, p.prosecdef, p.prosrc,
         coalesce('search_path=""' = any (p.proconfig), false) as empty_search_path
  into fn
  from pg_catalog.pg_proc p join pg_catalog.pg_namespace n on n.oid = p.pronamespace
  where p.oid = handler;
  if fn.nspname <> 'mcp_tools' or fn.prorettype <> 'jsonb'::regtype or not fn.jsonb_arg
     or fn.provolatile <> 's' or not fn.prosecdef or not fn.empty_search_path then
    raise exception 'handler % of tool % breaks the handler contract', handler, name
      using errcode = '22023',
            hint = 'A handler is mcp_tools.<name>(args jsonb) returns jsonb, STABLE, SECURITY DEFINER, set search_path = ''''.';
  end if;
  -- the org a handler sees is a transaction-local setting that mcp_reader could change: a handler
  -- may neither change settings nor run dynamic SQL (which could)
  if fn.prosrc ~* '\m(set_config|execute)\M' or fn.prosrc ~* '(^|;|\mbegin)\s*set\s' then
    raise exception 'handler % of tool % changes settings or runs dynamic SQL', handler, name
      using errcode = '22023', hint = 'Handlers read the org through mcp.current_org_id() and use static SQL only.';
  end if;
  -- mcp_reader may own a function in mcp_tools only with CREATE there; it gets that for this moment only
  grant create on schema mcp_tools to mcp_reader;
  execute format('alter function %s owner to mcp_reader', handler);
  revoke create on schema mcp_tools from mcp_reader;

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
