-- resources/read of pgmcp://pages/<id>: one Markdown content whose text is the page body.
begin;
select plan(2);

select tests.create_org('Acme') as org \gset
insert into app.pages (org_id, id, title, body) values
  (:'org', 'b0000000-0000-4000-8000-000000000001', 'Runbook', E'# Runbook\n\n- restart *it*');
select tests.issue_token(:'org'::uuid) as raw \gset

select tests.act_as('tests_gateway');
select public.mcp_resources_read_json(:'raw', '{"uri": "pgmcp://pages/b0000000-0000-4000-8000-000000000001"}', '{}') as answer \gset
select tests.act_as_owner();

select is(:'answer'::jsonb -> 'contents',
          jsonb_build_array(jsonb_build_object('uri', 'pgmcp://pages/b0000000-0000-4000-8000-000000000001',
                                               'mimeType', 'text/markdown', 'text', E'# Runbook\n\n- restart *it*')),
          'one text/markdown content holding the body');
select is(:'answer'::jsonb ->> 'cacheScope', 'private', 'private to the token');

select * from finish();
rollback;
