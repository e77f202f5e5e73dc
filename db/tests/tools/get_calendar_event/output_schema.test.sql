-- get_calendar_event answers with the keys its output schema requires (and no undeclared ones), the
-- event with the keys its schema requires; the text content is the same JSON.
begin;
select plan(5);

select tests.create_org('Acme') as org \gset
select tests.issue_token(:'org'::uuid, 'calendar') as raw \gset
insert into app.calendar_events (org_id, title, starts_at, ends_at)
values (:'org', 'Standup', now(), now() + interval '15 minutes') returning id as event \gset

select tests.act_as('tests_gateway');
select public.mcp_tools_call(:'raw', 'get_calendar_event', jsonb_build_object('event_id', :'event'), '{}') as answer \gset
select tests.act_as_owner();
select :'answer'::jsonb -> 'structuredContent' as sc \gset
select output_schema as schema from mcp.tools where name = 'get_calendar_event' \gset

select is_empty(format($$ select jsonb_array_elements_text(%L::jsonb -> 'required') except select jsonb_object_keys(%L::jsonb) $$,
                       :'schema', :'sc'),
                'every required key is present');
select is_empty(format($$ select jsonb_object_keys(%L::jsonb) except select jsonb_object_keys(%L::jsonb -> 'properties') $$,
                       :'sc', :'schema'),
                'every key is declared in the output schema');
select set_eq(format($$ select jsonb_object_keys(%L::jsonb -> 'event') $$, :'sc'),
              format($$ select jsonb_object_keys(%L::jsonb #> '{properties,event,properties}') $$, :'schema'),
              'the event has exactly the keys its schema declares');
select lives_ok(format('select mcp.validate_value(%L, %L::jsonb, %L::jsonb)', 'structuredContent', :'schema', :'sc'),
                'the structuredContent validates against the output schema');
select is((:'answer'::jsonb -> 'content' -> 0 ->> 'text')::jsonb, :'sc'::jsonb, 'the text content is the same JSON');

select * from finish();
rollback;
