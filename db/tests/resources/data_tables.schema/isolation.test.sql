-- resources/list shows the token's org's tables only, and reading another org's table is P0002.
begin;
select plan(2);

select tests.create_org('Acme') as org \gset
select tests.create_org('Other') as other \gset
insert into app.data_tables (org_id, id, name) values
  (:'org', 'a0000000-0000-4000-8000-000000000001', 'Mine'),
  (:'other', 'a0000000-0000-4000-8000-000000000002', 'Theirs');
select tests.issue_token(:'org'::uuid, 'tables only', '{data_tables.*}') as raw \gset

select tests.act_as('tests_gateway');
select public.mcp_resources_list_json(:'raw', '{}', '{}') as listed \gset
select public.mcp_resources_read_json(:'raw', '{"uri": "pgmcp://data-tables/a0000000-0000-4000-8000-000000000002"}', '{}') as theirs \gset
select tests.act_as_owner();

select is((select jsonb_agg(r ->> 'uri') from jsonb_array_elements(:'listed'::jsonb -> 'resources') r),
          '["pgmcp://data-tables/a0000000-0000-4000-8000-000000000001"]'::jsonb, 'only the org''s own table is listed');
select is(:'theirs'::jsonb -> 'error' ->> 'sqlstate', 'P0002', 'another org''s table cannot be read: P0002');

select * from finish();
rollback;
