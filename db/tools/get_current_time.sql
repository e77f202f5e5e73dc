-- Tool get_current_time: the database server's current time, in UTC or an IANA time zone.
create or replace function mcp_tools.get_current_time(args jsonb)
returns jsonb
language plpgsql
stable
security definer
set search_path = ''
as $$
declare
  tz text := coalesce(args ->> 'timezone', 'UTC');
  local_time timestamp;
  utc_offset interval;
begin
  if upper(tz) in ('UTC', 'Z') then
    tz := 'UTC';
  else
    select z.name into tz from mcp.time_zone_names z where lower(z.name) = lower(args ->> 'timezone');
    if not found then
      raise exception 'argument "timezone": unknown time zone %', quote_literal(args ->> 'timezone')
        using errcode = '22023', hint = 'Use an IANA time zone name such as Europe/Paris, America/New_York or UTC.';
    end if;
  end if;
  local_time := now() at time zone tz;
  utc_offset := local_time - (now() at time zone 'UTC');
  return jsonb_build_object(
    'datetime', to_char(local_time, 'YYYY-MM-DD"T"HH24:MI:SS.US')
                || case when utc_offset < interval '0' then '-' else '+' end
                || to_char(abs(extract(epoch from utc_offset)) * interval '1 second', 'HH24:MI'),
    'timezone', tz,
    'utc_offset_seconds', extract(epoch from utc_offset)::integer,
    'unix_time', round(extract(epoch from now()), 6)
  );
end
$$;

comment on function mcp_tools.get_current_time(jsonb) is 'Handler of the get_current_time tool (see mcp.tools).';
revoke all on function mcp_tools.get_current_time(jsonb) from public;

select mcp.tool_register(
  name => 'get_current_time',
  title => 'Current time',
  description => 'Returns the current date and time of the database server as ISO 8601 (e.g. '
    '2026-01-31T09:30:00.000000+01:00), in UTC unless an IANA time zone such as Europe/Paris is given, with the '
    'zone''s UTC offset in seconds and the Unix time. Use it to resolve relative dates ("today", "next week") '
    'before calling date-based tools.',
  handler => 'mcp_tools.get_current_time(jsonb)',
  input_schema => $json${
    "type": "object",
    "properties": {
      "timezone": {
        "type": "string",
        "description": "IANA time zone name, e.g. Europe/Paris or America/New_York. Default: UTC.",
        "minLength": 1,
        "maxLength": 64
      }
    },
    "additionalProperties": false
  }$json$,
  output_schema => $json${
    "type": "object",
    "properties": {
      "datetime": {"type": "string", "format": "date-time", "description": "Local date and time with its UTC offset"},
      "timezone": {"type": "string", "description": "The IANA time zone used"},
      "utc_offset_seconds": {"type": "integer"},
      "unix_time": {"type": "number", "description": "Seconds since 1970-01-01T00:00:00Z"}
    },
    "required": ["datetime", "timezone", "utc_offset_seconds", "unix_time"],
    "additionalProperties": false
  }$json$,
  annotations => '{"readOnlyHint": true, "idempotentHint": false, "openWorldHint": false}'
);
