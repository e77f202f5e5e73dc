-- search_pages refuses with isError true and 22023: a missing query or one shorter than 2
-- characters, a limit outside 1..50, an unknown argument, and a cursor it did not make (garbage,
-- another tool's, tampered with).
begin;
select plan(5);

select tests.create_org('Acme') as org \gset
insert into app.pages (org_id, title) values (:'org', 'Security handbook'), (:'org', 'Security review');
insert into app.data_tables (org_id, name) values (:'org', 'Customers'), (:'org', 'Deals');
select tests.issue_token(:'org'::uuid) as raw \gset
select mcp.cursor_encode('search_pages', '["first", 0, 1, 8, "e0000000-0000-4000-8000-000000000001"]') as tampered_cursor \gset

create temp table answers (k text, answer jsonb) on commit drop;
grant insert, select on answers to public;
select tests.act_as('tests_gateway');
insert into answers values
  ('tables page', public.mcp_tools_call(:'raw', 'list_data_tables', '{"limit": 1}', '{}'));
insert into answers values
  ('no query', public.mcp_tools_call(:'raw', 'search_pages', '{}', '{}')),
  ('query 1 char', public.mcp_tools_call(:'raw', 'search_pages', '{"query": "s"}', '{}')),
  ('query empty', public.mcp_tools_call(:'raw', 'search_pages', '{"query": ""}', '{}')),
  ('query %', public.mcp_tools_call(:'raw', 'search_pages', '{"query": "%"}', '{}')),
  ('limit 0', public.mcp_tools_call(:'raw', 'search_pages', '{"query": "security", "limit": 0}', '{}')),
  ('limit 51', public.mcp_tools_call(:'raw', 'search_pages', '{"query": "security", "limit": 51}', '{}')),
  ('limit 101', public.mcp_tools_call(:'raw', 'search_pages', '{"query": "security", "limit": 101}', '{}')),
  ('unknown', public.mcp_tools_call(:'raw', 'search_pages', '{"query": "security", "body": "rules"}', '{}')),
  ('garbage cursor', public.mcp_tools_call(:'raw', 'search_pages', '{"query": "security", "cursor": "%%%"}', '{}')),
  ('tampered cursor', public.mcp_tools_call(:'raw', 'search_pages',
     jsonb_build_object('query', 'security', 'cursor', :'tampered_cursor'::text), '{}'));
insert into answers
  select 'other tool cursor', public.mcp_tools_call(:'raw', 'search_pages',
           jsonb_build_object('query', 'security', 'cursor', answer -> 'structuredContent' ->> 'next_cursor'), '{}')
  from answers where k = 'tables page';
select tests.act_as_owner();

select results_eq(
  $$ select k, answer -> 'isError', answer -> '_meta' ->> 'sqlstate' from answers where k not in ('tables page', 'tampered cursor') order by k $$,
  $$ values ('garbage cursor', 'true'::jsonb, '22023'), ('limit 0', 'true'::jsonb, '22023'), ('limit 101', 'true'::jsonb, '22023'),
            ('limit 51', 'true'::jsonb, '22023'), ('no query', 'true'::jsonb, '22023'), ('other tool cursor', 'true'::jsonb, '22023'),
            ('query %', 'true'::jsonb, '22023'), ('query 1 char', 'true'::jsonb, '22023'), ('query empty', 'true'::jsonb, '22023'),
            ('unknown', 'true'::jsonb, '22023') $$,
  'each is refused with isError true and 22023'
);
select is((select answer -> '_meta' ->> 'sqlstate' from answers where k = 'tampered cursor'), '22023',
          'a cursor of this tool whose key was tampered with: 22023');
select matches((select answer -> 'content' -> 0 ->> 'text' from answers where k = 'query 1 char'), '"query".*at least 2 characters',
               'a one-character query: the message names the argument and the minimum length');
select matches((select answer -> 'content' -> 0 ->> 'text' from answers where k = 'limit 51'), '"limit".*at most 50',
               'limit 51: the message names the argument and its maximum');
select matches((select answer -> 'content' -> 0 ->> 'text' from answers where k = 'other tool cursor'), '"cursor"',
               'list_data_tables'' cursor: the message names the cursor');

select * from finish();
rollback;
