-- Tool handlers (owned by mcp_reader) read the org of the running tool call, and nothing else.
alter table app.dial_activities enable row level security;

revoke all on table app.dial_activities from public;
grant select on table app.dial_activities to mcp_reader;

drop policy if exists dial_activities_reader on app.dial_activities;
create policy dial_activities_reader on app.dial_activities for select to mcp_reader
  using (org_id = (select mcp.current_org_id()));
comment on policy dial_activities_reader on app.dial_activities is 'mcp_reader sees the rows of the org whose tool call is running.';
