-- The org a handler sees is a transaction-local setting: mcp.tool_register refuses handlers that
-- could change it (set_config, a SET command) or run dynamic SQL (EXECUTE).
begin;
select plan(4);

create function mcp_tools.tests_setconfig(args jsonb) returns jsonb
language plpgsql stable security definer set search_path = '' as $$
begin perform set_config('mcp.org_id', args ->> 'org', true); return '{}'; end $$;
create function mcp_tools.tests_dynamic(args jsonb) returns jsonb
language plpgsql stable security definer set search_path = '' as $$
declare r jsonb; begin execute 'select ''{}''::jsonb' into r; return r; end $$;
create function mcp_tools.tests_set(args jsonb) returns jsonb
language plpgsql stable security definer set search_path = '' as $$
begin set local mcp.org_id = '00000000-0000-0000-0000-000000000000'; return '{}'; end $$;

select throws_ok($$ select mcp.tool_register(name => 'tests_setconfig', title => 'x', description => 'x',
  handler => 'mcp_tools.tests_setconfig(jsonb)', input_schema => '{"type": "object", "additionalProperties": false}',
  output_schema => '{"type": "object"}') $$, '22023', null, 'a handler calling set_config is refused');
select throws_ok($$ select mcp.tool_register(name => 'tests_dynamic', title => 'x', description => 'x',
  handler => 'mcp_tools.tests_dynamic(jsonb)', input_schema => '{"type": "object", "additionalProperties": false}',
  output_schema => '{"type": "object"}') $$, '22023', null, 'a handler running dynamic SQL is refused');
select throws_ok($$ select mcp.tool_register(name => 'tests_set', title => 'x', description => 'x',
  handler => 'mcp_tools.tests_set(jsonb)', input_schema => '{"type": "object", "additionalProperties": false}',
  output_schema => '{"type": "object"}') $$, '22023', null, 'a handler with a SET command is refused');
select is_empty($$ select name from mcp.tools where name like 'tests\_%' $$, 'none of them was registered');

select * from finish();
rollback;
