-- mcp_writer is NOLOGIN with no members and no special powers; it owns exactly the write tools'
-- handlers, and mcp_reader the read tools' handlers and every write tool's preview.
begin;
select plan(6);

select results_eq($$ select rolcanlogin, rolsuper, rolbypassrls, rolcreaterole, rolcreatedb, rolreplication
                     from pg_roles where rolname = 'mcp_writer' $$,
                  $$ values (false, false, false, false, false, false) $$,
                  'mcp_writer is NOLOGIN, no superuser, no BYPASSRLS, creates neither roles nor databases');
select is_empty($$ select member::regrole from pg_auth_members where roleid = 'mcp_writer'::regrole $$, 'nobody is a member of mcp_writer');
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
