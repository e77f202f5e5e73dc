-- The project's roles: four NOLOGIN, non-superuser group roles, with DBAs and Supabase's
-- authenticated acting as app users, service_role as gateway and DBA, and anon as nothing.
begin;
select plan(13);

select has_role('mcp_gateway');
select has_role('mcp_reader');
select has_role('mcp_admin');
select has_role('mcp_app_user');
select isnt_superuser('mcp_gateway');
select isnt_superuser('mcp_reader');
select isnt_superuser('mcp_admin');
select isnt_superuser('mcp_app_user');
select is_empty(
  $$ select rolname from pg_roles
     where rolname in ('mcp_gateway', 'mcp_reader', 'mcp_admin', 'mcp_app_user') and rolcanlogin $$,
  'the project roles are NOLOGIN'
);

select is_member_of('mcp_app_user', array['mcp_admin', 'authenticated'],
                    'DBAs (mcp_admin) and Supabase''s authenticated act as app users');
select is_member_of('mcp_gateway', 'service_role', 'service_role may act as the gateway');
select is_member_of('mcp_admin', 'service_role', 'service_role may act as a DBA');
select is_empty(
  $$ select r from unnest(array['mcp_gateway', 'mcp_reader', 'mcp_admin', 'mcp_app_user']) as r
     where pg_has_role('anon', r, 'member') $$,
  'anon is a member of none of them (directly or indirectly)'
);

select * from finish();
rollback;
