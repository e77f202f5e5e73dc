-- What mcp_gateway and mcp_reader still hold through PUBLIC's defaults (TEMPORARY on the database,
-- CREATE on schema public, EXECUTE on the large-object functions) is exactly what follows from who
-- installed pgmcp (db/policies/public_defaults.sql): nothing, in a database a superuser installed
-- into and owns; the large-object functions, where the owner installed it without being a superuser
-- (install.sql in scripts/test.sh); all of it on Supabase or in a database pgmcp does not own.
-- Then the roles try, and fail with 42501 where the privilege was revoked.
begin;
select plan(10);

-- the facts, read as the test's superuser before switching roles
create temp table facts on commit drop as
with installer as (
  select r.oid, r.rolsuper from pg_class c join pg_roles r on r.oid = c.relowner
  where c.oid = 'public.mcp_tokens'::regclass
), db as (
  select d.datdba from pg_database d where d.datname = current_database()
), installer_member_of as (
  with recursive m(roleid) as (
    select oid from installer
    union
    select a.roleid from pg_auth_members a join m on a.member = m.roleid
  )
  select roleid from m
)
select exists (select from pg_roles where rolname = 'supabase_admin') as supabase,
       i.rolsuper as installer_is_superuser,
       exists (select from installer_member_of where roleid = db.datdba) and pg_has_role(i.oid, db.datdba, 'usage')
         as installer_owns_database,
       i.rolsuper or pg_has_role(i.oid, (select nspowner from pg_namespace where nspname = 'public'), 'usage')
         as installer_owns_public
from installer i, db;
select not supabase and installer_owns_database as ours,
       not supabase and installer_owns_database and installer_is_superuser as lo_revoked,
       not (not supabase and installer_owns_database and installer_owns_public)
         and has_schema_privilege('public', 'public', 'create') as create_remains
from facts \gset

-- the large-object functions PostgreSQL grants PUBLIC by default (no initial ACL, or one naming PUBLIC)
create temp view default_lo_functions as
  select p.oid, 'function ' || p.oid::regprocedure::text as object
  from pg_proc p
  left join pg_init_privs ip on ip.classoid = 'pg_proc'::regclass and ip.objoid = p.oid and ip.objsubid = 0
  where p.pronamespace = 'pg_catalog'::regnamespace and p.proname ~ '^(lo_|loread$|lowrite$)'
    and (ip.initprivs is null
         or exists (select from aclexplode(ip.initprivs) a where a.grantee = 0 and a.privilege_type = 'EXECUTE'));
select cmp_ok((select count(*) from default_lo_functions), '>=', 15::bigint,
              'the check covers the large-object functions (lo_create, lo_from_bytea, loread, lowrite, ...)');

create temp view expected as
  select r.role_name, x.privilege, x.object
  from (values ('mcp_gateway'::name), ('mcp_reader'::name), ('mcp_writer'::name)) as r(role_name)
  cross join lateral (
    select 'TEMPORARY' as privilege, 'database ' || quote_ident(current_database()) as object where not :'ours'::boolean
    union all
    select 'CREATE', 'schema public' where :'create_remains'::boolean
    union all
    select 'EXECUTE', f.object from default_lo_functions f where not :'lo_revoked'::boolean
  ) as x;
select diag(format('installed by a superuser: %s; owning the database: %s; Supabase: %s',
                   installer_is_superuser, installer_owns_database, supabase)) from facts;
select diag('remains: ' || coalesce(string_agg(format('%s %s %s', role_name, privilege, object), ', '
                                               order by role_name, privilege, object), 'nothing'))
from public.mcp_privilege_report;
select set_eq($$ select role_name, privilege, object from public.mcp_privilege_report $$,
              $$ select role_name, privilege, object from expected $$,
              'mcp_privilege_report lists exactly what remains from PUBLIC''s defaults, given who installed pgmcp');
select ok(has_database_privilege('mcp_gateway', current_database(), 'connect')
          and has_schema_privilege('mcp_gateway', 'public', 'usage') and has_schema_privilege('mcp_reader', 'public', 'usage'),
          'the gateway may still connect, and both roles use schema public');
select ok(has_database_privilege('mcp_admin', current_database(), 'temporary')
          and has_database_privilege('mcp_app_user', current_database(), 'temporary'),
          'DBAs (mcp_admin) and app users (mcp_app_user) keep TEMPORARY');

-- trying: as mcp_reader (the tool handlers' owner)
select tests.act_as('mcp_reader');
select case when :'ours'::boolean
  then throws_ok('create temp table reader_stash (x text)', '42501', null, 'mcp_reader cannot create a temporary table')
  else lives_ok('create temp table reader_stash (x text)', 'mcp_reader may still create a temporary table (not revoked here: Supabase, or not pgmcp''s database)') end;
select case when :'ours'::boolean
  then throws_ok($$ create function pg_temp.reader_f() returns int language sql as 'select 1' $$, '42501', null,
                 'mcp_reader cannot create a function in pg_temp')
  else lives_ok($$ create function pg_temp.reader_f() returns int language sql as 'select 1' $$,
                'mcp_reader may still create a function in pg_temp (not revoked here: Supabase, or not pgmcp''s database)') end;
select case when :'create_remains'::boolean
  then lives_ok('create table public.stash (x text)', 'mcp_reader may still create a table in public (PUBLIC has CREATE there)')
  else throws_ok('create table public.stash (x text)', '42501', null, 'mcp_reader cannot create a table in schema public') end;
select case when :'lo_revoked'::boolean
  then throws_ok($$ select lo_from_bytea(0, 'stash') $$, '42501', null, 'mcp_reader cannot store a large object')
  else lives_ok($$ select lo_from_bytea(0, 'stash') $$, 'mcp_reader may still store a large object (not revoked here: installed by a non-superuser, or Supabase, or not pgmcp''s database)') end;

-- as a role whose only grant is mcp_gateway (the shim's kind of login role)
select tests.act_as('tests_gateway');
select case when :'lo_revoked'::boolean
  then throws_ok('select lo_create(0)', '42501', null, 'the gateway cannot create a large object')
  else lives_ok('select lo_create(0)', 'the gateway may still create a large object (not revoked here: installed by a non-superuser, or Supabase, or not pgmcp''s database)') end;
select case when :'ours'::boolean
  then throws_ok('create temp table gateway_stash (x text)', '42501', null, 'the gateway cannot create a temporary table')
  else lives_ok('create temp table gateway_stash (x text)', 'the gateway may still create a temporary table (not revoked here: Supabase, or not pgmcp''s database)') end;
select tests.act_as_owner();

select * from finish();
rollback;
