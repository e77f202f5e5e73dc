-- A time span as write previews say it, in UTC: "Wed 3 Dec 10:00–11:00 UTC",
-- "Wed 3 Dec 22:00 – Thu 4 Dec 01:00 UTC", "Wed 3 Dec 2026 (all day)".
create or replace function mcp.time_span_words(starts timestamptz, ends timestamptz, all_day boolean default false)
returns text
language sql
stable parallel safe
set search_path = ''
as $$
  select case
    when starts is null then 'at no time'
    when all_day and (ends is null or (ends at time zone 'UTC')::date <= (starts at time zone 'UTC')::date + 1)
      then to_char(starts at time zone 'UTC', 'Dy FMDD Mon YYYY') || ' (all day)'
    when all_day
      then to_char(starts at time zone 'UTC', 'Dy FMDD Mon') || ' – ' || to_char(ends at time zone 'UTC', 'Dy FMDD Mon YYYY') || ' (all day)'
    when ends is null or ends = starts
      then to_char(starts at time zone 'UTC', 'Dy FMDD Mon YYYY HH24:MI') || ' UTC'
    when (ends at time zone 'UTC')::date = (starts at time zone 'UTC')::date
      then to_char(starts at time zone 'UTC', 'Dy FMDD Mon YYYY HH24:MI') || '–' || to_char(ends at time zone 'UTC', 'HH24:MI') || ' UTC'
    else to_char(starts at time zone 'UTC', 'Dy FMDD Mon YYYY HH24:MI') || ' – ' || to_char(ends at time zone 'UTC', 'Dy FMDD Mon HH24:MI') || ' UTC'
  end
$$;

comment on function mcp.time_span_words(timestamptz, timestamptz, boolean) is
  'A time span in words for write previews, in UTC: ''Wed 3 Dec 2026 10:00–11:00 UTC'', across days '
  '''Wed 3 Dec 2026 22:00 – Thu 4 Dec 01:00 UTC'', all day ''Wed 3 Dec 2026 (all day)''.';
revoke all on function mcp.time_span_words(timestamptz, timestamptz, boolean) from public;
grant execute on function mcp.time_span_words(timestamptz, timestamptz, boolean) to mcp_reader;
