-- search_pages' structuredContent has the keys its output schema requires, at the top and in every
-- page, and the text content is the same JSON.
begin;
select plan(4);

select tests.create_org('Acme') as org \gset
insert into app.pages (org_id, title, body) values (:'org', 'Security handbook', 'Rules.'), (:'org', 'Security review', '');
select tests.issue_token(:'org'::uuid) as raw \gset

select tests.act_as('tests_gateway');
select public.mcp_tools_call(:'raw', 'search_pages', '{"query": "security"}', '{}') as answer \gset
select tests.act_as_owner();
select :'answer'::jsonb -> 'structuredContent' as sc \gset

select is(jsonb_array_length(:'sc'::jsonb -> 'pages'), 2, 'the call finds both pages');
select set_eq(format($$ select jsonb_object_keys(%L::jsonb) $$, :'sc'),
              $$ select jsonb_array_elements_text(output_schema -> 'required') from mcp.tools where name = 'search_pages' $$,
              'an untruncated page has exactly the keys the output schema requires');
select is_empty(
  format($$ select p ->> 'title', r
            from jsonb_array_elements(%L::jsonb -> 'pages') p,
                 jsonb_array_elements_text((select output_schema #> '{properties,pages,items,required}'
                                            from mcp.tools where name = 'search_pages')) r
            where not p ? r $$, :'sc'),
  'every page has every key the output schema requires of a page'
);
select is((:'answer'::jsonb -> 'content' -> 0 ->> 'text')::jsonb, :'sc'::jsonb, 'the text content is the same JSON');

select * from finish();
rollback;
