--! Previous: sha1:b3b6c110703f7c571ca3ab7c4e6b75aaf7a95eac
--! Hash: sha1:b33174accb05fbdd7fb1d07775f2781c924e322a
--! Message: Calendar event length in absolute hours, whatever the session time zone

-- An event's length is measured in absolute time: `starts_at + interval '31 days'` depended on the
-- session's time zone (31 calendar days across a clock change in Paris are 745 hours), so a session
-- could store an event longer than the 744 hours list_calendar_events looks back.
alter table app.calendar_events
  drop constraint calendar_events_duration,
  add constraint calendar_events_duration check (ends_at >= starts_at and ends_at - starts_at <= interval '744 hours');
