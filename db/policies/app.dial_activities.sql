-- Tool handlers (owned by mcp_reader) read the org of the running tool call, and nothing else.
alter table app.dial_activities enable row level security;

revoke all on table app.dial_activities from public;
grant select on table app.dial_activities to mcp_reader;

drop policy if exists dial_activities_reader on app.dial_activities;
create policy dial_activities_reader on app.dial_activities for select to mcp_reader
  using (org_id = (select mcp.current_org_id()));
comment on policy dial_activities_reader on app.dial_activities is 'mcp_reader sees the rows of the org whose tool call is running.';

create or replace trigger dial_activities_counts_insert
  after insert on app.dial_activities referencing new table as new_rows
  for each statement execute function app.dial_activity_counts_apply();
create or replace trigger dial_activities_counts_update
  after update on app.dial_activities referencing old table as old_rows new table as new_rows
  for each statement execute function app.dial_activity_counts_apply();
create or replace trigger dial_activities_counts_delete
  after delete on app.dial_activities referencing old table as old_rows
  for each statement execute function app.dial_activity_counts_apply();
