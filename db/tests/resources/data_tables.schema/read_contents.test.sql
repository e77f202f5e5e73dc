-- resources/read of pgmcp://data-tables/<id>: one JSON content whose text is {id, name, description,
-- columns, row_count}, with the cache fields.
begin;
select plan(5);

select tests.create_org('Acme') as org \gset
insert into app.data_tables (org_id, id, name, description, columns, row_count) values
  (:'org', 'a0000000-0000-4000-8000-000000000001', 'Orders', 'What was sold', '[{"name": "total", "type": "number"}]', 7);
select tests.issue_token(:'org'::uuid) as raw \gset

select tests.act_as('tests_gateway');
select public.mcp_resources_read_json(:'raw', '{"uri": "pgmcp://data-tables/a0000000-0000-4000-8000-000000000001"}', '{}') as answer \gset
select tests.act_as_owner();

select is(jsonb_array_length(:'answer'::jsonb -> 'contents'), 1, 'one content');
select is(:'answer'::jsonb -> 'contents' -> 0 ->> 'uri', 'pgmcp://data-tables/a0000000-0000-4000-8000-000000000001', 'its uri');
select is(:'answer'::jsonb -> 'contents' -> 0 ->> 'mimeType', 'application/json', 'mimeType application/json');
select is((:'answer'::jsonb -> 'contents' -> 0 ->> 'text')::jsonb,
          '{"id": "a0000000-0000-4000-8000-000000000001", "name": "Orders", "description": "What was sold",
            "columns": [{"name": "total", "type": "number"}], "row_count": 7}'::jsonb,
          'the text is the table''s schema as JSON');
select is(:'answer'::jsonb - 'contents', '{"ttlMs": 0, "cacheScope": "private"}'::jsonb, 'never cached, private');

select * from finish();
rollback;
