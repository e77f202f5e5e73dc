-- Registers (or updates) a resource kind from its file in db/resources/. Enforces the handler
-- contract on both handlers and hands them to mcp_reader (mcp.handler_adopt), as mcp.tool_register
-- does for tools. Keeps the enabled flag a DBA may have changed.
create or replace function mcp.resource_kind_register(
  name text,
  title text,
  description text,
  uri_prefix text,
  mime_type text,
  list_handler regprocedure,
  read_handler regprocedure
)
returns void
language plpgsql
volatile
set search_path = ''
as $$
#variable_conflict use_variable
begin
  -- allowed_tools names tools and kinds alike: one name must not mean both
  if exists (select from mcp.tools t where t.name = name) then
    raise exception 'resource kind % has the name of a tool', name
      using errcode = '22023', hint = 'Name kinds <what>.<part>, e.g. pages.body, so that they never clash with a tool.';
  end if;
  perform mcp.handler_adopt(list_handler, format('resource kind %s', name));
  perform mcp.handler_adopt(read_handler, format('resource kind %s', name));

  insert into mcp.resource_kinds as k (name, title, description, uri_prefix, mime_type, list_handler, read_handler)
  values (name, title, description, uri_prefix, mime_type, list_handler, read_handler)
  on conflict on constraint resource_kinds_pkey do update
    set title = excluded.title, description = excluded.description, uri_prefix = excluded.uri_prefix,
        mime_type = excluded.mime_type, list_handler = excluded.list_handler, read_handler = excluded.read_handler,
        updated_at = now()
    where (k.title, k.description, k.uri_prefix, k.mime_type, k.list_handler, k.read_handler)
          is distinct from
          (excluded.title, excluded.description, excluded.uri_prefix, excluded.mime_type, excluded.list_handler,
           excluded.read_handler);
  perform mcp.handler_call_build();
end
$$;

comment on function mcp.resource_kind_register(text, text, text, text, text, regprocedure, regprocedure) is
  'Adds or updates a resource kind in mcp.resource_kinds (keeping its enabled flag), after checking both handlers '
  'against the handler contract (mcp.handler_adopt) and giving them to mcp_reader; refuses the name of a tool. '
  'Called at the end of each db/resources/<kind>.sql.';
revoke all on function mcp.resource_kind_register(text, text, text, text, text, regprocedure, regprocedure) from public;
