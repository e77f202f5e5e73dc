-- resources/list refuses a cursor it did not make, a tampered inner cursor and a bad limit with
-- 22023 (logged invalid_arguments); resources/read without a uri is not found.
begin;
select plan(5);

select tests.create_org('Acme') as org \gset
select tests.issue_token(:'org'::uuid) as raw \gset
-- a list_data_tables cursor is no resources/list cursor; a resources/list one around a garbage inner cursor
select mcp.cursor_encode('list_data_tables', '["a", "a0000000-0000-4000-8000-000000000001"]') as foreign_cursor \gset
select mcp.cursor_encode('resources/list', '["pages.body", "garbage"]') as tampered \gset

select tests.act_as('tests_gateway');
select is(public.mcp_resources_list_json(:'raw', json_build_object('cursor', :'foreign_cursor'), '{"request_id": "bc-1"}') -> 'error' ->> 'sqlstate',
          '22023', 'another tool''s cursor: 22023');
select is(public.mcp_resources_list_json(:'raw', json_build_object('cursor', :'tampered'), '{"request_id": "bc-2"}') -> 'error' ->> 'sqlstate',
          '22023', 'a tampered inner cursor: 22023');
select is(public.mcp_resources_list_json(:'raw', '{"limit": 0}', '{"request_id": "bc-3"}') -> 'error' ->> 'sqlstate',
          '22023', 'limit 0: 22023');
select is(public.mcp_resources_read_json(:'raw', '{}', '{"request_id": "bc-4"}') -> 'error' ->> 'sqlstate',
          'P0002', 'no uri: P0002');
select tests.act_as_owner();

select results_eq($$ select request_id, outcome::text, errcode from mcp.usage_log where request_id like 'bc-%' order by request_id $$,
                  $$ values ('bc-1', 'invalid_arguments', '22023'), ('bc-2', 'invalid_arguments', '22023'),
                            ('bc-3', 'invalid_arguments', '22023'), ('bc-4', 'tool_error', 'P0002') $$,
                  'each refusal is logged');

select * from finish();
rollback;
