-- query_data_table's registered input schema admits a filter value that is a string (at most 1000
-- characters), a number, a boolean or null, and refuses an object, an array or a longer string with
-- 22023 naming filter.<column>.
begin;
select plan(5);

select input_schema as schema from mcp.tools where name = 'query_data_table' \gset
\set id '"a0000000-0000-4000-8000-000000000001"'

select is(mcp.validate_args(:'schema', format('{"table_id": %s, "filter": {"a": "x", "b": 2, "c": 1.5, "d": false, "e": null}}', :'id')::jsonb) -> 'filter',
          '{"a": "x", "b": 2, "c": 1.5, "d": false, "e": null}'::jsonb,
          'a string, an integer, a fractional number, a boolean and null are filter values');
select lives_ok(format($$ select mcp.validate_args(%L, jsonb_build_object('table_id', %s, 'filter', jsonb_build_object('a', repeat('x', 1000)))) $$,
                       :'schema', quote_literal(:'id') || '::jsonb'),
                'a string of 1000 characters is a filter value');
select throws_ok(format($$ select mcp.validate_args(%L, jsonb_build_object('table_id', %s, 'filter', jsonb_build_object('a', repeat('x', 1001)))) $$,
                        :'schema', quote_literal(:'id') || '::jsonb'),
                 '22023', 'argument "filter.a" must be at most 1000 characters long', 'a longer one is refused');
select throws_ok(format($$ select mcp.validate_args(%L, '{"table_id": %s, "filter": {"a": {"$ne": "x"}}}') $$, :'schema', :'id'),
                 '22023', 'argument "filter.a" must be a string, a number, a boolean or null, not an object',
                 'an object is refused, naming filter.a');
select throws_ok(format($$ select mcp.validate_args(%L, '{"table_id": %s, "filter": {"a": ["x", "y"]}}') $$, :'schema', :'id'),
                 '22023', 'argument "filter.a" must be a string, a number, a boolean or null, not an array',
                 'an array is refused');

select * from finish();
rollback;
