-- Tool handlers (owned by mcp_reader) read the org of the running tool call, and nothing else.
alter table app.dial_buckets enable row level security;

revoke all on table app.dial_buckets from public;
grant select on table app.dial_buckets to mcp_reader;

drop policy if exists dial_buckets_reader on app.dial_buckets;
create policy dial_buckets_reader on app.dial_buckets for select to mcp_reader
  using (org_id = (select mcp.current_org_id()));
comment on policy dial_buckets_reader on app.dial_buckets is 'mcp_reader sees the rows of the org whose tool call is running.';
