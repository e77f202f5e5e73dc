-- Tool handlers (owned by mcp_reader) read the org of the running tool call, and nothing else.
alter table app.calendar_events enable row level security;

revoke all on table app.calendar_events from public;
grant select on table app.calendar_events to mcp_reader;

drop policy if exists calendar_events_reader on app.calendar_events;
create policy calendar_events_reader on app.calendar_events for select to mcp_reader
  using (org_id = (select mcp.current_org_id()));
comment on policy calendar_events_reader on app.calendar_events is 'mcp_reader sees the rows of the org whose tool call is running.';
