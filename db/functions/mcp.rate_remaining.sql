create or replace function mcp.rate_remaining(org_id uuid, token_id uuid, per_minute integer, at timestamptz)
returns integer
language sql
stable
set search_path = ''
as $$
  select least(per_minute, greatest(0, floor(
           extract(epoch from at + interval '1 minute' - greatest(coalesce(max(b.tat), at), at))
           / (floor(60000000.0 / per_minute) / 1000000.0))))::integer
  from mcp.rate_buckets b
  where b.org_id = rate_remaining.org_id and b.token_id is not distinct from rate_remaining.token_id
$$;

comment on function mcp.rate_remaining(uuid, uuid, integer, timestamptz) is
  'How many calls a GCRA bucket (token_id null = the org''s) would admit right now, 0 to per_minute.';
revoke all on function mcp.rate_remaining(uuid, uuid, integer, timestamptz) from public;
grant execute on function mcp.rate_remaining(uuid, uuid, integer, timestamptz) to mcp_reader;
