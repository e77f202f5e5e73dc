-- Two orgs with look-alike data in every table (same names, titles and times): every tool in the
-- registry, called with org A's token (one that may write, without confirmation, so the write tools
-- run), answers without a single id of org B (its data tables, rows, pages, events, buckets,
-- activities, agents, write actions, the org itself or its token); every tool taking an id answers
-- P0002 for org B's id, and org B's data is the same afterwards. The tools and arguments come from
-- the registry, so a new tool makes this test fail until it is added to the mapping below.
begin;
select plan(10);

select tests.create_org('Acme') as a \gset
select tests.create_org('Acme') as b \gset
insert into app.data_tables (org_id, name, description, columns)
select o, 'Customers', 'Our customers', '[{"name": "name", "type": "text"}, {"name": "status", "type": "text"}]'
from unnest(array[:'a', :'b']::uuid[]) o;
insert into app.data_rows (org_id, table_id, data)
select t.org_id, t.id, r.data from app.data_tables t,
       (values ('{"name": "Ada", "status": "active"}'::jsonb), ('{"name": "Linus", "status": "churned"}')) r (data)
where t.org_id in (:'a', :'b');
insert into app.pages (org_id, title, body)
select o, 'Onboarding guide', 'Welcome aboard.' from unnest(array[:'a', :'b']::uuid[]) o;
insert into app.calendar_events (org_id, title, description, location, attendees, starts_at, ends_at)
select o, t, 'Agenda', 'Room 1', '[{"name": "Ada", "email": "ada@example.com"}]',
       now() + interval '1 day', now() + interval '1 day 1 hour'
from unnest(array[:'a', :'b']::uuid[]) o, unnest(array['Weekly sync', 'Old offsite']) t;
insert into app.dial_buckets (org_id, name, description)
select o, 'Outbound', 'Cold calls' from unnest(array[:'a', :'b']::uuid[]) o;
insert into app.dial_activities (org_id, bucket_id, kind, outcome, occurred_at)
select d.org_id, d.id, k, 'done', now() - interval '1 hour' from app.dial_buckets d, unnest(array['call', 'email']) k
where d.org_id in (:'a', :'b');
insert into app.agents (org_id, name, description, model, tools)
select o, 'Support bot', 'Answers customers', 'gpt-4o', '[{"name": "search"}]' from unnest(array[:'a', :'b']::uuid[]) o;
select raw_token as raw_a from public.mcp_token_issue(:'a'::uuid, 'Assistant', '{*}', 100000,
  scopes => '{mcp:read,mcp:write}', confirm => '{"*": "none"}') \gset
select raw_token as raw_b from public.mcp_token_issue(:'b'::uuid, 'Assistant', '{*}', 100000,
  scopes => '{mcp:read,mcp:write}', confirm => '{"*": "none"}') \gset
-- a write action in each org (for get_action_status): a change that changes nothing
select (select id from app.calendar_events where org_id = :'a' and title = 'Weekly sync') as weekly_a,
       (select id from app.calendar_events where org_id = :'b' and title = 'Weekly sync') as weekly_b \gset
select tests.act_as('tests_gateway');
select public.mcp_tools_call(:'raw_a', 'update_calendar_event', jsonb_build_object('event_id', :'weekly_a', 'title', 'Weekly sync')) as pre_a,
       public.mcp_tools_call(:'raw_b', 'update_calendar_event', jsonb_build_object('event_id', :'weekly_b', 'title', 'Weekly sync')) as pre_b \gset
select tests.act_as_owner();

