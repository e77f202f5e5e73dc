-- Written only by the pipeline (as the owner); DBAs may look.
alter table mcp.rate_buckets enable row level security;

revoke all on table mcp.rate_buckets from public;
grant select on table mcp.rate_buckets to mcp_admin;

drop policy if exists rate_buckets_select on mcp.rate_buckets;
create policy rate_buckets_select on mcp.rate_buckets for select to mcp_admin using ((select mcp.is_dba()));
comment on policy rate_buckets_select on mcp.rate_buckets is 'DBAs see every bucket.';

grant select on table mcp.rate_buckets to mcp_reader;
drop policy if exists rate_buckets_reader on mcp.rate_buckets;
create policy rate_buckets_reader on mcp.rate_buckets for select to mcp_reader
  using (org_id = (select mcp.current_org_id())
         and (token_id = (select mcp.current_token_id()) or token_id is null));
comment on policy rate_buckets_reader on mcp.rate_buckets is 'Tool handlers (whoami) see the running call''s token and org buckets.';
