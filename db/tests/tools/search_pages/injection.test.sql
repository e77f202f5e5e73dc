-- SQL in the query is plain text: it matches only a title containing that text, raises nothing
-- and drops nothing.
begin;
select plan(5);

select tests.create_org('Acme') as org \gset
insert into app.pages (org_id, id, title) values
  (:'org', 'e0000000-0000-4000-8000-000000000001', 'Welcome'),
  (:'org', 'e0000000-0000-4000-8000-000000000002', 'Bobby''); drop table app.pages; -- Tables');
select tests.issue_token(:'org'::uuid) as raw \gset

create temp table answers (k text, answer jsonb) on commit drop;
grant insert, select on answers to public;
select tests.act_as('tests_gateway');
insert into answers values
  ('drop', public.mcp_tools_call(:'raw', 'search_pages', jsonb_build_object('query', 'x''); drop table app.pages; --'), '{}')),
  ('or', public.mcp_tools_call(:'raw', 'search_pages', jsonb_build_object('query', ''' or ''1''=''1'), '{}')),
  ('title', public.mcp_tools_call(:'raw', 'search_pages', jsonb_build_object('query', '''); drop table app.pages; --'), '{}'));
select tests.act_as_owner();

select results_eq($$ select k, answer -> 'isError', answer -> 'structuredContent' -> 'pages' from answers where k in ('drop', 'or') order by k $$,
                  $$ values ('drop', 'false'::jsonb, '[]'::jsonb), ('or', 'false'::jsonb, '[]'::jsonb) $$,
                  'x''); drop table app.pages; -- and '' or ''1''=''1 find nothing and raise nothing');
select results_eq($$ select (p ->> 'id')::uuid from answers, jsonb_array_elements(answer -> 'structuredContent' -> 'pages') p where k = 'title' $$,
                  $$ values ('e0000000-0000-4000-8000-000000000002'::uuid) $$,
                  'the text is found in the one title that holds it');
select isnt(to_regclass('app.pages'), null, 'app.pages still exists');
select is((select count(*) from app.pages where org_id = :'org'), 2::bigint, 'with its rows');
select is((select count(*) from mcp.usage_log where org_id = :'org' and outcome = 'ok'), 3::bigint, 'all three calls are logged ok');

select * from finish();
rollback;
