-- The JSON Schema of app.calendar_event_json's object: the "event" of the calendar tools' output
-- schemas, written once for all of them.
create or replace function app.calendar_event_schema()
returns jsonb
language sql
immutable parallel safe
set search_path = ''
as $$
  select $json${"type": "object", "properties": {
    "id": {"type": "string", "format": "uuid"}, "title": {"type": "string"}, "description": {"type": "string"},
    "location": {"anyOf": [{"type": "string"}, {"type": "null"}]}, "attendees": {"type": "array"},
    "starts_at": {"type": "string", "format": "date-time"}, "ends_at": {"type": "string", "format": "date-time"},
    "all_day": {"type": "boolean"}, "created_at": {"type": "string", "format": "date-time"},
    "updated_at": {"type": "string", "format": "date-time"}},
    "required": ["id", "title", "description", "attendees", "starts_at", "ends_at", "all_day"]}$json$::jsonb
$$;

comment on function app.calendar_event_schema() is
  'The JSON Schema of a calendar event as app.calendar_event_json returns it; used by the calendar tools'' output schemas.';
revoke all on function app.calendar_event_schema() from public;
