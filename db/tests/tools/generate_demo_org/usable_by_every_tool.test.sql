-- An org made by app.generate_demo_org is usable right away by every registered tool: each call
-- with a token of the new org (one that may write, without confirmation) succeeds, the list tools
-- return the generated data, and the write tools change it: the generated columns take the values
-- their types say.
begin;
select plan(10);

select app.generate_demo_org('Tiny demo', data_tables => 2, rows_per_table => 7, pages => 5, events => 4, buckets => 3,
                             activities => 30, agents => 2) as demo \gset
select raw_token as raw from public.mcp_token_issue(:'demo'::uuid, 'demo', scopes => '{mcp:read,mcp:write}', confirm => '{"*": "none"}') \gset
select (select id from app.data_tables where org_id = :'demo' order by name limit 1) as table_id,
       (select id from app.data_rows where org_id = :'demo' and table_id = (select id from app.data_tables where org_id = :'demo'
                                                                            order by name limit 1) order by id limit 1) as row_id,
       (select id from app.calendar_events where org_id = :'demo' order by starts_at limit 1) as event_id,
       (select id from app.calendar_events where org_id = :'demo' order by starts_at desc limit 1) as last_event_id,
       (select id from app.dial_buckets where org_id = :'demo' order by name limit 1) as bucket_id,
       (select title from app.pages where org_id = :'demo' order by title limit 1) as page_title,
       to_char(now() at time zone 'UTC' - interval '60 days', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') as window_start,
       to_char(now() at time zone 'UTC' + interval '120 days', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') as window_end \gset

create temp table answers (tool text, answer jsonb) on commit drop;
grant insert, select on answers to public;
select tests.act_as('tests_gateway');
insert into answers
  select tool, public.mcp_tools_call(:'raw', tool, args, '{}')
  from (values ('get_current_time', '{}'::jsonb),
               ('whoami', '{}'),
               ('list_data_tables', '{}'),
               ('query_data_table', jsonb_build_object('table_id', :'table_id'::text)),
               ('search_pages', jsonb_build_object('query', :'page_title'::text)),
               ('list_calendar_events', jsonb_build_object('start', :'window_start'::text, 'end', :'window_end'::text)),
               ('get_calendar_event', jsonb_build_object('event_id', :'event_id'::text)),
               ('list_dial_buckets', '{}'),
               ('get_dial_bucket_stats', jsonb_build_object('bucket_id', :'bucket_id'::text)),
               ('list_agents', '{}')) v (tool, args);
-- the writes after the reads (whose counts they would change); get_action_status reads the first
insert into answers
  select tool, public.mcp_tools_call(:'raw', tool, args)
  from (values ('insert_data_row', jsonb_build_object('table_id', :'table_id'::text, 'values',
                  '{"name": "Ada Ltd", "plan": "team", "seats": 12, "active": true, "since": "2026-12-03"}'::jsonb)),
               ('update_data_row', jsonb_build_object('table_id', :'table_id'::text, 'row_id', :'row_id'::text, 'values',
                  '{"seats": 13, "active": false, "since": "2027-01-04"}'::jsonb)),
               ('create_calendar_event', '{"title": "Launch review", "starts_at": "2026-12-03T10:00:00Z", "ends_at": "2026-12-03T11:00:00Z"}'),
               ('update_calendar_event', jsonb_build_object('event_id', :'event_id'::text, 'title', 'Moved sync')),
               ('delete_calendar_event', jsonb_build_object('event_id', :'last_event_id'::text))) v (tool, args);
insert into answers
  select 'get_action_status', public.mcp_tools_call(:'raw', 'get_action_status',
                                jsonb_build_object('action_id', answer #>> '{structuredContent,action_id}'))
  from answers where tool = 'insert_data_row';
select tests.act_as_owner();

select set_eq($$ select tool from answers $$, $$ select name from mcp.tools $$, 'every registered tool was called');
select is_empty($$ select tool, answer from answers where answer -> 'isError' is distinct from 'false'::jsonb $$,
                'every call succeeds (isError false)');
select is((select jsonb_array_length(answer #> '{structuredContent,tables}') from answers where tool = 'list_data_tables'), 2,
          'list_data_tables: the 2 tables');
select is((select jsonb_array_length(answer #> '{structuredContent,rows}') from answers where tool = 'query_data_table'), 7,
          'query_data_table: the 7 rows');
select cmp_ok((select jsonb_array_length(answer #> '{structuredContent,pages}') from answers where tool = 'search_pages'), '>=', 1,
              'search_pages: finds a generated page by its title');
select is((select jsonb_array_length(answer #> '{structuredContent,events}') from answers where tool = 'list_calendar_events'), 4,
          'list_calendar_events: the 4 events around now');
select is((select jsonb_array_length(answer #> '{structuredContent,buckets}') from answers where tool = 'list_dial_buckets'), 3,
          'list_dial_buckets: the 3 buckets');
select is((select jsonb_array_length(answer #> '{structuredContent,agents}') from answers where tool = 'list_agents'), 2,
          'list_agents: the 2 agents');
select is((select count(*) from app.data_rows where table_id = :'table_id'), 8::bigint, 'insert_data_row: a row more in the table');
select ok((select count(*) = 4 from app.calendar_events where org_id = :'demo')
          and exists (select from app.calendar_events where id = :'event_id' and title = 'Moved sync')
          and not exists (select from app.calendar_events where id = :'last_event_id'),
          'the calendar writes: one event created, one renamed, one deleted');

select * from finish();
rollback;
