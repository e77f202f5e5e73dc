-- The look before the tool runs: would the org's ceiling and the token's own bucket admit a call
-- now? A plain read, no lock: the tool then runs without holding any bucket row, and the atomic
-- mcp.rate_limit_take after it decides (a call that loses the last slot to a concurrent one is
-- answered rate_limited there). This only spares running a tool whose call is refused anyway.
create or replace function mcp.rate_limit_check(org_id uuid, token_id uuid, token_per_minute integer, at timestamptz)
returns integer
language plpgsql
stable
set search_path = ''
as $$
declare
  org_per_minute integer;
  tat timestamptz;
  per_minute integer;
  retry integer;
begin
  select l.rate_limit_per_minute into org_per_minute from mcp.org_limits l where l.org_id = rate_limit_check.org_id;
  for tat, per_minute in
    select b.tat, case when b.token_id is null then org_per_minute else token_per_minute end
    from mcp.rate_buckets b
    where b.org_id = rate_limit_check.org_id
      and (b.token_id = rate_limit_check.token_id or (b.token_id is null and org_per_minute is not null))
  loop
    -- as in mcp.rate_bucket_take: admitted while greatest(tat, at) + step <= at + 1 minute
    retry := greatest(retry, ceil(extract(epoch from
               greatest(tat, at) + make_interval(secs => floor(60000000.0 / per_minute) / 1000000.0)
               - interval '1 minute' - at))::integer);
  end loop;
  return case when retry > 0 then retry end;
end
$$;

comment on function mcp.rate_limit_check(uuid, uuid, integer, timestamptz) is
  'Whether a tools/call would be admitted now by the org''s ceiling (when set) and the token''s bucket, without '
  'taking anything or locking: NULL when it would, else retry-after seconds. For internal use: '
  'mcp.rate_limit_take decides.';
revoke all on function mcp.rate_limit_check(uuid, uuid, integer, timestamptz) from public;
