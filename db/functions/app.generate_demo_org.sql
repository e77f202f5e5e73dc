-- A realistic org of a chosen size, for the demo seed of `make start`, for tests and for
-- benchmarks. Set-based inserts throughout (a million rows take seconds, not minutes).
create or replace function app.generate_demo_org(
  org_name text default 'Demo org',
  data_tables integer default 3,
  rows_per_table integer default 100,
  pages integer default 200,
  events integer default 100,
  buckets integer default 5,
  activities integer default 2000,
  agents integer default 4
)
returns uuid
language plpgsql
volatile
set search_path = ''
as $$
declare
  org uuid;
  words constant text[] := array['Quarterly', 'Roadmap', 'Onboarding', 'Pricing', 'Security', 'Hiring', 'Launch',
    'Budget', 'Retro', 'Customer', 'Support', 'Design', 'Review', 'Migration', 'Incident', 'Sales', 'Partner',
    'Research', 'Policy', 'Handbook', 'Planning', 'Metrics', 'Release', 'Training'];
  onsets constant text[] := array['b', 'c', 'd', 'f', 'g', 'h', 'j', 'k', 'l', 'm', 'n', 'p', 'r', 's', 't', 'v', 'w',
    'z', 'br', 'cr', 'dr', 'gr', 'pr', 'tr', 'st', 'ch', 'sh', 'th'];
  vowels constant text[] := array['a', 'e', 'i', 'o', 'u', 'ai', 'ou', 'ea'];
  people constant text[] := array['Ada Lovelace', 'Grace Hopper', 'Alan Turing', 'Edsger Dijkstra', 'Barbara Liskov',
    'Donald Knuth', 'Margaret Hamilton', 'Ken Thompson', 'Frances Allen', 'John McCarthy'];
  templates constant jsonb := $json$[
    {"name": "Customers", "description": "Accounts we serve", "columns": [
      {"name": "name", "type": "text"}, {"name": "plan", "type": "text"}, {"name": "seats", "type": "number"},
      {"name": "active", "type": "boolean"}, {"name": "since", "type": "date"}]},
    {"name": "Deals", "description": "Open and closed sales opportunities", "columns": [
      {"name": "title", "type": "text"}, {"name": "stage", "type": "text"}, {"name": "amount", "type": "number"},
      {"name": "close_date", "type": "date"}]},
    {"name": "Tickets", "description": "Support requests", "columns": [
      {"name": "subject", "type": "text"}, {"name": "status", "type": "text"}, {"name": "priority", "type": "text"},
      {"name": "opened", "type": "date"}]}
  ]$json$;
