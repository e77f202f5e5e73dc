-- Tool list_calendar_events: events overlapping a time window, by start time.
create or replace function mcp_tools.list_calendar_events(args jsonb)
returns jsonb
language plpgsql
stable
security definer
set search_path = ''
as $$
declare
  window_start timestamptz := coalesce((args ->> 'start')::timestamptz, now());
  window_end timestamptz := coalesce((args ->> 'end')::timestamptz, window_start + interval '7 days');
  page_limit integer := (args ->> 'limit')::integer;
  after jsonb := mcp.cursor_decode('list_calendar_events', args ->> 'cursor', '{timestamptz,uuid}');
begin
  if window_end <= window_start then
    raise exception 'argument "end" (%) must be after "start" (%)', window_end, window_start
      using errcode = '22023', hint = 'Omit end for a 7-day window from start.';
  end if;
  if window_end > window_start + interval '366 days' then
    raise exception 'the window from "start" to "end" is longer than 366 days'
      using errcode = '22023', hint = 'Ask for at most 366 days at a time.';
  end if;
  return jsonb_build_object('window', jsonb_build_object('start', window_start, 'end', window_end))
      || mcp.page('list_calendar_events', 'events', page_limit, coalesce((
           select jsonb_agg(jsonb_build_array(jsonb_build_array(e.starts_at, e.id), jsonb_build_object(
                    'id', e.id, 'title', e.title, 'starts_at', e.starts_at, 'ends_at', e.ends_at,
                    'all_day', e.all_day, 'location', e.location)) order by e.starts_at, e.id)
           -- events of a day or less, then the rare longer ones (at most 31 days, a table constraint):
           -- each an index range scan starting shortly before the window, merged in start order
           from ((select * from app.calendar_events e
                  where e.ends_at - e.starts_at <= interval '1 day'
                    and e.starts_at >= window_start - interval '1 day'
                    and e.starts_at < window_end
                    and (e.ends_at > window_start or e.starts_at >= window_start)
                    -- the cursor's key, or the lowest one: never "after is null or …", which a generic plan cannot use as an index condition
                    and (e.starts_at, e.id) > (coalesce((after ->> 0)::timestamptz, '-infinity'), coalesce((after ->> 1)::uuid, '00000000-0000-0000-0000-000000000000'::uuid))
                  order by e.starts_at, e.id
                  limit page_limit + 1)
                 union all
                 (select * from app.calendar_events e
                  where e.ends_at - e.starts_at > interval '1 day'
                    and e.starts_at >= window_start - interval '31 days'
                    and e.starts_at < window_end
                    and (e.ends_at > window_start or e.starts_at >= window_start)
                    and (e.starts_at, e.id) > (coalesce((after ->> 0)::timestamptz, '-infinity'), coalesce((after ->> 1)::uuid, '00000000-0000-0000-0000-000000000000'::uuid))
                  order by e.starts_at, e.id
                  limit page_limit + 1)
                 order by starts_at, id
                 limit page_limit + 1) e), '[]'));
end
$$;

comment on function mcp_tools.list_calendar_events(jsonb) is 'Handler of the list_calendar_events tool (see mcp.tools).';
revoke all on function mcp_tools.list_calendar_events(jsonb) from public;

select mcp.tool_register(
  name => 'list_calendar_events',
  title => 'List calendar events',
  description => 'Lists the organisation''s calendar events that overlap a time window, ordered by start: id, title, '
    'starts_at, ends_at, all_day, location. The window defaults to now until 7 days later; end must be after start '
    'and at most 366 days later. Up to limit events (default 25, max 100) and next_cursor for more. Details '
    '(description, attendees) come from get_calendar_event.',
  handler => 'mcp_tools.list_calendar_events(jsonb)',
  input_schema => $json${
    "type": "object",
    "properties": {
      "start": {"type": "string", "format": "date-time", "description": "Window start, ISO 8601 (e.g. 2026-01-31T00:00:00Z). Default: now."},
      "end": {"type": "string", "format": "date-time", "description": "Window end, ISO 8601, after start and at most 366 days later. Default: start + 7 days."},
      "limit": {"type": "integer", "minimum": 1, "maximum": 100, "default": 25, "description": "Events per page (1-100, default 25)."},
      "cursor": {"type": "string", "maxLength": 1000, "description": "next_cursor from the previous call with the same window."}
    },
    "additionalProperties": false
  }$json$,
  output_schema => $json${
    "type": "object",
    "properties": {
      "window": {"type": "object", "properties": {"start": {"type": "string", "format": "date-time"}, "end": {"type": "string", "format": "date-time"}}},
      "events": {"type": "array", "items": {"type": "object", "properties": {
        "id": {"type": "string", "format": "uuid"}, "title": {"type": "string"},
        "starts_at": {"type": "string", "format": "date-time"}, "ends_at": {"type": "string", "format": "date-time"},
        "all_day": {"type": "boolean"}, "location": {"anyOf": [{"type": "string"}, {"type": "null"}]}},
        "required": ["id", "title", "starts_at", "ends_at", "all_day"]}},
      "next_cursor": {"anyOf": [{"type": "string"}, {"type": "null"}]},
      "truncated": {"type": "boolean"}, "note": {"type": "string"}
    },
    "required": ["window", "events", "next_cursor"]
  }$json$
);
