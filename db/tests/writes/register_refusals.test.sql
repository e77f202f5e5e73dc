-- mcp.tool_register refuses (22023) a write tool without a preview, a read tool with a preview or
-- marked destructive, a VOLATILE preview, and a write tool whose input schema declares an argument
-- that reads as a confirmation; nothing is registered.
begin;
select plan(9);

create function mcp_tools.tests_read(args jsonb) returns jsonb
language sql stable security definer set search_path = '' as $$ select '{}'::jsonb $$;
create function mcp_tools.tests_write(args jsonb) returns jsonb
language sql volatile security definer set search_path = '' as $$ select '{}'::jsonb $$;
create function mcp_tools.tests_preview(args jsonb) returns jsonb
language sql stable security definer set search_path = '' as $$ select '{"preview": "Do it"}'::jsonb $$;
create function mcp_tools.tests_volatile_preview(args jsonb) returns jsonb
language sql volatile security definer set search_path = '' as $$ select '{"preview": "Do it"}'::jsonb $$;
create function pg_temp.register(handler text, preview text default null, destructive boolean default false,
                                 props jsonb default '{"a": {"type": "string"}}') returns void
language sql as $$
  select mcp.tool_register(name => 'tests_tool', title => 'T', description => 'A test tool.', handler => handler::regprocedure,
    input_schema => jsonb_build_object('type', 'object', 'properties', props, 'additionalProperties', false),
    output_schema => '{"type": "object"}', preview => preview::regprocedure, destructive => destructive)
$$;

select throws_ok($$ select pg_temp.register('mcp_tools.tests_write(jsonb)') $$, '22023', null, 'a VOLATILE handler without a preview');
select throws_ok($$ select pg_temp.register('mcp_tools.tests_read(jsonb)', 'mcp_tools.tests_preview(jsonb)') $$, '22023', null,
                 'a STABLE handler with a preview');
select throws_ok($$ select pg_temp.register('mcp_tools.tests_read(jsonb)', destructive => true) $$, '22023', null,
                 'a STABLE handler marked destructive');
select throws_ok($$ select pg_temp.register('mcp_tools.tests_write(jsonb)', 'mcp_tools.tests_volatile_preview(jsonb)') $$, '22023', null,
                 'a VOLATILE preview');
select throws_ok($$ select pg_temp.register('mcp_tools.tests_write(jsonb)', 'mcp_tools.tests_preview(jsonb)',
                                            props => '{"a": {"type": "string"}, "confirm": {"type": "boolean"}}') $$,
                 '22023', null, 'a write tool declaring confirm');
select throws_like($$ select pg_temp.register('mcp_tools.tests_write(jsonb)', 'mcp_tools.tests_preview(jsonb)',
                                              props => '{"confirm": {"type": "boolean"}}') $$,
                   '%"confirm"%', 'naming the argument');
select throws_ok($$ select pg_temp.register('mcp_tools.tests_write(jsonb)', 'mcp_tools.tests_preview(jsonb)',
                                            props => '{"Approved": {"type": "boolean"}}') $$,
                 '22023', null, 'or approved, in any case');
select throws_ok($$ select pg_temp.register('mcp_tools.tests_write(jsonb)', 'mcp_tools.tests_preview(jsonb)',
                                            props => '{"request_state": {"type": "string"}}') $$,
                 '22023', null, 'or request_state');
select is_empty($$ select name from mcp.tools where name = 'tests_tool' $$, 'nothing was registered');

select * from finish();
rollback;
