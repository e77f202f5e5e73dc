-- What the project's own roles may reach. Table-level grants and RLS live in each table's file;
-- Supabase's API roles (anon, authenticated, service_role) in supabase.sql.
-- DBAs can do everything an app user can, for every org (mcp.is_dba() widens the RLS policies).
grant mcp_app_user to mcp_admin;
grant usage on schema app, mcp to mcp_app_user;
-- Tool handlers (owned by mcp_reader) read the current org from mcp.current_org_id().
grant usage on schema mcp, app to mcp_reader;
-- Write handlers (owned by mcp_writer) too; their table privileges and RLS live in the tables' files.
grant usage on schema mcp, app to mcp_writer;
