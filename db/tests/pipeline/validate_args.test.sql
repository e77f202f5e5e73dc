-- mcp.validate_args(input_schema, args) checks tool arguments against the input schema: it
-- refuses unknown, missing, mistyped and out-of-range arguments with 22023 naming the argument,
-- malformed uuids and date-times with 22P02, and returns the arguments with defaults filled in
-- and JSON nulls dropped.
begin;
select plan(28);

create function pg_temp.schema() returns jsonb language sql immutable as $json$ select '{
  "type": "object",
  "properties": {
    "q":      {"type": "string"},
    "limit":  {"type": "integer", "minimum": 1, "maximum": 100, "default": 20},
    "name":   {"type": "string", "minLength": 2, "maxLength": 5},
    "kind":   {"type": "string", "enum": ["open", "closed"]},
    "id":     {"type": "string", "format": "uuid"},
    "since":  {"type": "string", "format": "date-time"},
    "filter": {"type": "object", "additionalProperties": {"type": "integer"}},
    "range":  {"type": "object", "properties": {"from": {"type": "integer"}}, "additionalProperties": false}
  },
  "required": ["q"],
  "additionalProperties": false
}'::jsonb $json$;

-- what passes
select is(mcp.validate_args(pg_temp.schema(), '{"q": "x"}'), '{"q": "x", "limit": 20}'::jsonb,
          'a default is filled in');
select is(mcp.validate_args(pg_temp.schema(), '{"q": "x", "kind": null, "limit": null}'), '{"q": "x", "limit": 20}'::jsonb,
          'a JSON null for an optional argument counts as absent (and gets the default)');
select is(mcp.validate_args(pg_temp.schema(),
            '{"q": "x", "limit": 7, "name": "abc", "kind": "open", "id": "0b5c9a2e-6f1d-4c3b-9a7e-2d8f4e6a1c3b",
              "since": "2026-01-31T09:30:00Z", "filter": {"x": 1}, "range": {"from": 3}}'),
          '{"q": "x", "limit": 7, "name": "abc", "kind": "open", "id": "0b5c9a2e-6f1d-4c3b-9a7e-2d8f4e6a1c3b",
            "since": "2026-01-31T09:30:00Z", "filter": {"x": 1}, "range": {"from": 3}}'::jsonb,
          'valid arguments come back unchanged');
select is(mcp.validate_args('{"type": "object", "properties": {}, "additionalProperties": false}', null), '{}'::jsonb,
          'no arguments at all are an empty object');

-- unknown and missing
select throws_ok($$ select mcp.validate_args(pg_temp.schema(), '{"q": "x", "colour": "red"}') $$,
                 '22023', null, 'an unknown argument: 22023');
select throws_like($$ select mcp.validate_args(pg_temp.schema(), '{"q": "x", "colour": "red"}') $$,
                   '%"colour"%', 'the message names the unknown argument');
select throws_ok($$ select mcp.validate_args(pg_temp.schema(), '{"limit": 5}') $$, '22023', null,
                 'a missing required argument: 22023');
select throws_like($$ select mcp.validate_args(pg_temp.schema(), '{"limit": 5}') $$, '%"q"%',
                   'the message names the missing argument');
select throws_ok($$ select mcp.validate_args(pg_temp.schema(), '{"q": null}') $$, '22023', null,
                 'a JSON null for a required argument counts as missing');

-- types
select throws_ok($$ select mcp.validate_args(pg_temp.schema(), '{"q": "x", "limit": "5"}') $$, '22023', null,
                 'a string for an integer: 22023');
select throws_like($$ select mcp.validate_args(pg_temp.schema(), '{"q": "x", "limit": "5"}') $$, '%"limit"%',
                   'the message names the argument of the wrong type');
select throws_ok($$ select mcp.validate_args(pg_temp.schema(), '{"q": "x", "limit": 1.5}') $$, '22023', null,
                 'a fractional number for an integer: 22023');
select throws_ok($$ select mcp.validate_args(pg_temp.schema(), '{"q": {"a": 1}}') $$, '22023', null,
                 'an object for a string: 22023');
select throws_like($$ select mcp.validate_args(pg_temp.schema(), '{"q": {"a": 1}}') $$, '%"q"%',
                   'the message names the argument given an object');
select throws_ok($$ select mcp.validate_args(pg_temp.schema(), '[1]') $$, '22023', null,
                 'arguments that are not an object: 22023');

-- enum, ranges, lengths
select throws_ok($$ select mcp.validate_args(pg_temp.schema(), '{"q": "x", "kind": "pending"}') $$, '22023', null,
                 'a value outside the enum: 22023');
select throws_ok($$ select mcp.validate_args(pg_temp.schema(), '{"q": "x", "limit": 0}') $$, '22023', null,
                 'below minimum: 22023');
select throws_ok($$ select mcp.validate_args(pg_temp.schema(), '{"q": "x", "limit": 101}') $$, '22023', null,
                 'above maximum: 22023');
select lives_ok($$ select mcp.validate_args(pg_temp.schema(), '{"q": "x", "limit": 100, "name": "ab"}') $$,
                'the bounds themselves are allowed');
select throws_ok($$ select mcp.validate_args(pg_temp.schema(), '{"q": "x", "name": "a"}') $$, '22023', null,
                 'shorter than minLength: 22023');
select throws_ok($$ select mcp.validate_args(pg_temp.schema(), '{"q": "x", "name": "abcdef"}') $$, '22023', null,
                 'longer than maxLength: 22023');

-- formats
select throws_ok($$ select mcp.validate_args(pg_temp.schema(), '{"q": "x", "id": "0b5c9a2e-6f1d-4c3b-9a7e"}') $$,
                 '22P02', null, 'a malformed uuid: 22P02');
select throws_like($$ select mcp.validate_args(pg_temp.schema(), '{"q": "x", "id": "nope"}') $$, '%"id"%',
                   'the message names the uuid argument');
select throws_ok($$ select mcp.validate_args(pg_temp.schema(), '{"q": "x", "since": "yesterday"}') $$,
                 '22P02', null, 'a date-time that is not ISO 8601 (yesterday): 22P02');
select throws_ok($$ select mcp.validate_args(pg_temp.schema(), '{"q": "x", "since": "2026-13-45T00:00:00Z"}') $$,
                 '22P02', null, 'an impossible date-time (month 13, day 45): 22P02');

-- nested objects
select throws_ok($$ select mcp.validate_args(pg_temp.schema(), '{"q": "x", "filter": {"x": "many"}}') $$,
                 '22023', null, 'a nested value breaking additionalProperties'' schema: 22023');
select throws_like($$ select mcp.validate_args(pg_temp.schema(), '{"q": "x", "filter": {"x": "many"}}') $$,
                   '%filter.x%', 'the message gives the path filter.x');
select throws_ok($$ select mcp.validate_args(pg_temp.schema(), '{"q": "x", "range": {"to": 3}}') $$,
                 '22023', null, 'an unknown property of a nested object without additionalProperties: 22023');

select * from finish();
rollback;
