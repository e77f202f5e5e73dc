-- What the gateway and the tool-handler roles can still do beyond their grants, through PostgreSQL's
-- defaults for PUBLIC (db/policies/public_defaults.sql takes those back where the database is
-- pgmcp's). Empty on a database a superuser installed into and owns; elsewhere (Supabase, or an
-- installer that is not a superuser) it lists exactly what remains, for a DBA to judge.
create or replace view public.mcp_privilege_report as
with pgmcp_role(role_name) as (
  select r.rolname from pg_catalog.pg_roles r where r.rolname in ('mcp_gateway', 'mcp_reader', 'mcp_writer')
)
select r.role_name, 'TEMPORARY'::text as privilege,
       'database ' || pg_catalog.quote_ident(pg_catalog.current_database()) as object
from pgmcp_role r
where pg_catalog.has_database_privilege(r.role_name, pg_catalog.current_database(), 'temporary')
union all
select r.role_name, 'CREATE', 'schema public'
from pgmcp_role r
where pg_catalog.has_schema_privilege(r.role_name, 'public', 'create')
union all
select r.role_name, 'EXECUTE', 'function ' || p.oid::regprocedure::text
from pgmcp_role r
cross join pg_catalog.pg_proc p
where p.pronamespace = 'pg_catalog'::regnamespace and p.proname ~ '^(lo_|loread$|lowrite$)'
  and pg_catalog.has_function_privilege(r.role_name, p.oid, 'execute');

comment on view public.mcp_privilege_report is
  'What mcp_gateway, mcp_reader and mcp_writer may do beyond pgmcp''s grants, through PostgreSQL''s defaults for PUBLIC: '
  'TEMPORARY on this database (temporary tables and pg_temp functions), CREATE on schema public, EXECUTE on the '
  'large-object functions (lo_create, lo_from_bytea, lowrite, ...). One row per role and privilege; empty where '
  'pgmcp revoked them all (a database it owns, installed by a superuser). See the README''s Roles section.';
revoke all on table public.mcp_privilege_report from public;
grant select on table public.mcp_privilege_report to mcp_admin;
