-- mcp_writer is NOLOGIN with no special powers, and its only members are the roles that ran the
-- migrations (they hand the write handlers over, as they do the read ones to mcp_reader): never the
-- gateway, an app user's role or a tool's owner. It owns exactly the write tools' handlers, and
-- mcp_reader the read tools' handlers and every write tool's preview.
begin;
select plan(6);

select results_eq($$ select rolcanlogin, rolsuper, rolbypassrls, rolcreaterole, rolcreatedb, rolreplication
                     from pg_roles where rolname = 'mcp_writer' $$,
                  $$ values (false, false, false, false, false, false) $$,
                  'mcp_writer is NOLOGIN, no superuser, no BYPASSRLS, creates neither roles nor databases');
select is_empty($$ select m.member::regrole from pg_auth_members m
                   where m.roleid = 'mcp_writer'::regrole
                     and (not pg_has_role(m.member, 'mcp_reader', 'member') -- not a migrating role
                          or pg_has_role(m.member, 'mcp_gateway', 'member') or pg_has_role(m.member, 'mcp_app_user', 'member')
                          or m.member in ('mcp_reader'::regrole, 'mcp_gateway'::regrole, 'mcp_app_user'::regrole, 'mcp_admin'::regrole)) $$,
                'the members of mcp_writer are migrating roles only (members of mcp_reader too, never of the gateway or app roles)');
select is_empty($$ select roleid::regrole from pg_auth_members where member = 'mcp_writer'::regrole $$, 'mcp_writer is a member of nothing');
select set_eq($$ select p.oid::regprocedure::text from pg_proc p where p.proowner = 'mcp_writer'::regrole $$,
              $$ select handler::regprocedure::text from mcp.tools where effect <> 'read' $$,
              'mcp_writer owns exactly the write tools'' handlers');
select set_eq($$ select t.handler::text from mcp.tools t join pg_proc p on p.oid = t.handler where p.proowner = 'mcp_reader'::regrole $$,
              $$ select handler::text from mcp.tools where effect = 'read' $$,
              'mcp_reader owns the read tools'' handlers, and no write tool''s');
select is_empty($$ select t.name from mcp.tools t join pg_proc p on p.oid = t.preview_handler where p.proowner <> 'mcp_reader'::regrole $$,
                'mcp_reader owns every write tool''s preview');

select * from finish();
rollback;
