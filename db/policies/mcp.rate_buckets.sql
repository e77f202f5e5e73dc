-- Written only by the pipeline (as the owner); DBAs may look.
alter table mcp.rate_buckets enable row level security;

revoke all on table mcp.rate_buckets from public;
grant select on table mcp.rate_buckets to mcp_admin;

drop policy if exists rate_buckets_select on mcp.rate_buckets;
create policy rate_buckets_select on mcp.rate_buckets for select using ((select mcp.is_dba()));
comment on policy rate_buckets_select on mcp.rate_buckets is 'DBAs see every bucket.';
