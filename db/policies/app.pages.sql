-- Tool handlers (owned by mcp_reader) read the org of the running tool call, and nothing else.
alter table app.pages enable row level security;

revoke all on table app.pages from public;
grant select on table app.pages to mcp_reader;

drop policy if exists pages_reader on app.pages;
create policy pages_reader on app.pages for select to mcp_reader
  using (org_id = (select mcp.current_org_id()));
comment on policy pages_reader on app.pages is 'mcp_reader sees the rows of the org whose tool call is running.';
