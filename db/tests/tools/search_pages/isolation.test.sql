-- A token searches the pages of its own org only: two orgs with pages of the same titles each find
-- exactly their own ids, also when paging with a cursor the other org's search made.
begin;
select plan(4);

select tests.create_org('Acme') as org_a \gset
select tests.create_org('Acme') as org_b \gset
insert into app.pages (org_id, title, body)
  select o, t, 'Body of ' || t from unnest(array[:'org_a'::uuid, :'org_b'::uuid]) o,
         unnest(array['Onboarding', 'Onboarding guide', 'Engineer onboarding']) t;
insert into app.pages (org_id, title) values (:'org_b', 'Onboarding secrets of B');
select tests.issue_token(:'org_a'::uuid, 'a', '{*}', 1000) as raw_a \gset
select tests.issue_token(:'org_b'::uuid, 'b', '{*}', 1000) as raw_b \gset

create temp table answers (k text, answer jsonb) on commit drop;
grant insert, select on answers to public;
select tests.act_as('tests_gateway');
insert into answers values
  ('a', public.mcp_tools_call(:'raw_a', 'search_pages', '{"query": "onboarding"}', '{}')),
  ('b', public.mcp_tools_call(:'raw_b', 'search_pages', '{"query": "onboarding"}', '{}')),
  ('b page 1', public.mcp_tools_call(:'raw_b', 'search_pages', '{"query": "onboarding", "limit": 1}', '{}'));
insert into answers
  select 'a with b''s cursor', public.mcp_tools_call(:'raw_a', 'search_pages',
           jsonb_build_object('query', 'onboarding', 'cursor', answer -> 'structuredContent' ->> 'next_cursor'), '{}')
  from answers where k = 'b page 1';
select tests.act_as_owner();

create temp view found as
  select a.k, (p ->> 'id')::uuid as id from answers a, jsonb_array_elements(a.answer -> 'structuredContent' -> 'pages') p;

select set_eq($$ select id from found where k = 'a' $$, format($$ select id from app.pages where org_id = %L $$, :'org_a'),
              'A''s token finds exactly A''s three pages');
select is_empty(format($$ select id from found where k like 'a%%' except select id from app.pages where org_id = %L $$, :'org_a'),
                'no id returned to A''s token, with or without B''s cursor, belongs to another org');
select set_eq($$ select id from found where k = 'b' $$, format($$ select id from app.pages where org_id = %L $$, :'org_b'),
              'B''s token finds exactly B''s four pages');
select is_empty($$ select from answers where answer -> 'isError' is distinct from 'false'::jsonb $$, 'every call succeeds');

select * from finish();
rollback;
