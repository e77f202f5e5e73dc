-- list_calendar_events answers with the keys its output schema requires (and no undeclared ones),
-- each event with the keys its item schema requires; the text content is the same JSON.
begin;
select plan(6);

select tests.create_org('Acme') as org \gset
select tests.issue_token(:'org'::uuid, 'calendar') as raw \gset
insert into app.calendar_events (org_id, title, location, starts_at, ends_at) values
  (:'org', 'Standup', 'Room 1', now() + interval '1 hour', now() + interval '2 hours'),
  (:'org', 'Retro', null, now() + interval '1 day', now() + interval '1 day 1 hour');

select tests.act_as('tests_gateway');
select public.mcp_tools_call(:'raw', 'list_calendar_events', '{}', '{}') as answer \gset
select tests.act_as_owner();
select :'answer'::jsonb -> 'structuredContent' as sc \gset
select output_schema as schema from mcp.tools where name = 'list_calendar_events' \gset

select is(jsonb_array_length(:'sc'::jsonb -> 'events'), 2, 'both events are listed');
select is_empty(format($$ select jsonb_array_elements_text(%L::jsonb -> 'required') except select jsonb_object_keys(%L::jsonb) $$,
                       :'schema', :'sc'),
                'every required key is present');
select is_empty(format($$ select jsonb_object_keys(%L::jsonb) except select jsonb_object_keys(%L::jsonb -> 'properties') $$,
                       :'sc', :'schema'),
                'every key is declared in the output schema');
select is_empty(format($$ select e ->> 'title', r from jsonb_array_elements(%L::jsonb -> 'events') e,
                                 jsonb_array_elements_text(%L::jsonb #> '{properties,events,items,required}') r
                          where not e ? r $$, :'sc', :'schema'),
                'every event has the keys the item schema requires');
select lives_ok(format('select mcp.validate_value(%L, %L::jsonb, %L::jsonb)', 'structuredContent', :'schema', :'sc'),
                'the structuredContent validates against the output schema');
select is((:'answer'::jsonb -> 'content' -> 0 ->> 'text')::jsonb, :'sc'::jsonb, 'the text content is the same JSON');

select * from finish();
rollback;
