-- Tool create_calendar_event: adds an event to the org's calendar (a write: behind mcp:write and a
-- confirmation, run by the pipeline as an action).
create or replace function mcp_tools.create_calendar_event_preview(args jsonb)
returns jsonb
language plpgsql
stable
security definer
set search_path = ''
as $$
begin
  perform app.calendar_event_span_check((args ->> 'starts_at')::timestamptz, (args ->> 'ends_at')::timestamptz);
  return jsonb_build_object('preview', 'Create event ' || app.calendar_event_words(args));
end
$$;

create or replace function mcp_tools.create_calendar_event(args jsonb)
returns jsonb
language plpgsql
volatile
security definer
set search_path = ''
as $$
declare
  event jsonb;
begin
  insert into app.calendar_events as e (org_id, title, description, location, attendees, starts_at, ends_at, all_day)
  values (mcp.current_org_id(), args ->> 'title', coalesce(args ->> 'description', ''), args ->> 'location',
          coalesce(args -> 'attendees', '[]'), (args ->> 'starts_at')::timestamptz, (args ->> 'ends_at')::timestamptz,
          coalesce((args ->> 'all_day')::boolean, false))
  returning app.calendar_event_json(e) into event;
  return jsonb_build_object('event', event);
end
$$;

comment on function mcp_tools.create_calendar_event_preview(jsonb) is 'Preview of the create_calendar_event tool (see mcp.tools).';
comment on function mcp_tools.create_calendar_event(jsonb) is 'Handler of the create_calendar_event tool (see mcp.tools).';
revoke all on function mcp_tools.create_calendar_event_preview(jsonb) from public;
revoke all on function mcp_tools.create_calendar_event(jsonb) from public;

select mcp.tool_register(
  name => 'create_calendar_event',
  title => 'Create a calendar event',
  description => 'Adds an event to the organisation''s calendar. Times are ISO 8601 with an offset; ends_at is at '
    'or after starts_at, at most 31 days later. Returns the new event (status done).',
  handler => 'mcp_tools.create_calendar_event(jsonb)',
  preview => 'mcp_tools.create_calendar_event_preview(jsonb)',
  input_schema => $json${
    "type": "object",
    "properties": {
      "title": {"type": "string", "minLength": 1, "maxLength": 500, "description": "What the event is."},
      "starts_at": {"type": "string", "format": "date-time", "description": "Start, ISO 8601 with offset, e.g. 2026-12-03T10:00:00Z."},
      "ends_at": {"type": "string", "format": "date-time", "description": "End, ISO 8601 with offset, at or after starts_at."},
      "all_day": {"type": "boolean", "default": false, "description": "An all-day event (starts_at and ends_at span the days)."},
      "description": {"type": "string", "maxLength": 10000, "description": "Details, agenda."},
      "location": {"type": "string", "maxLength": 500, "description": "Where, or a meeting link."},
      "attendees": {"type": "array", "maxItems": 200, "description": "Who is invited.",
        "items": {"type": "object", "properties": {
          "name": {"type": "string", "maxLength": 200}, "email": {"type": "string", "format": "email", "maxLength": 320}},
          "required": ["email"], "additionalProperties": false}}
    },
    "required": ["title", "starts_at", "ends_at"],
    "additionalProperties": false
  }$json$,
  output_schema => jsonb_build_object('type', 'object', 'properties', jsonb_build_object('event', app.calendar_event_schema()),
                                    'required', jsonb_build_array('event'))
);
