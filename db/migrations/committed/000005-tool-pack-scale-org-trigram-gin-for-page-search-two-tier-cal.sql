--! Previous: sha1:3ffcaf2ae86868f69d6440bf1774a6cc386617e2
--! Hash: sha1:b3b6c110703f7c571ca3ab7c4e6b75aaf7a95eac
--! Message: Tool pack scale: org+trigram GIN for page search, two-tier calendar indexes, daily activity rollup

-- Tool-pack indexes that keep the tools flat at 1M pages / 10M activities, measured with
-- app.generate_demo_org (see the issue notes for the numbers).

-- search_pages: one GIN index answers both "this org" and "title contains" (btree_gin lets a uuid
-- column sit beside the trigram column), instead of a trigram scan across every org's pages.
create extension if not exists btree_gin schema extensions;
drop index app.pages_title_trgm_idx;
do $$
begin
  execute format('create index pages_org_title_trgm_idx on app.pages using gin (org_id, title %I.gin_trgm_ops)',
                 (select n.nspname from pg_catalog.pg_extension e
                  join pg_catalog.pg_namespace n on n.oid = e.extnamespace where e.extname = 'pg_trgm'));
end
$$;

-- list_calendar_events: most events last a day or less; their index is scanned from one day before
-- the window, the rare longer ones (up to 31 days) from 31 days before. Both in start order.
drop index app.calendar_events_starts_idx;
create index calendar_events_short_idx on app.calendar_events (org_id, starts_at, id)
  where ends_at - starts_at <= interval '1 day';
create index calendar_events_long_idx on app.calendar_events (org_id, starts_at, id)
  where ends_at - starts_at > interval '1 day';

-- get_dial_bucket_stats: activity counts per bucket, UTC day and kind, kept by statement-level
-- triggers on app.dial_activities; whole days are read from here, only the partial edge days from
-- the activities themselves.
create table app.dial_activity_counts (
  org_id uuid not null,
  bucket_id uuid not null,
  day date not null,
  kind text not null,
  n bigint not null,
  primary key (org_id, bucket_id, day, kind),
  foreign key (org_id, bucket_id) references app.dial_buckets (org_id, id) on delete cascade
);
comment on table app.dial_activity_counts is
  'Activities per dial bucket, UTC day and kind, kept by triggers on app.dial_activities (a rollup for get_dial_bucket_stats).';
insert into app.dial_activity_counts (org_id, bucket_id, day, kind, n)
select org_id, bucket_id, (occurred_at at time zone 'UTC')::date, kind, count(*)
from app.dial_activities
group by 1, 2, 3, 4;
