-- The look before the tool runs: would the org's ceiling and the token's own bucket admit a call
-- now? A plain read, no lock: the tool then runs without holding any bucket row, and the atomic
-- mcp.rate_limit_take after it decides (a call that loses the last slot to a concurrent one is
-- answered rate_limited there). This only spares running a tool whose call is refused anyway.
create or replace function mcp.rate_limit_check(org_id uuid, token_id uuid, token_per_minute integer, at timestamptz)
returns integer
language plpgsql
stable
-- no SET clause (it runs on every call; the entry points run with search_path = '')
as $$
declare
  retry integer;
begin
  -- two index probes (the token's bucket, the org's), each by the bucket key
  select max(mcp.rate_retry(x.tat, x.per_minute, at))
  into retry
  from (select b.tat, token_per_minute as per_minute
        from mcp.rate_buckets b
        where b.org_id = rate_limit_check.org_id and b.token_id = rate_limit_check.token_id
        union all
        select b.tat, l.rate_limit_per_minute
        from mcp.rate_buckets b
        join mcp.org_limits l on l.org_id = b.org_id
        where b.org_id = rate_limit_check.org_id and b.token_id is null) x;
  return case when retry > 0 then retry end;
end
$$;

comment on function mcp.rate_limit_check(uuid, uuid, integer, timestamptz) is
  'Whether a tools/call would be admitted now by the org''s ceiling (when set) and the token''s bucket, without '
  'taking anything or locking: NULL when it would, else retry-after seconds. For internal use: '
  'mcp.rate_limit_take decides.';
revoke all on function mcp.rate_limit_check(uuid, uuid, integer, timestamptz) from public;
