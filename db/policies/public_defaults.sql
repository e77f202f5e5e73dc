-- What every role gets from PostgreSQL's defaults for PUBLIC, taken back where pgmcp may do so.
--
-- PostgreSQL grants PUBLIC, in every database: CONNECT and TEMPORARY on the database, EXECUTE on
-- most pg_catalog functions (among them the large-object functions: lo_create, lo_from_bytea,
-- lowrite, ... which store data outside every table, RLS and usage log), and, before PostgreSQL 15
-- or where an installer granted it back, CREATE on schema public. mcp_gateway and mcp_reader hold
-- these as members of PUBLIC, and a PUBLIC grant cannot be revoked from one role: only from PUBLIC,
-- that is from every role of this database. So this file does it only in a database that is pgmcp's:
--
--   * the database's owner is the installing role (current_user here: db-apply.ts and install.sql
--     run as it) or a role whose privileges it has, and
--   * it is not Supabase (the role supabase_admin does not exist): there the database is the
--     project's, and its own roles (auth, storage, realtime, the API roles) keep their defaults;
--   * and nobody opted out: a database shared with an application whose roles rely on these
--     defaults keeps them with `alter database <db> set pgmcp.keep_public_defaults = on`.
--
-- Then: TEMPORARY on the database and CREATE on schema public are revoked from PUBLIC. Without
-- TEMPORARY a role can create neither temporary tables nor functions in pg_temp. The owner keeps
-- both; mcp_admin (DBAs) and mcp_app_user (app users) are granted TEMPORARY back: they are the
-- roles people run their own SQL as, and temporary tables are a working tool there (the pgTAP suite
-- keeps results in them, as DBAs and app users), while nothing a token reaches needs one. Any other
-- role of this database that needs it gets it from a DBA (see the README's Roles section).
-- EXECUTE on the large-object functions is revoked from PUBLIC only if the installer is also a
-- superuser: pg_catalog's functions belong to the bootstrap superuser, and a function's ACL is
-- per database, so this changes nothing outside this database. lo_import/lo_export (server files)
-- are not PUBLIC's to begin with. Kept: CONNECT (the gateway connects) and USAGE on schema public
-- (public.mcp_* lives there).
--
-- What remains for the pgmcp roles, wherever installed: select * from public.mcp_privilege_report.
-- A structure test (db/tests/structure/public_defaults.test.sql) pins it to the facts above.
-- Re-runnable: each revoke runs only while PUBLIC still holds the privilege, and the grant again is
-- a no-op. It needs only the roles (created by the migrations), not the other policy files: its
-- place in db/policies' order does not matter.
do $$
declare
  db_owner oid := (select d.datdba from pg_catalog.pg_database d where d.datname = pg_catalog.current_database());
  installer_is_superuser boolean := (select r.rolsuper from pg_catalog.pg_roles r where r.rolname = current_user);
  ours boolean;
  fn regprocedure;
begin
  -- "the owner, or a role whose privileges it has" without the superuser shortcut of pg_has_role:
  -- a superuser installing into someone else's database must not change that database's defaults
  ours := not exists (select from pg_catalog.pg_roles where rolname = 'supabase_admin')
    and coalesce(pg_catalog.current_setting('pgmcp.keep_public_defaults', true), '') <> 'on'
    and (with recursive member_of(roleid) as (
           select r.oid from pg_catalog.pg_roles r where r.rolname = current_user
           union
           select m.roleid from pg_catalog.pg_auth_members m join member_of on m.member = member_of.roleid
         )
         select exists (select from member_of where roleid = db_owner))
    and pg_catalog.pg_has_role(current_user, db_owner, 'usage');
  if not ours then
    return;
  end if;

  if pg_catalog.has_database_privilege('public', pg_catalog.current_database(), 'temporary') then
    execute format('revoke temporary on database %I from public', pg_catalog.current_database());
  end if;
  execute format('grant temporary on database %I to mcp_admin, mcp_app_user', pg_catalog.current_database());

  if pg_catalog.has_schema_privilege('public', 'public', 'create')
     and (installer_is_superuser or pg_catalog.pg_has_role(current_user,
            (select n.nspowner from pg_catalog.pg_namespace n where n.nspname = 'public'), 'usage')) then
    revoke create on schema public from public;
  end if;

  if installer_is_superuser then
    for fn in
      select p.oid::regprocedure from pg_catalog.pg_proc p
      where p.pronamespace = 'pg_catalog'::regnamespace and p.proname ~ '^(lo_|loread$|lowrite$)'
        and pg_catalog.has_function_privilege('public', p.oid, 'execute')
      order by p.oid
    loop
      execute format('revoke execute on function %s from public', fn);
    end loop;
  end if;
end
$$;
