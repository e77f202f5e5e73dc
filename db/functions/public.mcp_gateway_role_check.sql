-- What the shim checks about its own login role at startup: a role that is more than a member of
-- mcp_gateway (the owner, a superuser, service_role ...) works, but a bug or a stolen connection
-- string then reaches far more than the gateway entry points. SECURITY INVOKER: it describes the
-- caller only.
create or replace function public.mcp_gateway_role_check()
returns jsonb
language sql
stable
set search_path = ''
as $$
  select jsonb_build_object(
    'role', current_user::text,
    'gateway', pg_catalog.pg_has_role(current_user, 'mcp_gateway', 'member'),
    'warnings', to_jsonb(array_remove(array[
      case when not pg_catalog.pg_has_role(current_user, 'mcp_gateway', 'member')
           then 'is not a member of mcp_gateway: the entry points will refuse it' end,
      case when r.rolsuper then 'is a superuser' end,
      case when r.rolbypassrls and not r.rolsuper then 'bypasses row level security (BYPASSRLS)' end,
      case when (r.rolcreaterole or r.rolcreatedb) and not r.rolsuper then 'may create roles or databases' end,
      case when not r.rolsuper and (select c.relowner from pg_catalog.pg_class c where c.oid = 'public.mcp_tokens'::pg_catalog.regclass)
                                   in (select m.oid from pg_catalog.pg_roles m where pg_catalog.pg_has_role(current_user, m.oid, 'member'))
           then 'owns the pgmcp schema (it is the migration role)' end,
      case when not r.rolsuper then (
        select 'is also a member of ' || string_agg(m.rolname::text, ', ' order by m.rolname)
        from pg_catalog.pg_roles m
        where m.oid <> r.oid and m.rolname <> 'mcp_gateway'
          and pg_catalog.pg_has_role(current_user, m.oid, 'member')
        having count(*) > 0) end
    ], null)))
  from pg_catalog.pg_roles r
  where r.rolname = current_user
$$;

comment on function public.mcp_gateway_role_check() is
  'Describes the calling role as a gateway login role: {role, gateway: member of mcp_gateway?, warnings: [...]} where '
  'warnings name what it has beyond mcp_gateway (superuser, BYPASSRLS, CREATEROLE/CREATEDB, owning the pgmcp '
  'schema, other role memberships). The shim logs each warning at startup. Executable by mcp_gateway.';
revoke all on function public.mcp_gateway_role_check() from public;
grant execute on function public.mcp_gateway_role_check() to mcp_gateway;
