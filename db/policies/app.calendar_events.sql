-- Tool handlers read the org of the running tool call, and nothing else: mcp_reader's (read tools)
-- only read; mcp_writer's (the calendar write tools) also create, change and delete its events.
alter table app.calendar_events enable row level security;

revoke all on table app.calendar_events from public;
grant select on table app.calendar_events to mcp_reader;

drop policy if exists calendar_events_reader on app.calendar_events;
create policy calendar_events_reader on app.calendar_events for select to mcp_reader
  using (org_id = (select mcp.current_org_id()));
comment on policy calendar_events_reader on app.calendar_events is 'mcp_reader sees the rows of the org whose tool call is running.';

grant select, insert, update, delete on table app.calendar_events to mcp_writer;
drop policy if exists calendar_events_writer on app.calendar_events;
create policy calendar_events_writer on app.calendar_events for all to mcp_writer
  using (org_id = (select mcp.current_org_id()))
  with check (org_id = (select mcp.current_org_id()));
comment on policy calendar_events_writer on app.calendar_events is
  'mcp_writer reads and writes the rows of the org whose tool call is running, and no other.';

-- the rows a write action changes, before and after (mcp.action_changes)
create or replace trigger calendar_events_action_capture
  after insert or update or delete on app.calendar_events
  for each row execute function mcp.action_capture();
