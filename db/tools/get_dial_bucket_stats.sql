-- Tool get_dial_bucket_stats: activity counts per kind for one dial bucket.
create or replace function mcp_tools.get_dial_bucket_stats(args jsonb)
returns jsonb
language plpgsql
stable
security definer
set search_path = ''
as $$
declare
  bucket record;
  since timestamptz := (args ->> 'since')::timestamptz;
  until timestamptz := (args ->> 'until')::timestamptz;
  lo timestamptz := coalesce(since, '-infinity');
  hi timestamptz := coalesce(until, 'infinity');
  -- the whole UTC days inside [lo, hi): counted from the daily rollup
  days_lo timestamptz := case when lo = '-infinity' or lo = date_trunc('day', lo, 'UTC') then lo
                              else date_trunc('day', lo, 'UTC') + interval '1 day' end;
  days_hi timestamptz := case when hi = 'infinity' then hi else date_trunc('day', hi, 'UTC') end;
  counts jsonb;
begin
  select b.id, b.name into bucket from app.dial_buckets b where b.id = (args ->> 'bucket_id')::uuid;
  if not found then
    raise exception 'dial bucket % not found or not visible', args ->> 'bucket_id'
      using errcode = 'P0002', hint = 'Get bucket ids from list_dial_buckets.';
  end if;
  if until <= since then
    raise exception 'argument "until" (%) must be after "since" (%)', until, since using errcode = '22023';
  end if;
  if days_lo >= days_hi then
    -- less than a whole day in the range: no rollup rows, only the activities themselves
    days_lo := hi;
    days_hi := hi;
  end if;
  select coalesce(jsonb_object_agg(c.kind, c.n), '{}') into counts
  from (select x.kind, sum(x.n)::bigint as n
        from (select d.kind, d.n
              from app.dial_activity_counts d
              where d.bucket_id = bucket.id
                and d.day >= (days_lo at time zone 'UTC')::date and d.day < (days_hi at time zone 'UTC')::date
              union all
              -- the partial days at both ends: two index-only range scans of the activities
              select a.kind, 1 from app.dial_activities a
              where a.bucket_id = bucket.id and a.occurred_at >= lo and a.occurred_at < days_lo
              union all
              select a.kind, 1 from app.dial_activities a
              where a.bucket_id = bucket.id and a.occurred_at >= days_hi and a.occurred_at < hi
             ) x
        group by x.kind
        having sum(x.n) > 0) c;
  return jsonb_build_object(
    'bucket', jsonb_build_object('id', bucket.id, 'name', bucket.name),
    'since', since,
    'until', until,
    'total', (select coalesce(sum(v::bigint), 0) from jsonb_each_text(counts) as e (k, v)),
    'by_kind', jsonb_build_object('call', 0, 'meeting', 0, 'email', 0, 'sms', 0, 'voicemail', 0, 'note', 0, 'task', 0)
               || counts);
end
$$;

comment on function mcp_tools.get_dial_bucket_stats(jsonb) is 'Handler of the get_dial_bucket_stats tool (see mcp.tools).';
revoke all on function mcp_tools.get_dial_bucket_stats(jsonb) from public;

select mcp.tool_register(
  name => 'get_dial_bucket_stats',
  title => 'Dial bucket activity stats',
  description => 'Counts the activities of one dial bucket (bucket_id from list_dial_buckets) per kind — call, '
    'meeting, email, sms, voicemail, note, task — and in total, optionally only those with since <= occurred_at < '
    'until (ISO 8601 date-times).',
  handler => 'mcp_tools.get_dial_bucket_stats(jsonb)',
  input_schema => $json${
    "type": "object",
    "properties": {
      "bucket_id": {"type": "string", "format": "uuid", "description": "Id of the dial bucket; get it from list_dial_buckets."},
      "since": {"type": "string", "format": "date-time", "description": "Count activities at or after this time (ISO 8601). Default: all."},
      "until": {"type": "string", "format": "date-time", "description": "Count activities before this time (ISO 8601). Default: all."}
    },
    "required": ["bucket_id"],
    "additionalProperties": false
  }$json$,
  output_schema => $json${
    "type": "object",
    "properties": {
      "bucket": {"type": "object", "properties": {"id": {"type": "string", "format": "uuid"}, "name": {"type": "string"}}},
      "since": {"anyOf": [{"type": "string", "format": "date-time"}, {"type": "null"}]},
      "until": {"anyOf": [{"type": "string", "format": "date-time"}, {"type": "null"}]},
      "total": {"type": "integer"},
      "by_kind": {"type": "object", "additionalProperties": {"type": "integer"}}
    },
    "required": ["bucket", "total", "by_kind"]
  }$json$
);
