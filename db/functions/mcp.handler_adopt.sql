-- The handler contract, shared by the tool and the resource-kind registries: checks a handler and
-- hands it to its owner: mcp_reader for a read (STABLE), mcp_writer for a write (VOLATILE, only
-- write tools). `what` names the thing it handles in the errors ('tool whoami', 'resource kind
-- pages.body').
create or replace function mcp.handler_adopt(handler regprocedure, what text, writes boolean default false)
returns void
language plpgsql
volatile
set search_path = ''
as $$
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
     or fn.provolatile <> (case when writes then 'v' else 's' end) or not fn.prosecdef or not fn.empty_search_path then
    raise exception 'handler % of % breaks the handler contract', handler, what
      using errcode = '22023',
            hint = format('A %s handler is mcp_tools.<name>(args jsonb) returns jsonb, %s, SECURITY DEFINER, set search_path = ''''.',
                          case when writes then 'write' else 'read' end, case when writes then 'VOLATILE' else 'STABLE' end);
  end if;
  -- the org a handler sees is a transaction-local setting that mcp_reader could change: a handler
  -- may neither change settings nor run dynamic SQL (which could)
  if fn.prosrc ~* '\m(set_config|execute)\M' or fn.prosrc ~* '(^|;|\mbegin)\s*set\s' then
    raise exception 'handler % of % changes settings or runs dynamic SQL', handler, what
      using errcode = '22023', hint = 'Handlers read the org through mcp.current_org_id() and use static SQL only.';
  end if;
  -- the owner may own a function in mcp_tools only with CREATE there; it gets that for this moment only
  execute format('grant create on schema mcp_tools to %I', case when writes then 'mcp_writer' else 'mcp_reader' end);
  execute format('alter function %s owner to %I', handler, case when writes then 'mcp_writer' else 'mcp_reader' end);
  execute format('revoke create on schema mcp_tools from %I', case when writes then 'mcp_writer' else 'mcp_reader' end);
end
$$;

comment on function mcp.handler_adopt(regprocedure, text, boolean) is
  'Raises 22023 unless the handler keeps the contract (mcp_tools.<name>(jsonb) returns jsonb, STABLE for a read or '
  'VOLATILE for a write (writes = true), SECURITY DEFINER, search_path = '''', no set_config, SET or EXECUTE in its '
  'body), then makes mcp_reader (a read) or mcp_writer (a write) its owner. Used by mcp.tool_register and '
  'mcp.resource_kind_register.';
revoke all on function mcp.handler_adopt(regprocedure, text, boolean) from public;
