-- mcp.tool_register refuses, with 22023 naming the place, an input or output schema that some
-- clients or model APIs reject: a type list, a schema that constrains nothing ({}, only a
-- description, a bare true or false where a schema belongs) and a $ref, at any depth. Portable
-- spellings (anyOf with one type per branch, additionalProperties true or false, not {}) pass, and
-- so does every tool already registered.
begin;
select plan(14);

create function mcp_tools.tests_portable(args jsonb) returns jsonb
language sql stable security definer set search_path = '' as $$ select '{}'::jsonb $$;
create function pg_temp.register(input_props jsonb, output_props jsonb default '{}') returns void language sql as $$
  select mcp.tool_register(name => 'tests_portable', title => 'T', description => 'A test tool.',
    handler => 'mcp_tools.tests_portable(jsonb)',
    input_schema => jsonb_build_object('type', 'object', 'properties', input_props, 'additionalProperties', false),
    output_schema => jsonb_build_object('type', 'object', 'properties', output_props))
$$;
-- the hint of a refusal
create function pg_temp.hint_of(input_props jsonb) returns text language plpgsql as $$
declare h text;
begin
  perform pg_temp.register(input_props);
  return null;
exception when sqlstate '22023' then
  get stacked diagnostics h = pg_exception_hint;
  return h;
end
$$;

select throws_ok($$ select pg_temp.register('{"q": {"type": ["string", "null"]}}') $$, '22023',
                 'a schema of tool tests_portable is not portable at inputSchema.properties.q: "type" is a list (["string", "null"])',
                 'a type list in the input schema: 22023 naming the place');
select is(pg_temp.hint_of('{"q": {"type": ["string", "null"]}}'),
          'Write {"anyOf": [{"type": "string"}, {"type": "null"}]}: one type per branch, which every client reads.',
          'the hint spells the anyOf to write');
select throws_ok($$ select pg_temp.register('{}', '{"next": {"type": ["string", "null"]}}') $$, '22023',
                 'a schema of tool tests_portable is not portable at outputSchema.properties.next: "type" is a list (["string", "null"])',
                 'a type list in the output schema');
select throws_ok($$ select pg_temp.register('{}', '{"tools": {}}') $$, '22023',
                 'a schema of tool tests_portable is not portable at outputSchema.properties.tools: a schema that constrains nothing ({})',
                 'a {} schema');
select throws_ok($$ select pg_temp.register('{"q": {"description": "Anything."}}') $$, '22023', null,
                 'a schema with only a description');
select throws_ok($$ select pg_temp.register('{"q": true}') $$, '22023',
                 'a schema of tool tests_portable is not portable at inputSchema.properties.q: a bare true where a schema belongs',
                 'a bare true');
select throws_ok($$ select pg_temp.register('{"q": false}') $$, '22023', null, 'a bare false');
select throws_ok($$ select pg_temp.register('{"q": {"$ref": "https://example.com/q.json"}}') $$, '22023',
                 'a schema of tool tests_portable is not portable at inputSchema.properties.q: a $ref', 'a remote $ref');
select throws_ok($$ select pg_temp.register('{"q": {"type": "object", "properties": {"a": {"$ref": "#/$defs/a"}}}}') $$, '22023',
                 'a schema of tool tests_portable is not portable at inputSchema.properties.q.properties.a: a $ref',
                 'a local $ref too (mcp.validate_value follows none)');
select throws_ok($$ select pg_temp.register('{"q": {"type": "array", "items": {"anyOf": [{"type": "string"}, {}]}}}') $$, '22023',
                 'a schema of tool tests_portable is not portable at inputSchema.properties.q.items.anyOf[1]: a schema that constrains nothing ({})',
                 'inside items and an anyOf branch');
select throws_ok($$ select pg_temp.register('{"q": {}, "r": {"type": ["integer", "null"]}}') $$, '22023',
                 'a schema of tool tests_portable is not portable at inputSchema.properties.q: a schema that constrains nothing ({}) (and 1 more)',
                 'the first of several places, and how many more');
select is_empty($$ select from mcp.tools where name = 'tests_portable' $$, 'nothing was registered');

select lives_ok($$ select pg_temp.register(
  '{"q": {"anyOf": [{"type": "string", "maxLength": 5}, {"type": "null"}], "description": "A label or null."},
    "f": {"type": "object", "additionalProperties": {"anyOf": [{"type": "string"}, {"type": "number"}]}},
    "g": {"type": "object", "additionalProperties": true},
    "h": {"not": {}}}',
  '{"n": {"anyOf": [{"type": "integer"}, {"type": "null"}]}, "o": {"type": "object", "additionalProperties": false}}') $$,
  'anyOf with one type per branch, additionalProperties true or false and not {} are portable');

-- every registered tool, registered again as it stands, passes
create function pg_temp.register_all() returns void language plpgsql as $$
declare t record;
begin
  for t in select * from mcp.tools where name <> 'tests_portable' loop
    perform mcp.tool_register(t.name, t.title, t.description, t.handler, t.input_schema, t.output_schema, t.annotations,
                              t.sensitive_args, t.preview_handler, t.effect = 'destructive',
                              coalesce((t.annotations ->> 'idempotentHint')::boolean, false));
  end loop;
end
$$;
select lives_ok($$ select pg_temp.register_all() $$, 'every registered tool''s schemas are portable');

select * from finish();
rollback;
