-- A page's excerpt is the first 300 characters of its body (characters, not bytes), the whole
-- body when shorter, and '' for an empty body.
begin;
select plan(4);

select tests.create_org('Acme') as org \gset
insert into app.pages (org_id, id, title, body) values
  (:'org', 'e0000000-0000-4000-8000-000000000001', 'Long memo', repeat('0123456789', 29) || 'ABCDEFGHIJKLMNOPQRST'),
  (:'org', 'e0000000-0000-4000-8000-000000000002', 'Accented memo', repeat('é', 299) || 'ü' || 'tail beyond'),
  (:'org', 'e0000000-0000-4000-8000-000000000003', 'Short memo', 'Brief.'),
  (:'org', 'e0000000-0000-4000-8000-000000000004', 'Empty memo', '');
select tests.issue_token(:'org'::uuid) as raw \gset

select tests.act_as('tests_gateway');
select public.mcp_tools_call(:'raw', 'search_pages', '{"query": "memo"}', '{}') as answer \gset
select tests.act_as_owner();

create temp table found as
  select (p ->> 'id')::uuid as id, p ->> 'excerpt' as excerpt
  from jsonb_array_elements((:'answer'::jsonb) -> 'structuredContent' -> 'pages') p;

select is((select excerpt from found where id = 'e0000000-0000-4000-8000-000000000001'),
          repeat('0123456789', 29) || 'ABCDEFGHIJ', 'a 310-character body: its first 300 characters');
select is((select excerpt from found where id = 'e0000000-0000-4000-8000-000000000002'),
          repeat('é', 299) || 'ü', 'multi-byte characters count as one each');
select is((select excerpt from found where id = 'e0000000-0000-4000-8000-000000000003'), 'Brief.', 'a short body whole');
select is((select excerpt from found where id = 'e0000000-0000-4000-8000-000000000004'), '', 'an empty body: an empty excerpt');

select * from finish();
rollback;
