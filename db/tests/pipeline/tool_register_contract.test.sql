-- mcp.tool_register enforces the handler contract, mcp_tools.<name>(jsonb) returns jsonb, STABLE,
-- SECURITY DEFINER, search_path = '': anything else is refused with 22023. It hands the handler to
-- mcp_reader, and re-registering keeps enabled = false when a DBA disabled the tool.
begin;
select plan(12);

create function mcp_tools.tests_volatile(args jsonb) returns jsonb
language sql volatile security definer set search_path = '' as $$ select '{}'::jsonb $$;
create function mcp_tools.tests_invoker(args jsonb) returns jsonb
language sql stable set search_path = '' as $$ select '{}'::jsonb $$;
create function mcp_tools.tests_no_path(args jsonb) returns jsonb
language sql stable security definer as $$ select '{}'::jsonb $$;
create function mcp_tools.tests_public_path(args jsonb) returns jsonb
language sql stable security definer set search_path = public as $$ select '{}'::jsonb $$;
create function public.tests_outside(args jsonb) returns jsonb
language sql stable security definer set search_path = '' as $$ select '{}'::jsonb $$;
create function mcp_tools.tests_text_arg(args text) returns jsonb
language sql stable security definer set search_path = '' as $$ select '{}'::jsonb $$;
create function mcp_tools.tests_two_args(args jsonb, extra integer) returns jsonb
language sql stable security definer set search_path = '' as $$ select '{}'::jsonb $$;
create function mcp_tools.tests_returns_text(args jsonb) returns text
language sql stable security definer set search_path = '' as $$ select '{}' $$;
create function mcp_tools.tests_good(args jsonb) returns jsonb
language sql stable security definer set search_path = '' as $$ select '{}'::jsonb $$;

create function pg_temp.register(handler text) returns void language sql as $$
  select mcp.tool_register(name => 'tests_tool', title => 'T', description => 'A test tool.', handler => handler::regprocedure,
    input_schema => '{"type": "object", "properties": {}, "additionalProperties": false}',
    output_schema => '{"type": "object"}')
$$;

select throws_ok($$ select pg_temp.register('mcp_tools.tests_volatile(jsonb)') $$, '22023', null, 'a VOLATILE handler is refused');
select throws_ok($$ select pg_temp.register('mcp_tools.tests_invoker(jsonb)') $$, '22023', null,
                 'a SECURITY INVOKER handler is refused');
select throws_ok($$ select pg_temp.register('mcp_tools.tests_no_path(jsonb)') $$, '22023', null,
                 'a handler without set search_path is refused');
select throws_ok($$ select pg_temp.register('mcp_tools.tests_public_path(jsonb)') $$, '22023', null,
                 'a handler with a search_path other than '''' is refused');
select throws_ok($$ select pg_temp.register('public.tests_outside(jsonb)') $$, '22023', null,
                 'a handler outside schema mcp_tools is refused');
select throws_ok($$ select pg_temp.register('mcp_tools.tests_text_arg(text)') $$, '22023', null,
                 'a handler taking text is refused');
select throws_ok($$ select pg_temp.register('mcp_tools.tests_two_args(jsonb, integer)') $$, '22023', null,
                 'a handler taking two arguments is refused');
select throws_ok($$ select pg_temp.register('mcp_tools.tests_returns_text(jsonb)') $$, '22023', null,
                 'a handler returning text is refused');
select is_empty($$ select * from mcp.tools where name = 'tests_tool' $$, 'nothing was registered');

select lives_ok($$ select pg_temp.register('mcp_tools.tests_good(jsonb)') $$, 'a handler that keeps the contract is registered');
select is((select pg_get_userbyid(proowner)::text from pg_proc where oid = 'mcp_tools.tests_good(jsonb)'::regprocedure),
          'mcp_reader', 'and now belongs to mcp_reader');

update mcp.tools set enabled = false where name = 'tests_tool';
select mcp.tool_register(name => 'tests_tool', title => 'T2', description => 'A changed test tool.',
  handler => 'mcp_tools.tests_good(jsonb)',
  input_schema => '{"type": "object", "properties": {}, "additionalProperties": false}',
  output_schema => '{"type": "object"}');
select results_eq($$ select title, enabled from mcp.tools where name = 'tests_tool' $$, $$ values ('T2', false) $$,
                  're-registering updates the tool but keeps it disabled');

select * from finish();
rollback;
