-- Tool update_calendar_event: changes some fields of one event (a write: behind mcp:write and a
-- confirmation, run by the pipeline as an action).
create or replace function mcp_tools.update_calendar_event_preview(args jsonb)
returns jsonb
language plpgsql
stable
security definer
set search_path = ''
as $$
declare
  e app.calendar_events;
  starts timestamptz;
  ends timestamptz;
  whole_days boolean;
  changes text[];
begin
  if not args ?| array['title', 'description', 'location', 'attendees', 'starts_at', 'ends_at', 'all_day'] then
    raise exception 'nothing to change: give at least one of title, description, location, attendees, starts_at, ends_at, all_day'
      using errcode = '22023', hint = 'Give event_id and only the fields that change.';
  end if;
  select * into e from app.calendar_events x where x.id = (args ->> 'event_id')::uuid;
  if not found then
    raise exception 'calendar event % not found or not visible', args ->> 'event_id'
      using errcode = 'P0002', hint = 'Get event ids from list_calendar_events.';
  end if;
  starts := coalesce((args ->> 'starts_at')::timestamptz, e.starts_at);
  ends := coalesce((args ->> 'ends_at')::timestamptz, e.ends_at);
  whole_days := coalesce((args ->> 'all_day')::boolean, e.all_day);
  perform app.calendar_event_span_check(starts, ends);
  -- only what differs from the event as it is, old -> new (the old title and time head the preview)
  changes := array_remove(array[
    case when args ->> 'title' <> e.title then 'title → ' || mcp.value_words(args -> 'title') end,
    case when (starts, ends, whole_days) is distinct from (e.starts_at, e.ends_at, e.all_day)
         then 'time → ' || mcp.time_span_words(starts, ends, whole_days) end,
    case when args ? 'location' and nullif(args ->> 'location', '') is distinct from e.location
         then format('location %s → %s', mcp.value_words(to_jsonb(e.location)),
                     mcp.value_words(to_jsonb(nullif(args ->> 'location', '')))) end,
    case when args ? 'description' and args ->> 'description' <> e.description
         then format('description %s → %s', mcp.value_words(to_jsonb(nullif(e.description, ''))),
                     mcp.value_words(to_jsonb(nullif(args ->> 'description', '')))) end,
    case when args -> 'attendees' <> e.attendees then (
      select format('attendees %s → %s', jsonb_array_length(e.attendees), jsonb_array_length(args -> 'attendees'))
             || coalesce(' (' || string_agg(d.sign || ' ' || d.email, ', ' order by d.sign = '−', d.email)
                                   filter (where d.n <= 10)
                         || case when count(*) > 10 then format(' and %s more', count(*) - 10) else '' end || ')',
                         ' (the same people, names or order changed)')
      from (select u.*, row_number() over (order by u.sign = '−', u.email) as n from (
            select '+' as sign, n.email from (select lower(a ->> 'email') as email from jsonb_array_elements(args -> 'attendees') a) n
            where n.email not in (select lower(a ->> 'email') from jsonb_array_elements(e.attendees) a where a ? 'email')
            union
            select '−', o.email from (select lower(a ->> 'email') as email from jsonb_array_elements(e.attendees) a where a ? 'email') o
            where o.email not in (select lower(a ->> 'email') from jsonb_array_elements(args -> 'attendees') a)) u) d) end
  ], null);
  return jsonb_build_object('preview', format('Update event %s (%s): %s',
    quote_literal(e.title), mcp.time_span_words(e.starts_at, e.ends_at, e.all_day),
    coalesce(array_to_string(nullif(changes, '{}'), ', '), 'no change, it already has these values')));
end
$$;

create or replace function mcp_tools.update_calendar_event(args jsonb)
returns jsonb
language plpgsql
volatile
security definer
set search_path = ''
as $$
declare
  e app.calendar_events;
  event jsonb;
begin
  -- the event as it is now: it may have changed, or gone, since the preview was confirmed
  select * into e from app.calendar_events x where x.id = (args ->> 'event_id')::uuid for update;
  if not found then
    raise exception 'calendar event % not found or not visible: it may have been deleted since', args ->> 'event_id'
      using errcode = 'P0002', hint = 'Get event ids from list_calendar_events.';
  end if;
  perform app.calendar_event_span_check(coalesce((args ->> 'starts_at')::timestamptz, e.starts_at),
                                        coalesce((args ->> 'ends_at')::timestamptz, e.ends_at));
  update app.calendar_events x
  set title = coalesce(args ->> 'title', x.title),
      description = coalesce(args ->> 'description', x.description),
      location = case when args ? 'location' then nullif(args ->> 'location', '') else x.location end,
      attendees = coalesce(args -> 'attendees', x.attendees),
      starts_at = coalesce((args ->> 'starts_at')::timestamptz, x.starts_at),
      ends_at = coalesce((args ->> 'ends_at')::timestamptz, x.ends_at),
      all_day = coalesce((args ->> 'all_day')::boolean, x.all_day),
      updated_at = now()
  where x.org_id = e.org_id and x.id = e.id
  returning app.calendar_event_json(x) into event;
  return jsonb_build_object('event', event);
end
$$;

comment on function mcp_tools.update_calendar_event_preview(jsonb) is 'Preview of the update_calendar_event tool (see mcp.tools).';
comment on function mcp_tools.update_calendar_event(jsonb) is 'Handler of the update_calendar_event tool (see mcp.tools).';
revoke all on function mcp_tools.update_calendar_event_preview(jsonb) from public;
revoke all on function mcp_tools.update_calendar_event(jsonb) from public;

select mcp.tool_register(
  name => 'update_calendar_event',
  title => 'Update a calendar event',
  description => 'Changes some fields of one calendar event (event_id from list_calendar_events); give only the '
    'fields that change, at least one (the confirmation shows them as old -> new). To move an event give both '
    'starts_at and ends_at (ISO 8601 with an offset); the event must still end at or after its start, at most 31 '
    'days later. attendees replaces the whole list; an empty location or description clears it. Returns the event '
    'as it is after the change (status done).',
  handler => 'mcp_tools.update_calendar_event(jsonb)',
  preview => 'mcp_tools.update_calendar_event_preview(jsonb)',
  idempotent => true,
  input_schema => $json${
    "type": "object",
    "properties": {
      "event_id": {"type": "string", "format": "uuid", "description": "Id of the event; get it from list_calendar_events."},
      "title": {"type": "string", "minLength": 1, "maxLength": 500, "description": "The new title."},
      "starts_at": {"type": "string", "format": "date-time", "description": "New start, ISO 8601 with offset, e.g. 2026-12-03T10:00:00Z."},
      "ends_at": {"type": "string", "format": "date-time", "description": "New end, ISO 8601 with offset, at or after the start."},
      "all_day": {"type": "boolean", "description": "Whether it is an all-day event."},
      "description": {"type": "string", "maxLength": 10000, "description": "New details, agenda; an empty string clears them."},
      "location": {"type": "string", "maxLength": 500, "description": "New place or meeting link; an empty string clears it."},
      "attendees": {"type": "array", "maxItems": 200, "description": "Who is invited: the whole new list, replacing the old one.",
        "items": {"type": "object", "properties": {
          "name": {"type": "string", "maxLength": 200}, "email": {"type": "string", "format": "email", "maxLength": 320}},
          "required": ["email"], "additionalProperties": false}}
    },
    "required": ["event_id"],
    "additionalProperties": false
  }$json$,
  output_schema => jsonb_build_object('type', 'object', 'properties', jsonb_build_object('event', app.calendar_event_schema()),
                                    'required', jsonb_build_array('event'))
);
