-- The times an event may have (the check constraint calendar_events_duration), as an error that
-- names them and says how to fix the call, before any write would hit the constraint.
create or replace function app.calendar_event_span_check(starts timestamptz, ends timestamptz)
returns void
language plpgsql
immutable parallel safe
-- no SET clause: callers are definer functions running with search_path = ''
as $$
begin
  if ends < starts then
    raise exception 'ends_at % is before starts_at %',
      to_char(ends at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'), to_char(starts at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"')
      using errcode = '22023', hint = 'An event ends at or after its start; to move an event, give both starts_at and ends_at.';
  end if;
  if ends - starts > interval '744 hours' then
    raise exception 'the event would last more than 31 days (% to %)',
      to_char(starts at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'), to_char(ends at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"')
      using errcode = '22023', hint = 'Split it into several events.';
  end if;
end
$$;

comment on function app.calendar_event_span_check(timestamptz, timestamptz) is
  'Raises 22023 unless an event from starts to ends is one the calendar can hold: ends at or after starts, at most '
  '31 days (744 hours) later. Used by the calendar write tools'' previews and handlers.';
revoke all on function app.calendar_event_span_check(timestamptz, timestamptz) from public;
grant execute on function app.calendar_event_span_check(timestamptz, timestamptz) to mcp_reader, mcp_writer;
