-- get_dial_bucket_stats answers with the keys its output schema requires (and no undeclared ones);
-- the text content is the same JSON.
begin;
select plan(4);

select tests.create_org('Acme') as org \gset
select tests.issue_token(:'org'::uuid, 'dialer') as raw \gset
insert into app.dial_buckets (org_id, name) values (:'org', 'Outbound') returning id as bucket \gset
insert into app.dial_activities (org_id, bucket_id, kind, occurred_at) values (:'org', :'bucket', 'call', now());

select tests.act_as('tests_gateway');
select public.mcp_tools_call(:'raw', 'get_dial_bucket_stats', jsonb_build_object('bucket_id', :'bucket',
       'since', '2000-01-01T00:00:00Z'), '{}') as answer \gset
select tests.act_as_owner();
select :'answer'::jsonb -> 'structuredContent' as sc \gset
select output_schema as schema from mcp.tools where name = 'get_dial_bucket_stats' \gset

select is_empty(format($$ select jsonb_array_elements_text(%L::jsonb -> 'required') except select jsonb_object_keys(%L::jsonb) $$,
                       :'schema', :'sc'),
                'every required key is present');
select is_empty(format($$ select jsonb_object_keys(%L::jsonb) except select jsonb_object_keys(%L::jsonb -> 'properties') $$,
                       :'sc', :'schema'),
                'every key is declared in the output schema');
select lives_ok(format('select mcp.validate_value(%L, %L::jsonb, %L::jsonb)', 'structuredContent', :'schema', :'sc'),
                'the structuredContent validates against the output schema');
select is((:'answer'::jsonb -> 'content' -> 0 ->> 'text')::jsonb, :'sc'::jsonb, 'the text content is the same JSON');

select * from finish();
rollback;
