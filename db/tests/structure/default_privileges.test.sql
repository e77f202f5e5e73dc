-- pgmcp leaves the installing role's default privileges as PostgreSQL ships them (an adopter's own
-- new functions stay executable by PUBLIC) and revokes function by function instead: no pgmcp
-- function is executable by PUBLIC.
begin;
select plan(3);

select is_empty($$ select 1 from pg_default_acl where defaclobjtype = 'f' $$,
                'no default privileges on functions, database-wide or per schema');
select is_empty($$
  select p.oid::regprocedure::text
  from pg_proc p join pg_namespace n on n.oid = p.pronamespace
  where (n.nspname in ('app', 'mcp', 'mcp_tools') or (n.nspname = 'public' and p.proname like 'mcp\_%'))
    and (p.proacl is null or exists (select from aclexplode(p.proacl) a where a.grantee = 0 and a.privilege_type = 'EXECUTE'))
$$, 'no pgmcp function is executable by PUBLIC');
select cmp_ok((select count(*) from pg_proc p where p.pronamespace in ('app'::regnamespace, 'mcp'::regnamespace, 'mcp_tools'::regnamespace)),
              '>=', 40::bigint, 'the check covers the project''s functions');

select * from finish();
rollback;
