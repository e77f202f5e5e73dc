-- GCRA's answer for one bucket: the seconds until it admits a call at `at` (0 or less: now), given
-- its theoretical arrival time tat (null: an empty bucket) and its rate. As in mcp.rate_bucket_take:
-- admitted while greatest(tat, at) + step <= at + 1 minute. sql and stable (timestamptz + interval
-- is), with no SET clause: the planner inlines it into the statement that reads the bucket, so the
-- pipeline's one lookup and mcp.rate_limit_check share the formula without a function call.
create or replace function mcp.rate_retry(tat timestamptz, per_minute integer, at timestamptz)
returns integer
language sql
stable parallel safe
return ceil(extract(epoch from greatest(tat, at) + make_interval(secs => floor(60000000.0 / per_minute) / 1000000.0)
                               - interval '1 minute' - at))::integer;

comment on function mcp.rate_retry(timestamptz, integer, timestamptz) is
  'Seconds until a GCRA bucket with theoretical arrival time tat (null: empty) and per_minute calls a minute admits '
  'a call at "at"; 0 or less: now. Inlined into the statements that read rate_buckets. For internal use.';
revoke all on function mcp.rate_retry(timestamptz, integer, timestamptz) from public;
