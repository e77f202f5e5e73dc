-- whoami's structuredContent has the keys its output schema requires, at the top, in token and
-- in org, and the text content is the same JSON.
begin;
select plan(5);

select tests.create_org('Acme') as org \gset
select tests.issue_token(:'org'::uuid, 'me') as raw \gset

select tests.act_as('tests_gateway');
select public.mcp_tools_call(:'raw', 'whoami', '{}', '{}') as answer \gset
select tests.act_as_owner();
select :'answer'::jsonb -> 'structuredContent' as sc \gset

select is(:'answer'::jsonb -> 'isError', 'false'::jsonb, 'the call succeeds');
select set_eq(format($$ select jsonb_object_keys(%L::jsonb) $$, :'sc'),
              $$ select jsonb_array_elements_text(output_schema -> 'required') from mcp.tools where name = 'whoami' $$,
              'the top level has exactly the keys the output schema requires');
select is_empty(
  format($$ select r from jsonb_array_elements_text((select output_schema #> '{properties,token,required}'
                                                     from mcp.tools where name = 'whoami')) r
            where not %L::jsonb -> 'token' ? r $$, :'sc'),
  'token has every key the output schema requires of it'
);
select is_empty(
  format($$ select r from jsonb_array_elements_text((select output_schema #> '{properties,org,required}'
                                                     from mcp.tools where name = 'whoami')) r
            where not %L::jsonb -> 'org' ? r $$, :'sc'),
  'org has every key the output schema requires of it'
);
select is((:'answer'::jsonb -> 'content' -> 0 ->> 'text')::jsonb, :'sc'::jsonb, 'the text content is the same JSON');

select * from finish();
rollback;
