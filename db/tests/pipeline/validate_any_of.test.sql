-- mcp.validate_value understands anyOf, the portable spelling of "one of these types": a value
-- passes when one branch admits it; of no branch's type it is refused with 22023 naming the
-- argument and every type; of a branch's type but breaking that branch (too long, a bad uuid) it
-- is refused with that branch's error; the list-of-types spelling still works as before.
begin;
select plan(21);

create function pg_temp.schema() returns jsonb language sql immutable as $json$ select '{
  "type": "object",
  "properties": {
    "label":  {"anyOf": [{"type": "string", "maxLength": 5}, {"type": "null"}], "description": "A short label."},
    "count":  {"anyOf": [{"type": "integer", "minimum": 0}, {"type": "null"}]},
    "when":   {"anyOf": [{"type": "string", "format": "uuid"}, {"type": "string", "format": "date-time"}]},
    "filter": {"type": "object",
               "additionalProperties": {"anyOf": [{"type": "string", "maxLength": 3}, {"type": "number"},
                                                  {"type": "boolean"}, {"type": "null"}]}},
    "legacy": {"type": "object", "additionalProperties": {"type": ["string", "null"]}},
    "mixed":  {"type": ["integer", "number"]},
    "typeless": {"anyOf": [{"type": "string"}, {"enum": [1, 2]}]},
    "listed": {"anyOf": [{"type": ["integer", "null"], "maximum": 9}, {"type": "string"}]}
  },
  "additionalProperties": false
}'::jsonb $json$;

-- the hint a refusal carries (the argument's description)
create function pg_temp.hint_of(args jsonb) returns text language plpgsql as $$
declare h text;
begin
  perform mcp.validate_args(pg_temp.schema(), args);
  return null;
exception when sqlstate '22023' then
  get stacked diagnostics h = pg_exception_hint;
  return h;
end
$$;

-- what passes
select is(mcp.validate_args(pg_temp.schema(), '{"label": "abc", "count": 3, "filter": {"a": "x", "b": 1.5, "c": true, "d": null}}'),
          '{"label": "abc", "count": 3, "filter": {"a": "x", "b": 1.5, "c": true, "d": null}}'::jsonb,
          'a value of any branch''s type passes, null inside an object included');
select lives_ok($$ select mcp.validate_value('label', pg_temp.schema() #> '{properties,label}', 'null') $$,
                'null passes the null branch');
select is(mcp.validate_args(pg_temp.schema(), '{"count": 5.0}'), '{"count": 5}'::jsonb,
          'an integral number for an integer branch is handed over as an integer');
select lives_ok($$ select mcp.validate_args(pg_temp.schema(), '{"when": "2026-01-31T09:30:00Z"}') $$,
                'a value failing the first of two string branches passes the second');

-- of no branch's type
select throws_ok($$ select mcp.validate_args(pg_temp.schema(), '{"filter": {"a": {"$ne": 1}}}') $$, '22023',
                 'argument "filter.a" must be a string, a number, a boolean or null, not an object',
                 'an object where no branch admits one: 22023 naming the argument and every type');
select throws_ok($$ select mcp.validate_args(pg_temp.schema(), '{"filter": {"a": [1]}}') $$, '22023',
                 'argument "filter.a" must be a string, a number, a boolean or null, not an array',
                 'an array likewise');
select throws_ok($$ select mcp.validate_args(pg_temp.schema(), '{"label": 7}') $$, '22023',
                 'argument "label" must be a string or null, not a number', 'a number for string-or-null: 22023');
select throws_ok($$ select mcp.validate_args(pg_temp.schema(), '{"count": 1.5}') $$, '22023',
                 'argument "count" must be an integer or null, not a fractional number',
                 'a fractional number for integer-or-null: 22023');
select is(pg_temp.hint_of('{"label": 7}'), 'A short label.', 'the argument''s description is the hint');

-- of a branch's type, breaking that branch
select throws_ok($$ select mcp.validate_args(pg_temp.schema(), '{"label": "abcdef"}') $$, '22023',
                 'argument "label" must be at most 5 characters long', 'a string too long for the string branch: its error');
select is(pg_temp.hint_of('{"label": "abcdef"}'), 'A short label.', 'with the argument''s description as the hint');
select throws_ok($$ select mcp.validate_args(pg_temp.schema(), '{"filter": {"a": "abcd"}}') $$, '22023',
                 'argument "filter.a" must be at most 3 characters long', 'inside an object, with its path');
select throws_ok($$ select mcp.validate_args(pg_temp.schema(), '{"count": -1}') $$, '22023',
                 'argument "count" must be at least 0', 'below the integer branch''s minimum: its error');
select throws_ok($$ select mcp.validate_args(pg_temp.schema(), '{"when": "soon"}') $$, '22P02', null,
                 'a string failing both string branches: the first branch''s error (a malformed uuid, 22P02)');

-- a branch without a type admits any value, and checks it in full; a branch's type may be a list
select lives_ok($$ select mcp.validate_args(pg_temp.schema(), '{"typeless": 2}') $$,
                'a branch without a type admits a number (and its enum holds it)');
select throws_ok($$ select mcp.validate_args(pg_temp.schema(), '{"typeless": 3}') $$, '22023',
                 'argument "typeless" must be one of 1, 2', 'and checks it in full: its enum refuses 3');
select lives_ok($$ select mcp.validate_value('listed', pg_temp.schema() #> '{properties,listed}', 'null') $$,
                'a branch whose type is a list admits each of its types (validate_args drops a null argument)');
select throws_ok($$ select mcp.validate_args(pg_temp.schema(), '{"listed": 10}') $$, '22023',
                 'argument "listed" must be at most 9', 'and checks the value in full: its maximum refuses 10');

-- the list-of-types spelling
select lives_ok($$ select mcp.validate_args(pg_temp.schema(), '{"legacy": {"a": "x", "b": null}}') $$,
                'a type list admits each of its types');
select throws_ok($$ select mcp.validate_args(pg_temp.schema(), '{"legacy": {"a": 1}}') $$, '22023',
                 'argument "legacy.a" must be a string or null, not a number', 'and refuses any other with 22023');
select is(mcp.validate_args(pg_temp.schema(), '{"mixed": 2.5}'), '{"mixed": 2.5}'::jsonb,
          'a fractional number admitted by a number type is not rounded to an integer');

select * from finish();
rollback;
