-- SECURITY INVOKER on purpose: it asks about current_user, the role running the statement.
create or replace function mcp.is_dba()
returns boolean
language sql
stable parallel safe
set search_path = ''
as $$
  select pg_has_role(current_user, 'mcp_admin', 'member')
      or pg_has_role(current_user, (select c.relowner from pg_catalog.pg_class c
                                    where c.oid = 'public.mcp_tokens'::regclass), 'member')
$$;

comment on function mcp.is_dba() is
  'True when the current role may administer the tokens of every org: a superuser, a member of mcp_admin, '
  'or the owner of public.mcp_tokens (the role that ran the migrations).';
revoke all on function mcp.is_dba() from public;
grant execute on function mcp.is_dba() to mcp_app_user;
