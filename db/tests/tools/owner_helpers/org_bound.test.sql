-- app.page_search and app.data_rows_page run as the table owner (so that ILIKE and @> can use
-- their indexes, which RLS would forbid): they must bind themselves to the current org, return
-- nothing outside a tool call, and be callable by mcp_reader only.
begin;
select plan(8);

select tests.create_org('A') as a \gset
select tests.create_org('B') as b \gset
insert into app.pages (org_id, title) values (:'a', 'Shared roadmap'), (:'b', 'Shared roadmap');
insert into app.data_tables (org_id, id, name) values (:'a', gen_random_uuid(), 'T'), (:'b', gen_random_uuid(), 'T');
select id as ta from app.data_tables where org_id = :'a' \gset
select id as tb from app.data_tables where org_id = :'b' \gset
insert into app.data_rows (org_id, table_id, data) values (:'a', :'ta', '{"k": 1}'), (:'b', :'tb', '{"k": 1}');

select is_empty($$ select * from app.page_search('roadmap', null, 10) $$, 'page_search outside a tool call: nothing');
select is_empty(format($$ select * from app.data_rows_page(%L, '{}', '00000000-0000-0000-0000-000000000000', 10) $$, :'tb'),
                'data_rows_page outside a tool call: nothing');

select set_config('mcp.org_id', :'a', true);
select set_eq($$ select id from app.page_search('roadmap', null, 10) $$,
              format($$ select id from app.pages where org_id = %L $$, :'a'), 'page_search finds only the current org''s page');
select set_eq(format($$ select * from app.data_rows_page(%L, '{"k": 1}', '00000000-0000-0000-0000-000000000000', 10) $$, :'ta'),
              format($$ select id from app.data_rows where org_id = %L $$, :'a'), 'data_rows_page finds the current org''s row');
select is_empty(format($$ select * from app.data_rows_page(%L, '{}', '00000000-0000-0000-0000-000000000000', 10) $$, :'tb'),
                'another org''s table id yields nothing');

select function_privs_are('app', 'page_search', array['text', 'jsonb', 'integer'], 'mcp_reader', array['EXECUTE'],
                          'mcp_reader may execute page_search');
select function_privs_are('app', 'data_rows_page', array['uuid', 'jsonb', 'uuid', 'integer'], 'mcp_gateway', array[]::text[],
                          'mcp_gateway may not execute data_rows_page');
select function_privs_are('app', 'data_rows_page', array['uuid', 'jsonb', 'uuid', 'integer'], 'authenticated', array[]::text[],
                          'authenticated may not execute data_rows_page');

select * from finish();
rollback;
