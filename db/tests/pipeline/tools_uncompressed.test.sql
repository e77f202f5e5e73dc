-- The tool registry is stored uncompressed up to 8160 bytes a row (toast_tuple_target): a call
-- reads its tool's schema without decompressing it, however large the description and schemas.
begin;
select plan(3);

select ok((select 'toast_tuple_target=8160' = any (reloptions) from pg_class where oid = 'mcp.tools'::regclass),
          'mcp.tools keeps rows of up to 8160 bytes as they are');
create function mcp_tools.tests_big(args jsonb) returns jsonb
language sql stable security definer set search_path = '' as $$ select '{}'::jsonb $$;
select mcp.tool_register(name => 'tests_big', title => 'Big', description => repeat('A long description. ', 150),
  handler => 'mcp_tools.tests_big(jsonb)',
  input_schema => jsonb_build_object('type', 'object', 'additionalProperties', false, 'properties',
                    (select jsonb_object_agg('p' || i, jsonb_build_object('type', 'string', 'description', repeat('x', 40)))
                     from generate_series(1, 20) i)),
  output_schema => '{"type": "object"}');
select cmp_ok((select pg_column_size(t.*) from mcp.tools t where name = 'tests_big'), '>', 4000,
              'a tool of over 4 kB');
select is((select count(*)::integer from mcp.tools t
           where pg_column_compression(t.description) is not null or pg_column_compression(t.input_schema) is not null
              or pg_column_compression(t.output_schema) is not null),
          0, 'no tool''s description or schemas are compressed, that one''s included');

select * from finish();
rollback;
