-- insert_data_row checks the values against the table's columns before any action exists: an
-- unknown column (22023 naming it, the hint listing the columns with their types), a value of the
-- wrong type for each column type (22023 naming the column and the type it takes), a date that is
-- not YYYY-MM-DD or does not exist, no values at all. Nothing is added.
begin;
select plan(11);

select tests.create_org('Acme') as org \gset
select raw_token as raw from public.mcp_token_issue(:'org'::uuid, 'job', scopes => '{mcp:read,mcp:write}', confirm => '{"*": "none"}') \gset
insert into app.data_tables (org_id, id, name, columns) values (:'org', 'a0000000-0000-4000-8000-000000000001', 'Customers',
  '[{"name": "name", "type": "text"}, {"name": "seats", "type": "number"}, {"name": "active", "type": "boolean"},
    {"name": "since", "type": "date"}, {"name": "tags", "type": "json"}]');
create temp table answers (k text, answer jsonb) on commit drop;
grant insert on answers to public;

select tests.act_as('tests_gateway');
insert into answers select k, public.mcp_tools_call(:'raw', 'insert_data_row',
    jsonb_build_object('table_id', 'a0000000-0000-4000-8000-000000000001', 'values', v))
from (values
  ('unknown', '{"name": "Ada", "town": "Paris"}'::jsonb),
  ('text', '{"name": 42}'),
  ('number', '{"seats": "3"}'),
  ('boolean', '{"active": "yes"}'),
  ('date', '{"since": "3 Dec 2026"}'),
  ('no such date', '{"since": "2026-02-30"}'),
  ('empty', '{}'),
  ('ok', '{"name": "Ada", "seats": 3.5, "active": true, "since": "2028-02-29", "tags": {"any": ["json"]}}')) v (k, v);
select tests.act_as_owner();

select is((select answer - 'content' from answers where k = 'unknown'), '{"isError": true, "_meta": {"sqlstate": "22023"}}'::jsonb,
          'an unknown column: 22023');
select is((select answer -> 'content' -> 0 ->> 'text' from answers where k = 'unknown'),
          'argument "values": "town" is not a column of table "Customers" Hint: Its columns are: name (text), seats (number), '
          'active (boolean), since (date), tags (json).',
          'naming it, the hint listing the columns and their types');
select matches((select answer -> 'content' -> 0 ->> 'text' from answers where k = 'text' and answer -> '_meta' ->> 'sqlstate' = '22023'),
               '^argument "values.name": column "name" of table "Customers" takes a string, not a number', 'text given a number: 22023, a string');
select matches((select answer -> 'content' -> 0 ->> 'text' from answers where k = 'number' and answer -> '_meta' ->> 'sqlstate' = '22023'),
               '"seats" .* takes a number, not the string ''3''', 'number given a string: 22023, a number');
select matches((select answer -> 'content' -> 0 ->> 'text' from answers where k = 'boolean' and answer -> '_meta' ->> 'sqlstate' = '22023'),
               '"active" .* takes true or false, not the string ''yes''', 'boolean given a string: 22023, true or false');
select matches((select answer -> 'content' -> 0 ->> 'text' from answers where k = 'date' and answer -> '_meta' ->> 'sqlstate' = '22023'),
               '"since" .* takes a date as YYYY-MM-DD', 'date given another format: 22023, YYYY-MM-DD');
select is((select answer -> '_meta' ->> 'sqlstate' from answers where k = 'no such date'), '22023', 'a date that does not exist: 22023');
select is((select answer -> '_meta' ->> 'sqlstate' from answers where k = 'empty'), '22023', 'no values: 22023');
select is_empty($$ select from mcp.actions where tool = 'insert_data_row' and status <> 'executed' $$,
                'no action came of a refusal');
select is((select answer #>> '{structuredContent,status}' from answers where k = 'ok'), 'done',
          'a value of each type (a fractional number, a leap day, any JSON): accepted');
select is((select count(*) from app.data_rows), 1::bigint, 'and only that row was added');

select * from finish();
rollback;
