-- list_agents answers with the keys its output schema requires (and no undeclared ones), each agent
-- with the keys its item schema requires; the text content is the same JSON.
begin;
select plan(6);

select tests.create_org('Acme') as org \gset
select tests.issue_token(:'org'::uuid, 'agents') as raw \gset
insert into app.agents (org_id, name, model, tools) values
  (:'org', 'Support bot', 'gpt-4o', '[{"name": "search"}]'), (:'org', 'Analyst', 'claude-3-5-sonnet', '{}');

select tests.act_as('tests_gateway');
select public.mcp_tools_call(:'raw', 'list_agents', '{}', '{}') as answer \gset
select tests.act_as_owner();
select :'answer'::jsonb -> 'structuredContent' as sc \gset
select output_schema as schema from mcp.tools where name = 'list_agents' \gset

select is(jsonb_array_length(:'sc'::jsonb -> 'agents'), 2, 'both agents are listed');
select is_empty(format($$ select jsonb_array_elements_text(%L::jsonb -> 'required') except select jsonb_object_keys(%L::jsonb) $$,
                       :'schema', :'sc'),
                'every required key is present');
select is_empty(format($$ select jsonb_object_keys(%L::jsonb) except select jsonb_object_keys(%L::jsonb -> 'properties') $$,
                       :'sc', :'schema'),
                'every key is declared in the output schema');
select is_empty(format($$ select a ->> 'name', r from jsonb_array_elements(%L::jsonb -> 'agents') a,
                                 jsonb_array_elements_text(%L::jsonb #> '{properties,agents,items,required}') r
                          where not a ? r $$, :'sc', :'schema'),
                'every agent has the keys the item schema requires');
select lives_ok(format('select mcp.validate_value(%L, %L::jsonb, %L::jsonb)', 'structuredContent', :'schema', :'sc'),
                'the structuredContent validates against the output schema');
select is((:'answer'::jsonb -> 'content' -> 0 ->> 'text')::jsonb, :'sc'::jsonb, 'the text content is the same JSON');

select * from finish();
rollback;
