-- Tool handlers (owned by mcp_reader) read the org of the running tool call, and nothing else.
alter table app.dial_activity_counts enable row level security;

revoke all on table app.dial_activity_counts from public;
grant select on table app.dial_activity_counts to mcp_reader;

drop policy if exists dial_activity_counts_reader on app.dial_activity_counts;
create policy dial_activity_counts_reader on app.dial_activity_counts for select to mcp_reader
  using (org_id = (select mcp.current_org_id()));
comment on policy dial_activity_counts_reader on app.dial_activity_counts is 'mcp_reader sees the rows of the org whose tool call is running.';
