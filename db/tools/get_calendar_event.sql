-- Tool get_calendar_event: the full record of one event.
create or replace function mcp_tools.get_calendar_event(args jsonb)
returns jsonb
language plpgsql
stable
security definer
set search_path = ''
as $$
declare
  event jsonb;
begin
  select jsonb_build_object('event', app.calendar_event_json(e))
  into event
  from app.calendar_events e
  where e.id = (args ->> 'event_id')::uuid;
  if event is null then
    raise exception 'calendar event % not found or not visible', args ->> 'event_id'
      using errcode = 'P0002', hint = 'Get event ids from list_calendar_events.';
  end if;
  return event;
end
$$;

comment on function mcp_tools.get_calendar_event(jsonb) is 'Handler of the get_calendar_event tool (see mcp.tools).';
revoke all on function mcp_tools.get_calendar_event(jsonb) from public;

select mcp.tool_register(
  name => 'get_calendar_event',
  title => 'Get a calendar event',
  description => 'Returns one calendar event in full: title, description, location, attendees ([{name, email}]), '
    'starts_at, ends_at, all_day, created_at, updated_at. event_id comes from list_calendar_events.',
  handler => 'mcp_tools.get_calendar_event(jsonb)',
  input_schema => $json${
    "type": "object",
    "properties": {
      "event_id": {"type": "string", "format": "uuid", "description": "Id of the event; get it from list_calendar_events."}
    },
    "required": ["event_id"],
    "additionalProperties": false
  }$json$,
  output_schema => jsonb_build_object('type', 'object', 'properties', jsonb_build_object('event', app.calendar_event_schema()),
                                    'required', jsonb_build_array('event'))
);
