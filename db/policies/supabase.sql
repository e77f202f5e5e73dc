-- Supabase's API roles, where they exist (elsewhere this file does nothing).
-- Supabase grants anon, authenticated and service_role everything on new objects in schema public by
-- default; take that back from the project's public objects, then grant by role:
--   authenticated: an app user, acting through RLS for the orgs in request.jwt.claims.sub
--   service_role:  the server-side key: may act as the gateway (edge functions) and as a DBA
--   anon:          nothing
do $$
declare
  api_role text;
  fn regprocedure;
  rel regclass;
begin
  foreach api_role in array array['anon', 'authenticated', 'service_role'] loop
    continue when not exists (select from pg_catalog.pg_roles where rolname = api_role);
    for rel in
      select c.oid::regclass from pg_catalog.pg_class c
      where c.relnamespace = 'public'::regnamespace and c.relname like 'mcp\_%' and c.relkind in ('r', 'v', 'p')
    loop
      execute format('revoke all on table %s from %I', rel, api_role);
    end loop;
    for fn in
      select p.oid::regprocedure from pg_catalog.pg_proc p
      where p.pronamespace = 'public'::regnamespace and p.proname like 'mcp\_%'
    loop
      execute format('revoke all on function %s from %I', fn, api_role);
    end loop;
  end loop;
  if exists (select from pg_catalog.pg_roles where rolname = 'authenticated') then
    grant mcp_app_user to authenticated;
  end if;
  if exists (select from pg_catalog.pg_roles where rolname = 'service_role') then
    grant mcp_gateway, mcp_admin to service_role;
  end if;
end
$$;
