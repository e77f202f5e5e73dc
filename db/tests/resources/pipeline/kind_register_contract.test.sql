-- mcp.resource_kind_register enforces the handler contract of mcp.tool_register on both handlers
-- (22023), refuses a tool's name (22023), and hands the handlers to mcp_reader.
begin;
select plan(5);

create function mcp_tools.tests_volatile(args jsonb) returns jsonb
language sql volatile security definer set search_path = '' as $$ select '{}'::jsonb $$;
create function mcp_tools.tests_sets(args jsonb) returns jsonb
language plpgsql stable security definer set search_path = '' as $$ begin perform set_config('mcp.org_id', '', true); return '{}'; end $$;
create function mcp_tools.tests_good(args jsonb) returns jsonb
language sql stable security definer set search_path = '' as $$ select '{"resources": []}'::jsonb $$;

create function pg_temp.register(kind text, list_handler text, read_handler text) returns void language sql as $$
  select mcp.resource_kind_register(name => kind, title => 'T', description => 'A test kind.', uri_prefix => 'tests://' || kind || '/',
    mime_type => 'text/plain', list_handler => list_handler::regprocedure, read_handler => read_handler::regprocedure)
$$;

select throws_ok($$ select pg_temp.register('tests.kind', 'mcp_tools.tests_volatile(jsonb)', 'mcp_tools.tests_good(jsonb)') $$,
                 '22023', null, 'a VOLATILE list handler is refused');
select throws_ok($$ select pg_temp.register('tests.kind', 'mcp_tools.tests_good(jsonb)', 'mcp_tools.tests_sets(jsonb)') $$,
                 '22023', null, 'a read handler calling set_config is refused');
select throws_ok($$ select pg_temp.register('whoami', 'mcp_tools.tests_good(jsonb)', 'mcp_tools.tests_good(jsonb)') $$,
                 '22023', null, 'a tool''s name is refused');
select lives_ok($$ select pg_temp.register('tests.kind', 'mcp_tools.tests_good(jsonb)', 'mcp_tools.tests_good(jsonb)') $$,
                'a handler keeping the contract is registered');
select is((select pg_get_userbyid(proowner)::text from pg_proc where oid = 'mcp_tools.tests_good(jsonb)'::regprocedure), 'mcp_reader',
          'and owned by mcp_reader');

select * from finish();
rollback;
