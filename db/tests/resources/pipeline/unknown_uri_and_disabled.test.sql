-- resources/read of a URI no kind's prefix matches is P0002; a kind a DBA disabled is refused with
-- MC012 and is gone from resources/list and the templates.
begin;
select plan(4);

select tests.create_org('Acme') as org \gset
insert into app.pages (org_id, id, title) values (:'org', 'b0000000-0000-4000-8000-000000000001', 'P');
select tests.issue_token(:'org'::uuid) as raw \gset

select tests.act_as('tests_gateway');
select is(public.mcp_resources_read_json(:'raw', '{"uri": "https://example.com/pages/b0000000-0000-4000-8000-000000000001"}', '{}')
            -> 'error' ->> 'sqlstate', 'P0002', 'a URI of no kind: P0002');
select tests.act_as('tests_dba');
update mcp.resource_kinds set enabled = false where name = 'pages.body';
select tests.act_as('tests_gateway');
select is(public.mcp_resources_read_json(:'raw', '{"uri": "pgmcp://pages/b0000000-0000-4000-8000-000000000001"}', '{}')
            -> 'error' ->> 'sqlstate', 'MC012', 'a disabled kind: MC012');
select is(public.mcp_resources_list_json(:'raw', '{}', '{}') -> 'resources', '[]'::jsonb, 'its resources are not listed');
select is((select count(*) from jsonb_array_elements(public.mcp_resource_templates_list_json(:'raw', '{}', '{}') -> 'resourceTemplates') t
           where t ->> 'name' = 'pages.body'), 0::bigint, 'nor its template');
select tests.act_as_owner();

select * from finish();
rollback;