-- the ids of each org that a leak would show
create temp table ids (org uuid, what text, id text);
insert into ids
select o, w, i from unnest(array[:'a', :'b']::uuid[]) o, lateral (
  select 'org', o::text
  union all select 'token', id::text from public.mcp_tokens where org_id = o
  union all select 'token prefix', token_prefix from public.mcp_tokens where org_id = o
  union all select 'data table', id::text from app.data_tables where org_id = o
  union all select 'data row', id::text from app.data_rows where org_id = o
  union all select 'page', id::text from app.pages where org_id = o
  union all select 'calendar event', id::text from app.calendar_events where org_id = o
  union all select 'dial bucket', id::text from app.dial_buckets where org_id = o
  union all select 'dial activity', id::text from app.dial_activities where org_id = o
  union all select 'agent', id::text from app.agents where org_id = o
  union all select 'action', id::text from mcp.actions where org_id = o) x (w, i);
-- org B's data as it is before org A's token does anything
create temp table b_before as
select 'event' as what, to_jsonb(e) as r from app.calendar_events e where e.org_id = :'b'
union all select 'data table', to_jsonb(t) from app.data_tables t where t.org_id = :'b'
union all select 'data row', to_jsonb(r) from app.data_rows r where r.org_id = :'b'
union all select 'action', to_jsonb(a) from mcp.actions a where a.org_id = :'b';

-- arguments for org A that make each tool show as much as it can
create temp table calls (tool text primary key, args jsonb not null);
insert into calls values
  ('get_current_time', '{}'),
  ('whoami', '{}'),
  ('list_data_tables', '{"limit": 100}'),
  ('query_data_table', jsonb_build_object('table_id', (select id from app.data_tables where org_id = :'a'), 'limit', 100)),
  ('search_pages', '{"query": "Onboarding", "limit": 50}'),
  ('list_calendar_events', '{"limit": 100}'),
  ('get_calendar_event', jsonb_build_object('event_id', (select id from app.calendar_events where org_id = :'a' and title = 'Weekly sync'))),
  ('list_dial_buckets', '{"limit": 100}'),
  ('get_dial_bucket_stats', jsonb_build_object('bucket_id', (select id from app.dial_buckets where org_id = :'a'))),
  ('list_agents', '{"limit": 100}'),
  ('get_action_status', jsonb_build_object('action_id', (select id from mcp.actions where org_id = :'a'))),
  ('create_calendar_event', '{"title": "Weekly sync", "starts_at": "2026-12-03T10:00:00Z", "ends_at": "2026-12-03T11:00:00Z"}'),
  ('update_calendar_event', jsonb_build_object('event_id', (select id from app.calendar_events where org_id = :'a' and title = 'Weekly sync'),
                                               'location', 'Room 2')),
  ('delete_calendar_event', jsonb_build_object('event_id', (select id from app.calendar_events where org_id = :'a' and title = 'Old offsite'))),
  ('insert_data_row', jsonb_build_object('table_id', (select id from app.data_tables where org_id = :'a'),
                                         'values', '{"name": "Grace", "status": "new"}'::jsonb)),
  ('update_data_row', (select jsonb_build_object('table_id', table_id, 'row_id', id, 'values', '{"status": "won back"}'::jsonb)
                       from app.data_rows where org_id = :'a' and data ->> 'name' = 'Linus'));
-- org B's ids passed to org A's token, for every tool that takes an id
create temp table foreign_calls (tool text primary key, args jsonb not null);
insert into foreign_calls values
  ('query_data_table', jsonb_build_object('table_id', (select id from app.data_tables where org_id = :'b'))),
  ('get_calendar_event', jsonb_build_object('event_id', (select id from app.calendar_events where org_id = :'b' and title = 'Weekly sync'))),
  ('get_dial_bucket_stats', jsonb_build_object('bucket_id', (select id from app.dial_buckets where org_id = :'b'))),
  ('get_action_status', jsonb_build_object('action_id', (select id from mcp.actions where org_id = :'b'))),
  ('update_calendar_event', jsonb_build_object('event_id', (select id from app.calendar_events where org_id = :'b' and title = 'Weekly sync'),
                                               'title', 'Taken over')),
  ('delete_calendar_event', jsonb_build_object('event_id', (select id from app.calendar_events where org_id = :'b' and title = 'Old offsite'))),
  ('insert_data_row', jsonb_build_object('table_id', (select id from app.data_tables where org_id = :'b'),
                                         'values', '{"name": "Mallory"}'::jsonb)),
  ('update_data_row', (select jsonb_build_object('table_id', table_id, 'row_id', id, 'values', '{"status": "stolen"}'::jsonb)
                       from app.data_rows where org_id = :'b' and data ->> 'name' = 'Ada'));

