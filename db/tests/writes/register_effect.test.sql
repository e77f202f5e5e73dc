-- mcp.tool_register derives a tool's effect from its handler: STABLE is a read (owner mcp_reader,
-- readOnlyHint true, no policy), VOLATILE a write (owner mcp_writer, policy user), and VOLATILE
-- with destructive => true a destructive write (policy admin). The hints follow the effect
-- whatever the file said; the preview goes to mcp_reader.
begin;
select plan(9);

create function mcp_tools.tests_read(args jsonb) returns jsonb
language sql stable security definer set search_path = '' as $$ select '{}'::jsonb $$;
create function mcp_tools.tests_write(args jsonb) returns jsonb
language sql volatile security definer set search_path = '' as $$ select '{}'::jsonb $$;
create function mcp_tools.tests_drop(args jsonb) returns jsonb
language sql volatile security definer set search_path = '' as $$ select '{}'::jsonb $$;
create function mcp_tools.tests_preview(args jsonb) returns jsonb
language sql stable security definer set search_path = '' as $$ select '{"preview": "Do it"}'::jsonb $$;
create function pg_temp.register(name text, handler text, preview text default null, destructive boolean default false,
                                 idempotent boolean default false, annotations jsonb default '{}') returns void
language sql as $$
  select mcp.tool_register(name => name, title => 'T', description => 'A test tool.', handler => handler::regprocedure,
    input_schema => '{"type": "object", "properties": {"a": {"type": "string"}}, "additionalProperties": false}',
    output_schema => '{"type": "object"}', annotations => annotations, preview => preview::regprocedure,
    destructive => destructive, idempotent => idempotent)
$$;

-- the files' annotations claim the opposite of the effect: the registry overrides them
select pg_temp.register('tests_read', 'mcp_tools.tests_read(jsonb)', annotations => '{"readOnlyHint": false, "title": "R"}');
select pg_temp.register('tests_write', 'mcp_tools.tests_write(jsonb)', 'mcp_tools.tests_preview(jsonb)',
                        annotations => '{"readOnlyHint": true, "destructiveHint": true}');
select pg_temp.register('tests_drop', 'mcp_tools.tests_drop(jsonb)', 'mcp_tools.tests_preview(jsonb)', destructive => true,
                        idempotent => true);

select results_eq($$ select name, effect, confirm_policy, preview_handler::text from mcp.tools where name like 'tests\_%' order by name $$,
                  $$ values ('tests_drop', 'destructive', 'admin', 'mcp_tools.tests_preview(jsonb)'),
                            ('tests_read', 'read', null, null),
                            ('tests_write', 'write', 'user', 'mcp_tools.tests_preview(jsonb)') $$,
                  'STABLE: read, no policy; VOLATILE: write, policy user; destructive: policy admin; previews kept');
select is((select annotations from mcp.tools where name = 'tests_read'), '{"readOnlyHint": true, "title": "R"}'::jsonb,
          'a read tool is readOnlyHint true (other annotations kept)');
select is((select annotations from mcp.tools where name = 'tests_write'),
          '{"readOnlyHint": false, "destructiveHint": false, "idempotentHint": false}'::jsonb,
          'a write tool is readOnlyHint false, destructiveHint false, idempotentHint false');
select is((select annotations from mcp.tools where name = 'tests_drop'),
          '{"readOnlyHint": false, "destructiveHint": true, "idempotentHint": true}'::jsonb,
          'a destructive tool is destructiveHint true, idempotentHint as the file says');
select is(pg_get_userbyid((select proowner from pg_proc where oid = 'mcp_tools.tests_read(jsonb)'::regprocedure))::text, 'mcp_reader',
          'the read handler belongs to mcp_reader');
select is(pg_get_userbyid((select proowner from pg_proc where oid = 'mcp_tools.tests_write(jsonb)'::regprocedure))::text, 'mcp_writer',
          'the write handler belongs to mcp_writer');
select is(pg_get_userbyid((select proowner from pg_proc where oid = 'mcp_tools.tests_preview(jsonb)'::regprocedure))::text, 'mcp_reader',
          'the preview belongs to mcp_reader');
select ok(not has_schema_privilege('mcp_writer', 'mcp_tools', 'CREATE') and not has_schema_privilege('mcp_reader', 'mcp_tools', 'CREATE'),
          'neither owner keeps CREATE on mcp_tools after the adoption');
select is((select input_schema -> 'properties' ? 'idempotency_key' from mcp.tools where name = 'tests_read'), false,
          'a read tool gets no idempotency_key');

select * from finish();
rollback;
