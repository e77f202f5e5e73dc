-- search_pages ranks matches: the exact title (any case) first, then titles starting with the
-- query, then the others by earlier match position, then by shorter title, then by id.
begin;
select plan(2);

select tests.create_org('Acme') as org \gset
insert into app.pages (org_id, id, title) values
  (:'org', 'e0000000-0000-4000-8000-000000000001', 'The big plan'),
  (:'org', 'e0000000-0000-4000-8000-000000000002', 'Planning'),
  (:'org', 'e0000000-0000-4000-8000-000000000003', 'A plan forever'),
  (:'org', 'e0000000-0000-4000-8000-000000000004', 'plan b'),
  (:'org', 'e0000000-0000-4000-8000-000000000005', 'My plan'),
  (:'org', 'e0000000-0000-4000-8000-000000000006', 'A plan'),
  (:'org', 'e0000000-0000-4000-8000-000000000007', 'Roadmap plan'),
  (:'org', 'e0000000-0000-4000-8000-000000000008', 'Plan'),
  (:'org', 'e0000000-0000-4000-8000-000000000009', 'Explanation'),
  (:'org', 'e0000000-0000-4000-8000-00000000000a', 'Budget'),
  (:'org', 'e0000000-0000-4000-8000-000000000000', 'The big PLAN');
select tests.issue_token(:'org'::uuid) as raw \gset

select tests.act_as('tests_gateway');
select public.mcp_tools_call(:'raw', 'search_pages', '{"query": "plan", "limit": 50}', '{}') as answer \gset
select tests.act_as_owner();

select is(:'answer'::jsonb -> 'isError', 'false'::jsonb, 'the call succeeds');
select results_eq(
  format($$ select p ->> 'title' from jsonb_array_elements(%L::jsonb -> 'structuredContent' -> 'pages') with ordinality as a (p, n)
            order by n $$, :'answer'),
  $$ values ('Plan'),            -- exact (case-insensitive)
            ('plan b'),          -- starts with the query, 6 characters
            ('Planning'),        -- starts with the query, 8 characters
            ('A plan'),          -- match at 3, 6 characters
            ('Explanation'),     -- match at 3 (ex-PLAN-ation), 11 characters
            ('A plan forever'),  -- match at 3, 14 characters
            ('My plan'),         -- match at 4
            ('The big PLAN'),    -- match at 9, 12 characters, smallest id
            ('The big plan'),    -- match at 9, 12 characters
            ('Roadmap plan')     -- match at 9, 12 characters, largest id
  $$,
  'exact title, then prefix matches (shorter first), then by match position, length and id'
);

select * from finish();
rollback;
