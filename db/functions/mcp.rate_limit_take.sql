create or replace function mcp.rate_limit_take(org_id uuid, token_id uuid, token_per_minute integer, at timestamptz)
returns integer
language plpgsql
volatile
-- no SET clause: on the hot path a SET costs a settings save and restore per call; callers run
-- with search_path = '' (the definer entry points and handlers) and names are qualified
as $$
declare
  org_per_minute integer;
  retry integer;
begin
  select l.rate_limit_per_minute into org_per_minute from mcp.org_limits l where l.org_id = rate_limit_take.org_id;
  if org_per_minute is not null then
    retry := mcp.rate_bucket_take(org_id, null, org_per_minute, at);
    if retry is not null then
      return retry;
    end if;
  end if;
  retry := mcp.rate_bucket_take(org_id, token_id, token_per_minute, at);
  if retry is not null and org_per_minute is not null then
    -- give the org bucket its call back; this transaction holds that row's lock, so nothing came between
    update mcp.rate_buckets b
    set tat = b.tat - make_interval(secs => floor(60000000.0 / org_per_minute) / 1000000.0)
    where b.org_id = rate_limit_take.org_id and b.token_id is null;
  end if;
  return retry;
end
$$;

comment on function mcp.rate_limit_take(uuid, uuid, integer, timestamptz) is
  'Charges one tools/call to the org''s ceiling (mcp.org_limits, when set) and to the token''s own limit: NULL when '
  'admitted, else retry-after seconds. A call refused by either bucket is charged to neither.';
revoke all on function mcp.rate_limit_take(uuid, uuid, integer, timestamptz) from public;
