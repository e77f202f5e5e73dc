-- GCRA in one atomic statement: concurrent callers serialise on the bucket row (INSERT ... ON
-- CONFLICT DO UPDATE re-reads the latest version under READ COMMITTED), so N callers against a
-- limit L admit exactly L. No read-then-write, and no double burst at window edges.
create or replace function mcp.rate_bucket_take(org_id uuid, token_id uuid, per_minute integer, at timestamptz)
returns integer
language plpgsql
volatile
-- no SET clause: on the hot path a SET costs a settings save and restore per call; callers run
-- with search_path = '' (the definer entry points and handlers) and names are qualified
as $$
declare
  -- emission interval, rounded down to whole microseconds so that per_minute calls fit in a minute
  step interval := make_interval(secs => floor(60000000.0 / per_minute) / 1000000.0);
  bucket_tat timestamptz;
begin
  insert into mcp.rate_buckets as b (org_id, token_id, tat)
  values (org_id, token_id, at + step)
  on conflict on constraint rate_buckets_key do update
    set tat = greatest(b.tat, at) + step
    where greatest(b.tat, at) + step <= at + interval '1 minute';
  if found then
    return null;
  end if;
  select b.tat into bucket_tat from mcp.rate_buckets b
  where b.org_id = rate_bucket_take.org_id and b.token_id is not distinct from rate_bucket_take.token_id;
  return greatest(1, ceil(extract(epoch from (greatest(bucket_tat, at) + step - interval '1 minute' - at))))::integer;
end
$$;

comment on function mcp.rate_bucket_take(uuid, uuid, integer, timestamptz) is
  'Takes one call from a GCRA bucket (token_id null = the org''s shared bucket) allowing per_minute calls a '
  'minute: NULL when admitted, else the seconds to wait before retrying. For internal use.';
revoke all on function mcp.rate_bucket_take(uuid, uuid, integer, timestamptz) from public;
