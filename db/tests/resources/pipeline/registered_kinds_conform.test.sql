-- Every registered kind's listed resources carry URIs under its prefix and its mimeType, and each
-- reads back with that URI and mimeType (a kind's handlers agree with its registry row).
begin;
select plan(2);

select app.generate_demo_org('Conform', rows_per_table => 1, pages => 3, events => 1, activities => 1) as org \gset
select tests.issue_token(:'org'::uuid) as raw \gset

create temp table listed on commit drop as select null::jsonb as r limit 0;
create temp table read_back on commit drop as select null::jsonb as r, null::jsonb as c limit 0;
grant insert, select on listed, read_back to public;
select tests.act_as('tests_gateway');
insert into listed select r from jsonb_array_elements(public.mcp_resources_list_json(:'raw', '{}', '{}') -> 'resources') r;
insert into read_back
  select l.r, public.mcp_resources_read_json(:'raw', json_build_object('uri', l.r ->> 'uri'), '{}') -> 'contents' -> 0 as c from listed l;
select tests.act_as_owner();

select is_empty($$ select r from listed l where not exists (
                     select from mcp.resource_kinds k where starts_with(l.r ->> 'uri', k.uri_prefix) and l.r ->> 'mimeType' = k.mime_type) $$,
                'every listed resource has its kind''s prefix and mimeType');
select is_empty($$ select r from read_back where c ->> 'uri' is distinct from r ->> 'uri' or c ->> 'mimeType' is distinct from r ->> 'mimeType' $$,
                'each reads back with the same uri and mimeType');

select * from finish();
rollback;
