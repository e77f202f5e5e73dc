-- A token's allowed_tools admits resource kinds as it admits tools: '*' all kinds, 'pages.*' by
-- glob, an exact name; a kind it does not admit is missing from resources/list and the templates,
-- and resources/read refuses it with MC011 (logged not_allowed), taking a slot of the rate limit as
-- any call does (a refusal could otherwise probe, and fill the log, for free).
begin;
select plan(8);

select tests.create_org('Acme') as org \gset
insert into app.data_tables (org_id, id, name) values (:'org', 'a0000000-0000-4000-8000-000000000001', 'T');
insert into app.pages (org_id, id, title) values (:'org', 'b0000000-0000-4000-8000-000000000001', 'P');
select tests.issue_token(:'org'::uuid, 'all') as raw_all \gset
select tests.issue_token(:'org'::uuid, 'pages glob', '{pages.*}') as raw_pages \gset
select tests.issue_token(:'org'::uuid, 'tools only', '{whoami}') as raw_tools \gset
select tests.issue_token(:'org'::uuid, 'pages glob, refused only', '{pages.*}') as raw_refused \gset

select tests.act_as('tests_gateway');
select is((select jsonb_agg(t ->> 'name') from jsonb_array_elements(
             public.mcp_resource_templates_list_json(:'raw_all', '{}', '{}') -> 'resourceTemplates') t),
          '["data_tables.schema", "pages.body"]'::jsonb, '* admits every kind');
select is((select jsonb_agg(r ->> 'uri') from jsonb_array_elements(public.mcp_resources_list_json(:'raw_pages', '{}', '{}') -> 'resources') r),
          '["pgmcp://pages/b0000000-0000-4000-8000-000000000001"]'::jsonb, 'pages.* lists only pages');
select is(public.mcp_resources_read_json(:'raw_refused', '{"uri": "pgmcp://data-tables/a0000000-0000-4000-8000-000000000001"}',
                                         '{"request_id": "al-no"}') -> 'error' ->> 'sqlstate',
          'MC011', 'pages.* may not read a table: MC011');
select is(public.mcp_resource_templates_list_json(:'raw_tools', '{}', '{}') -> 'resourceTemplates', '[]'::jsonb,
          'a token naming only tools sees no kinds');
select tests.act_as_owner();

select results_eq($$ select tool, outcome::text, errcode from mcp.usage_log where request_id = 'al-no' $$,
                  $$ values ('resources/read', 'not_allowed', 'MC011') $$, 'the refusal is logged');
select isnt_empty(format($$ select from mcp.rate_buckets where token_id = %L $$, tests.token_id(:'raw_refused')),
                  'and took a slot of the rate limit');

-- over the limit, a refused read is the limit's refusal
select tests.issue_token(:'org'::uuid, 'one a minute', '{pages.*}', rate_limit => 1) as raw_one \gset
select tests.act_as('tests_gateway');
select public.mcp_resources_read_json(:'raw_one', '{"uri": "pgmcp://nothing/1"}', '{"request_id": "al-1"}') -> 'error' ->> 'sqlstate' as first,
       public.mcp_resources_read_json(:'raw_one', '{"uri": "pgmcp://nothing/2"}', '{"request_id": "al-2"}') -> 'error' ->> 'sqlstate' as second \gset
select tests.act_as_owner();
select is(array[:'first', :'second'], array['P0002', 'MC020'], 'a second refused read within the minute of a one-a-minute token: MC020');
select results_eq($$ select request_id, outcome::text from mcp.usage_log where request_id like 'al-_' order by request_id $$,
                  $$ values ('al-1', 'tool_error'), ('al-2', 'rate_limited') $$, 'both logged, the second as rate_limited');

select * from finish();
rollback;
