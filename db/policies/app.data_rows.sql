-- Tool handlers read the org of the running tool call, and nothing else: mcp_reader's (read tools)
-- only read; mcp_writer's (insert_data_row, update_data_row) also add and change its rows.
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

grant select, insert, update on table app.data_rows to mcp_writer;
drop policy if exists data_rows_writer on app.data_rows;
create policy data_rows_writer on app.data_rows for all to mcp_writer
  using (org_id = (select mcp.current_org_id()))
  with check (org_id = (select mcp.current_org_id()));
comment on policy data_rows_writer on app.data_rows is
  'mcp_writer reads, adds and changes the rows of the org whose tool call is running, and no other.';

-- the rows a write action changes, before and after (mcp.action_changes)
create or replace trigger data_rows_action_capture
  after insert or update or delete on app.data_rows
  for each row execute function mcp.action_capture();
