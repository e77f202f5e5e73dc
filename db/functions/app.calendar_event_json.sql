-- A calendar event as the calendar tools answer with it (the "event" of their output schemas).
create or replace function app.calendar_event_json(e app.calendar_events)
returns jsonb
language sql
stable parallel safe
-- no SET clause: callers are definer functions running with search_path = ''
as $$
  select jsonb_build_object(
    'id', e.id, 'title', e.title, 'description', e.description, 'location', e.location, 'attendees', e.attendees,
    'starts_at', e.starts_at, 'ends_at', e.ends_at, 'all_day', e.all_day, 'created_at', e.created_at,
    'updated_at', e.updated_at)
$$;

comment on function app.calendar_event_json(app.calendar_events) is
  'A calendar event as the calendar tools return it: {id, title, description, location, attendees, starts_at, '
  'ends_at, all_day, created_at, updated_at} (no org_id).';
revoke all on function app.calendar_event_json(app.calendar_events) from public;
grant execute on function app.calendar_event_json(app.calendar_events) to mcp_reader, mcp_writer;
