-- search_pages finds the pages whose title contains the query, ignoring case, and answers each
-- with its id, title, excerpt and updated_at; pages whose body alone matches are not found.
begin;
select plan(4);

select tests.create_org('Acme') as org \gset
insert into app.pages (org_id, id, title, body, updated_at) values
  (:'org', 'e0000000-0000-4000-8000-000000000001', 'Quarterly Roadmap', 'Where we go next quarter.', '2026-03-01 10:00+00'),
  (:'org', 'e0000000-0000-4000-8000-000000000002', 'roadmap review', 'Notes of the review.', '2026-03-02 10:00+00'),
  (:'org', 'e0000000-0000-4000-8000-000000000003', 'ROADMAP', '', '2026-03-03 10:00+00'),
  (:'org', 'e0000000-0000-4000-8000-000000000004', 'Budget', 'The roadmap costs money.', '2026-03-04 10:00+00'),
  (:'org', 'e0000000-0000-4000-8000-000000000005', 'Road map', 'Two words.', '2026-03-05 10:00+00');
select tests.issue_token(:'org'::uuid) as raw \gset

select tests.act_as('tests_gateway');
select public.mcp_tools_call(:'raw', 'search_pages', '{"query": "RoadMap"}', '{}') as answer \gset
select tests.act_as_owner();

select is(:'answer'::jsonb -> 'isError', 'false'::jsonb, 'the call succeeds');
select results_eq(
  format($$ select (p ->> 'id')::uuid, p ->> 'title', p ->> 'excerpt', (p ->> 'updated_at')::timestamptz
            from jsonb_array_elements(%L::jsonb -> 'structuredContent' -> 'pages') with ordinality as a (p, n) order by n $$, :'answer'),
  $$ values ('e0000000-0000-4000-8000-000000000003'::uuid, 'ROADMAP', '', '2026-03-03 10:00+00'::timestamptz),
            ('e0000000-0000-4000-8000-000000000002'::uuid, 'roadmap review', 'Notes of the review.', '2026-03-02 10:00+00'::timestamptz),
            ('e0000000-0000-4000-8000-000000000001'::uuid, 'Quarterly Roadmap', 'Where we go next quarter.', '2026-03-01 10:00+00'::timestamptz) $$,
  '"RoadMap" finds ROADMAP, roadmap review and Quarterly Roadmap, with excerpt and updated_at; not Budget nor Road map'
);
select is_empty(
  format($$ select p from jsonb_array_elements(%L::jsonb -> 'structuredContent' -> 'pages') p
            where (select array_agg(k order by k) from jsonb_object_keys(p) k) <> array['excerpt', 'id', 'title', 'updated_at'] $$,
         :'answer'),
  'each page carries exactly id, title, excerpt and updated_at'
);
select is(:'answer'::jsonb -> 'structuredContent' -> 'next_cursor', 'null'::jsonb, 'all fit on one page: next_cursor is null');

select * from finish();
rollback;
