--! Previous: sha1:30941b67a3cc9108274b3f45a8302cbd5700f6b6
--! Hash: sha1:3ffcaf2ae86868f69d6440bf1774a6cc386617e2
--! Message: Tool pack: reference data model with RLS (data tables and rows, pages, calendar, dial buckets and activities, agents)

-- The org tool pack's reference data model (schema app). Every table leads with org_id: its
-- primary key is (org_id, id), so each query of one org stays inside that org's index range and a
-- distributed Postgres can shard by org. RLS lets mcp_reader see the current org's rows only.

-- pg_trgm backs case-insensitive title search (ILIKE '%…%') with an index. Installed where
-- Supabase keeps extensions; an existing installation elsewhere is used as it is.
create schema if not exists extensions;
create extension if not exists pg_trgm schema extensions;

create table app.data_tables (
  org_id uuid not null references app.orgs (id) on delete cascade,
  id uuid not null default gen_random_uuid(),
  name text not null constraint data_tables_name_length check (char_length(name) between 1 and 200),
  description text constraint data_tables_description_length check (char_length(description) <= 4000),
  columns jsonb not null default '[]' constraint data_tables_columns_array check (jsonb_typeof(columns) = 'array'),
  row_count bigint not null default 0,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  primary key (org_id, id)
);
create index data_tables_name_idx on app.data_tables (org_id, name, id);
comment on table app.data_tables is 'User-defined tables of an org; their rows are in app.data_rows.';
comment on column app.data_tables.columns is
  'The columns: [{"name": "status", "type": "text" | "number" | "boolean" | "date" | "json"}, ...].';
comment on column app.data_tables.row_count is 'Rows in app.data_rows for this table, kept by statement-level triggers.';

create table app.data_rows (
  org_id uuid not null,
  id uuid not null default gen_random_uuid(),
  table_id uuid not null,
  data jsonb not null default '{}' constraint data_rows_data_object check (jsonb_typeof(data) = 'object'),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  primary key (org_id, id),
  foreign key (org_id, table_id) references app.data_tables (org_id, id) on delete cascade
);
create index data_rows_table_idx on app.data_rows (org_id, table_id, id);
create index data_rows_data_idx on app.data_rows using gin (data jsonb_path_ops);
comment on table app.data_rows is 'Rows of the data tables: data holds the values keyed by column name.';

create table app.pages (
  org_id uuid not null references app.orgs (id) on delete cascade,
  id uuid not null default gen_random_uuid(),
  title text not null constraint pages_title_length check (char_length(title) between 1 and 500),
  body text not null default '',
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  primary key (org_id, id)
);
do $$
begin
  -- the operator class lives wherever pg_trgm was installed
  execute format('create index pages_title_trgm_idx on app.pages using gin (title %I.gin_trgm_ops)',
                 (select n.nspname from pg_catalog.pg_extension e
                  join pg_catalog.pg_namespace n on n.oid = e.extnamespace where e.extname = 'pg_trgm'));
end
$$;
comment on table app.pages is 'Documents of an org (title and body).';

create table app.calendar_events (
  org_id uuid not null references app.orgs (id) on delete cascade,
  id uuid not null default gen_random_uuid(),
  title text not null constraint calendar_events_title_length check (char_length(title) between 1 and 500),
  description text not null default '',
  location text,
  attendees jsonb not null default '[]' constraint calendar_events_attendees_array check (jsonb_typeof(attendees) = 'array'),
  starts_at timestamptz not null,
  ends_at timestamptz not null,
  all_day boolean not null default false,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  primary key (org_id, id),
  -- bounded length lets "events overlapping a window" be one index range scan on starts_at
  constraint calendar_events_duration check (ends_at >= starts_at and ends_at <= starts_at + interval '31 days')
);
create index calendar_events_starts_idx on app.calendar_events (org_id, starts_at, id);
comment on table app.calendar_events is
  'Calendar events of an org. An event lasts at most 31 days (longer spans are split), so that overlap queries '
  'stay one index range scan.';
comment on column app.calendar_events.attendees is 'Attendees: [{"name": ..., "email": ...}, ...].';

create table app.dial_buckets (
  org_id uuid not null references app.orgs (id) on delete cascade,
  id uuid not null default gen_random_uuid(),
  name text not null constraint dial_buckets_name_length check (char_length(name) between 1 and 200),
  description text not null default '',
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  primary key (org_id, id)
);
create index dial_buckets_name_idx on app.dial_buckets (org_id, name, id);
comment on table app.dial_buckets is 'Dial buckets: lists of contacts worked by calls, meetings, emails, …';

create table app.dial_activities (
  org_id uuid not null,
  id uuid not null default gen_random_uuid(),
  bucket_id uuid not null,
  kind text not null constraint dial_activities_kind check (kind in ('call', 'meeting', 'email', 'sms', 'voicemail', 'note', 'task')),
  outcome text constraint dial_activities_outcome_length check (char_length(outcome) <= 200),
  occurred_at timestamptz not null,
  created_at timestamptz not null default now(),
  primary key (org_id, id),
  foreign key (org_id, bucket_id) references app.dial_buckets (org_id, id) on delete cascade
);
-- covers get_dial_bucket_stats: an index-only range scan per bucket and time window
create index dial_activities_bucket_idx on app.dial_activities (org_id, bucket_id, occurred_at) include (kind);
comment on table app.dial_activities is 'What happened in a dial bucket: one row per call, meeting, email, sms, voicemail, note or task.';

create table app.agents (
  org_id uuid not null references app.orgs (id) on delete cascade,
  id uuid not null default gen_random_uuid(),
  name text not null constraint agents_name_length check (char_length(name) between 1 and 200),
  description text not null default '',
  model text not null,
  tools jsonb not null default '[]',
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  primary key (org_id, id)
);
create index agents_name_idx on app.agents (org_id, name, id);
comment on table app.agents is 'AI agents configured in an org: their model and tools configuration.';
comment on column app.agents.tools is 'The agent''s tools configuration (JSON, as the app stores it).';
