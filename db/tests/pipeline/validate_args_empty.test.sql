-- No arguments at all (the commonest call) takes a short way through mcp.validate_args; it must
-- answer as the long way does: defaults filled in, the first required argument named, nothing else.
begin;
select plan(4);

select is(mcp.validate_args('{"type": "object", "properties": {"tz": {"type": "string"}}}', '{}'), '{}'::jsonb,
          'no defaults: the empty object');
select is(mcp.validate_args('{"type": "object", "properties": {"limit": {"type": "integer", "default": 20}, "q": {"type": "string"}}}', '{}'),
          '{"limit": 20}'::jsonb, 'a default is filled in');
select throws_ok($$ select mcp.validate_args('{"type": "object", "properties": {"a": {"type": "string"}, "b": {"type": "string"}},
                                              "required": ["b", "a"]}', '{}') $$,
                 '22023', 'argument "b" is required', 'the first required argument is named');
select is(mcp.validate_args('{"type": "object", "properties": {"limit": {"type": "integer", "default": 20}}}', 'null'),
          '{"limit": 20}'::jsonb, 'a JSON null for the arguments is no arguments');

select * from finish();
rollback;
