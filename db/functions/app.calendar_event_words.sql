-- An event in a write preview's words, from its JSON (a stored event, or a create call's
-- arguments): "'Board review', Thu 3 Dec 2026 10:00–11:00 UTC, at Room 4, 4 attendees".
create or replace function app.calendar_event_words(event jsonb)
returns text
language sql
stable parallel safe
-- no SET clause: callers are definer functions running with search_path = ''
as $$
  select format('%s, %s%s%s',
    pg_catalog.quote_literal(event ->> 'title'),
    mcp.time_span_words((event ->> 'starts_at')::timestamptz, (event ->> 'ends_at')::timestamptz,
                        coalesce((event ->> 'all_day')::boolean, false)),
    coalesce(', at ' || nullif(event ->> 'location', ''), ''),
    case jsonb_array_length(coalesce(event -> 'attendees', '[]'))
      when 0 then ', no attendees' when 1 then ', 1 attendee'
      else format(', %s attendees', jsonb_array_length(event -> 'attendees')) end)
$$;

comment on function app.calendar_event_words(jsonb) is
  'An event (title, starts_at, ends_at, all_day, location, attendees as JSON) in the words of the calendar write '
  'tools'' previews: ''Board review'', Thu 3 Dec 2026 10:00–11:00 UTC, at Room 4, 4 attendees.';
revoke all on function app.calendar_event_words(jsonb) from public;
grant execute on function app.calendar_event_words(jsonb) to mcp_reader;
