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
  -- an index-only range scan of (org_id, bucket_id, occurred_at) include (kind)
  select coalesce(jsonb_object_agg(c.kind, c.n), '{}') into counts
  from (select a.kind, count(*) as n
        from app.dial_activities a
        where a.bucket_id = bucket.id
          and a.occurred_at >= coalesce(since, '-infinity')
          and a.occurred_at < coalesce(until, 'infinity')
        group by a.kind) c;
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
      "since": {"type": ["string", "null"], "format": "date-time"},
      "until": {"type": ["string", "null"], "format": "date-time"},
      "total": {"type": "integer"},
      "by_kind": {"type": "object", "additionalProperties": {"type": "integer"}}
    },
    "required": ["bucket", "total", "by_kind"]
  }$json$
);
