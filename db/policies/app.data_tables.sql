-- Tool handlers (owned by mcp_reader) read the org of the running tool call, and nothing else.
alter table app.data_tables enable row level security;

revoke all on table app.data_tables from public;
grant select on table app.data_tables to mcp_reader;

drop policy if exists data_tables_reader on app.data_tables;
create policy data_tables_reader on app.data_tables for select to mcp_reader
  using (org_id = (select mcp.current_org_id()));
comment on policy data_tables_reader on app.data_tables is 'mcp_reader sees the rows of the org whose tool call is running.';

-- the data-row write tools check values against the table's columns
grant select on table app.data_tables to mcp_writer;
drop policy if exists data_tables_writer on app.data_tables;
create policy data_tables_writer on app.data_tables for select to mcp_writer
  using (org_id = (select mcp.current_org_id()));
comment on policy data_tables_writer on app.data_tables is 'mcp_writer sees the tables of the org whose tool call is running.';