select set_eq($$ select name from mcp.tools $$, $$ select tool from calls $$,
              'the mapping has arguments for exactly the registered tools');
select set_eq($$ select t.name from mcp.tools t
                 where exists (select from jsonb_each(t.input_schema -> 'properties') p where p.value ->> 'format' = 'uuid') $$,
              $$ select tool from foreign_calls $$,
              'and org B ids for exactly the registered tools that take an id');

-- every registered tool, called with org A's token (unmapped ones with no arguments)
create temp table answers (token text, tool text, answer jsonb);
select set_config('tests.raw_a', :'raw_a', true), set_config('tests.raw_b', :'raw_b', true);
do $$
declare
  c record;
  result jsonb;
begin
  for c in select 'a' as token, t.name, coalesce(m.args, '{}') as args from mcp.tools t left join calls m on m.tool = t.name
           union all
           select 'a with b ids', t.name, coalesce(f.args, '{}') from mcp.tools t join foreign_calls f on f.tool = t.name
           union all
           select 'b', t.name, m.args from mcp.tools t join calls m on m.tool = t.name where t.name = 'list_data_tables'
  loop
    perform tests.act_as('tests_gateway');
    result := public.mcp_tools_call(current_setting('tests.raw_' || left(c.token, 1)), c.name, c.args, '{}');
    perform tests.act_as_owner();
    insert into answers values (c.token, c.name, result);
  end loop;
end
$$;

select is_empty($$ select name from mcp.tools except select tool from answers where token = 'a' $$,
                'every registered tool was called with org A''s token');
select is_empty($$ select tool, answer from answers where token = 'a' and answer -> 'isError' is distinct from 'false' $$,
                'and every call succeeded');
select is_empty(format($$ select a.tool, i.what, i.id from answers a join ids i on strpos(lower(a.answer::text), lower(i.id)) > 0
                          where a.token = 'a' and i.org = %L $$, :'b'),
                'no answer to org A''s token contains any id of org B');
select is_empty(format($$ select i.what, i.id from ids i where i.org = %L and i.what <> 'dial activity'
                          and not exists (select from answers a where a.token = 'a'
                                          and strpos(lower(a.answer::text), lower(i.id)) > 0) $$, :'a'),
                'while every id of org A that a tool can show (all but activities'') is in some answer');
select is((select count(*) from answers a, ids i where a.token = 'b' and i.org = :'b' and i.what = 'data table'
           and strpos(a.answer::text, i.id) > 0), 1::bigint,
          'org B''s own token does see org B''s table (its data is there to leak)');
select is_empty($$ select tool, answer from answers
                   where token = 'a with b ids' and answer - 'content' is distinct from '{"isError": true, "_meta": {"sqlstate": "P0002"}}' $$,
                'org B''s table, row, event, bucket and action ids with org A''s token: isError true with P0002');
select is((select count(*) from answers a where a.token = 'a with b ids' and a.answer -> 'content' -> 0 ->> 'text' like '%not found or not visible%'),
          (select count(*) from foreign_calls),
          'each saying not found or not visible');
select bag_eq($$ select what, r from b_before $$,
              format($$ select 'event', to_jsonb(e) from app.calendar_events e where e.org_id = %1$L
                        union all select 'data table', to_jsonb(t) from app.data_tables t where t.org_id = %1$L
                        union all select 'data row', to_jsonb(r) from app.data_rows r where r.org_id = %1$L
                        union all select 'action', to_jsonb(a) from mcp.actions a where a.org_id = %1$L $$, :'b'),
              'org B''s events, tables, rows and actions are exactly as they were');

select * from finish();
rollback;