begin
  if least(data_tables, rows_per_table, pages, events, buckets, activities, agents) < 0 then
    raise exception 'generate_demo_org: sizes must not be negative' using errcode = '22023';
  end if;
  if activities > 0 and buckets = 0 then
    raise exception 'generate_demo_org: activities need at least one bucket' using errcode = '22023';
  end if;
  insert into app.orgs (name) values (org_name) returning id into org;

  insert into app.data_tables (org_id, name, description, columns)
  select org,
         (templates -> ((i - 1) % 3) ->> 'name') || case when i > 3 then ' ' || ((i - 1) / 3 + 1) else '' end,
         templates -> ((i - 1) % 3) ->> 'description',
         templates -> ((i - 1) % 3) -> 'columns'
  from generate_series(1, data_tables) i;

  insert into app.data_rows (org_id, table_id, data)
  select org, t.id,
         case t.columns -> 0 ->> 'name'
           when 'name' then jsonb_build_object(
             'name', words[1 + (r * 7) % 24] || ' ' || words[1 + (r * 13) % 24] || ' Ltd',
             'plan', (array['free', 'team', 'business', 'enterprise'])[1 + r % 4],
             'seats', 1 + (r * 37) % 500, 'active', r % 5 <> 0,
             'since', (date '2020-01-01' + (r * 17) % 2000)::text)
           when 'title' then jsonb_build_object(
             'title', words[1 + (r * 5) % 24] || ' deal #' || r,
             'stage', (array['lead', 'qualified', 'proposal', 'won', 'lost'])[1 + r % 5],
             'amount', 500 + ((r % 100000) * 7919) % 100000,
             'close_date', (current_date + (r % 180) - 60)::text)
           else jsonb_build_object(
             'subject', words[1 + (r * 3) % 24] || ' issue #' || r,
             'status', (array['open', 'pending', 'solved', 'closed'])[1 + r % 4],
             'priority', (array['low', 'normal', 'high', 'urgent'])[1 + (r * 7) % 4],
             'opened', (current_date - (r % 365))::text)
         end
  from app.data_tables t cross join generate_series(1, rows_per_table) r
  where t.org_id = org;

  -- Titles as an org's grow: a few common words (the 24 above), and a topic word of a vocabulary
  -- that grows with the org (Heaps' law: 40 * sqrt(pages) words, e.g. 4,000 at 10k pages) drawn by
  -- Zipf's law (rank r with probability ~ 1/r: the commonest in ~10% of titles, most in a handful).
  -- The topic words are made of syllables (onset + vowel), deterministically: word r is rank r's
  -- digits in base 224 scrambled by a multiplication modulo 224^3, so the same org comes out the same.
  insert into app.pages (org_id, title, body, created_at, updated_at)
  select org,
         words[1 + (i * 7) % 24] || ' ' || words[1 + (i * 11) % 24] || ' ' || topic.word || ' '
           || (array['notes', 'plan', 'guide', 'FAQ', 'minutes', 'spec'])[1 + i % 6] || ' ' || i,
         'This page covers ' || lower(words[1 + (i * 7) % 24]) || ' and ' || lower(words[1 + (i * 11) % 24])
           || '. Owner: ' || people[1 + i % 10] || '. ' || repeat('Details follow. ', 1 + i % 20),
         now() - make_interval(days => i % 400),
         now() - make_interval(days => i % 90)
  from generate_series(1, pages) i
  cross join lateral (
    select string_agg(onsets[1 + (x / 8) % 28] || vowels[1 + x % 8], '' order by d) as word
    from (select ((floor(power(greatest(100, round(40 * sqrt(pages))), (hashint4(i) & 2147483647) / 2147483648.0))::bigint
                   * 7919) % 11239424) as code) c,
         lateral (select d, ((c.code / (224 ^ d)::bigint) % 224)::integer as x from generate_series(0, 2) d) s
  ) topic;

  insert into app.calendar_events (org_id, title, description, location, attendees, starts_at, ends_at, all_day)
  select org,
         words[1 + (i * 5) % 24] || ' ' || (array['sync', 'review', 'workshop', 'call', 'offsite', 'standup'])[1 + i % 6],
         'Agenda: ' || lower(words[1 + (i * 3) % 24]) || ', ' || lower(words[1 + (i * 17) % 24]) || '.',
         (array['Room A', 'Room B', 'Video call', 'Cafe', null])[1 + i % 5],
         (select jsonb_agg(jsonb_build_object('name', people[1 + (i + a) % 10],
                                              'email', lower(replace(people[1 + (i + a) % 10], ' ', '.')) || '@example.com'))
          from generate_series(0, i % 4) a),
         s.starts_at,
         s.starts_at + case when i % 10 = 0 then interval '1 day' else make_interval(mins => 30 * (1 + i % 4)) end,
         i % 10 = 0
  from generate_series(1, events) i
  cross join lateral (
    -- about 50 events a day (a busy org), over 90 days or longer for larger sizes, a third of it past
    select case when i % 10 = 0
                then date_trunc('day', now() - make_interval(days => span / 3) + make_interval(days => ((i::bigint * 7) % span)::integer))
                else date_trunc('hour', now() - make_interval(days => span / 3) + make_interval(hours => ((i::bigint * 37) % (span * 24))::integer))
           end as starts_at
    from (select greatest(90, events / 50) as span) d
  ) s;

  insert into app.dial_buckets (org_id, name, description)
  select org, (array['Inbound leads', 'Renewals', 'Churn risk', 'Expansion', 'Event follow-up', 'Cold outreach'])[1 + (i - 1) % 6]
              || case when i > 6 then ' ' || ((i - 1) / 6 + 1) else '' end,
         'Contacts to work: ' || lower(words[1 + i % 24]) || ' campaign'
  from generate_series(1, buckets) i;

  insert into app.dial_activities (org_id, bucket_id, kind, outcome, occurred_at)
  select org, b.ids[1 + (i % b.n)::integer],
         -- hashed, so that kinds, outcomes and times do not follow the bucket (i % n)
         (array['call', 'call', 'call', 'email', 'email', 'meeting', 'sms', 'voicemail', 'note', 'task'])[1 + abs(hashint8(i) % 10)],
         (array['connected', 'no answer', 'left message', 'booked', 'not interested', null])[1 + abs(hashint8(-i) % 6)],
         now() - make_interval(secs => abs(hashint8(i * 31) % (180 * 86400))::double precision)
  from generate_series(1::bigint, activities) i
  cross join (select array_agg(d.id order by d.name) as ids, count(*)::integer as n
              from app.dial_buckets d where d.org_id = org) b;

  insert into app.agents (org_id, name, description, model, tools)
  select org, (array['Research assistant', 'Support triage', 'Sales coach', 'Meeting scribe', 'Data analyst'])[1 + (i - 1) % 5]
              || case when i > 5 then ' ' || ((i - 1) / 5 + 1) else '' end,
         'Helps with ' || lower(words[1 + i % 24]) || '.',
         (array['claude-sonnet-4', 'claude-opus-4', 'claude-haiku-4'])[1 + i % 3],
         jsonb_build_array(jsonb_build_object('tool', 'search_pages', 'enabled', true),
                           jsonb_build_object('tool', 'query_data_table', 'enabled', i % 2 = 0))
  from generate_series(1, agents) i;

  return org;
end
$$;

comment on function app.generate_demo_org(text, integer, integer, integer, integer, integer, integer, integer) is
  'Creates an org filled with realistic demo data of the given size (data tables with rows, pages, calendar events '
  'around now, dial buckets with activities over the last 180 days, agents) and returns its id. Used by make '
  'start''s demo seed, the tests and the benchmarks. Example: select app.generate_demo_org(''Acme'', pages => 1000);';
revoke all on function app.generate_demo_org(text, integer, integer, integer, integer, integer, integer, integer) from public;
