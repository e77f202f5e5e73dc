-- Tool handlers (owned by mcp_reader) read the org of the running tool call, and nothing else.
alter table app.data_rows enable row level security;

revoke all on table app.data_rows from public;
grant select on table app.data_rows to mcp_reader;

drop policy if exists data_rows_reader on app.data_rows;
create policy data_rows_reader on app.data_rows for select to mcp_reader
  using (org_id = (select mcp.current_org_id()));
comment on policy data_rows_reader on app.data_rows is 'mcp_reader sees the rows of the org whose tool call is running.';

-- app.data_tables.row_count follows the rows (statement level: one UPDATE per statement and table)
create or replace trigger data_rows_count_insert
  after insert on app.data_rows referencing new table as new_rows
  for each statement execute function app.data_rows_count();
create or replace trigger data_rows_count_update
  after update on app.data_rows referencing old table as old_rows new table as new_rows
  for each statement execute function app.data_rows_count();
create or replace trigger data_rows_count_delete
  after delete on app.data_rows referencing old table as old_rows
  for each statement execute function app.data_rows_count();
