-- Tool delete_calendar_event: removes one event (destructive: behind mcp:write and, by default, an
-- org admin's approval, run by the pipeline as an action).
create or replace function mcp_tools.delete_calendar_event_preview(args jsonb)
returns jsonb
language plpgsql
stable
security definer
set search_path = ''
as $$
declare
  event jsonb;
begin
  select app.calendar_event_json(e) into event from app.calendar_events e where e.id = (args ->> 'event_id')::uuid;
  if event is null then
    raise exception 'calendar event % not found or not visible', args ->> 'event_id'
      using errcode = 'P0002', hint = 'Get event ids from list_calendar_events.';
  end if;
  return jsonb_build_object('preview', 'Delete event ' || app.calendar_event_words(event));
end
$$;

create or replace function mcp_tools.delete_calendar_event(args jsonb)
returns jsonb
language plpgsql
volatile
security definer
set search_path = ''
as $$
declare
  event jsonb;
begin
  delete from app.calendar_events e where e.id = (args ->> 'event_id')::uuid
  returning app.calendar_event_json(e) into event;
  if event is null then
    raise exception 'calendar event % not found or not visible: it may have been deleted since', args ->> 'event_id'
      using errcode = 'P0002', hint = 'Get event ids from list_calendar_events.';
  end if;
  return jsonb_build_object('deleted', event);
end
$$;

comment on function mcp_tools.delete_calendar_event_preview(jsonb) is 'Preview of the delete_calendar_event tool (see mcp.tools).';
comment on function mcp_tools.delete_calendar_event(jsonb) is 'Handler of the delete_calendar_event tool (see mcp.tools).';
revoke all on function mcp_tools.delete_calendar_event_preview(jsonb) from public;
revoke all on function mcp_tools.delete_calendar_event(jsonb) from public;

select mcp.tool_register(
  name => 'delete_calendar_event',
  title => 'Delete a calendar event',
  description => 'Deletes one calendar event (event_id from list_calendar_events) for good. Returns the deleted '
    'event (status done).',
  handler => 'mcp_tools.delete_calendar_event(jsonb)',
  preview => 'mcp_tools.delete_calendar_event_preview(jsonb)',
  destructive => true,
  input_schema => $json${
    "type": "object",
    "properties": {
      "event_id": {"type": "string", "format": "uuid", "description": "Id of the event; get it from list_calendar_events."}
    },
    "required": ["event_id"],
    "additionalProperties": false
  }$json$,
  output_schema => jsonb_build_object('type', 'object', 'properties', jsonb_build_object('deleted', app.calendar_event_schema()
                                      || '{"description": "The event as it was before it was deleted."}'), 'required', jsonb_build_array('deleted'))
);
