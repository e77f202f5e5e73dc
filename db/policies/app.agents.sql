-- Tool handlers (owned by mcp_reader) read the org of the running tool call, and nothing else.
alter table app.agents enable row level security;

revoke all on table app.agents from public;
grant select on table app.agents to mcp_reader;

drop policy if exists agents_reader on app.agents;
create policy agents_reader on app.agents for select to mcp_reader
  using (org_id = (select mcp.current_org_id()));
comment on policy agents_reader on app.agents is 'mcp_reader sees the rows of the org whose tool call is running.';
