-- A bad token gets the 28000 answer from each resources entry point, an auth-failure row, and no
-- usage-log row.
begin;
select plan(4);

select tests.act_as('tests_gateway');
select is(public.mcp_resources_list_json('p88_nope', '{}', '{"request_id": "bt-1"}') -> 'error' ->> 'sqlstate', '28000', 'resources/list: 28000');
select is(public.mcp_resource_templates_list_json('', '{}', '{"request_id": "bt-2"}') -> 'error' ->> 'sqlstate', '28000',
          'resources/templates/list: 28000');
select is(public.mcp_resources_read_json(null, '{"uri": "pgmcp://pages/x"}', '{"request_id": "bt-3"}') -> 'error' ->> 'sqlstate',
          '28000', 'resources/read: 28000');
select tests.act_as_owner();

select is((select count(*) from mcp.auth_failures where request_id like 'bt-%'), 3::bigint, 'three auth-failure rows');

select * from finish();
rollback;
