-- filter keeps the rows whose values equal every given {column: value}: exact and case-sensitive
-- for text; a number matches a number (not the same digits as text), a boolean a boolean.
begin;
select plan(9);

select tests.create_org('Acme') as org \gset
insert into app.data_tables (org_id, id, name, columns) values
  (:'org', 'a0000000-0000-4000-8000-000000000001', 'Tickets',
   '[{"name": "status", "type": "text"}, {"name": "priority", "type": "number"}, {"name": "urgent", "type": "boolean"},
     {"name": "owner", "type": "text"}]');
insert into app.data_rows (org_id, id, table_id, data) values
  (:'org', 'c0000000-0000-4000-8000-000000000001', 'a0000000-0000-4000-8000-000000000001',
   '{"status": "open", "priority": 1, "urgent": true, "owner": "Ada"}'),
  (:'org', 'c0000000-0000-4000-8000-000000000002', 'a0000000-0000-4000-8000-000000000001',
   '{"status": "Open", "priority": 1, "urgent": false, "owner": "Ada"}'),
  (:'org', 'c0000000-0000-4000-8000-000000000003', 'a0000000-0000-4000-8000-000000000001',
   '{"status": "open", "priority": 2, "urgent": false, "owner": "Bob"}'),
  (:'org', 'c0000000-0000-4000-8000-000000000004', 'a0000000-0000-4000-8000-000000000001',
   '{"status": "closed", "priority": "1", "urgent": "true", "owner": "Ada"}'),
  (:'org', 'c0000000-0000-4000-8000-000000000005', 'a0000000-0000-4000-8000-000000000001',
   '{"status": "open ", "priority": 3, "urgent": false, "owner": "ada"}');
select tests.issue_token(:'org'::uuid) as raw \gset

create temp table answers (k text, answer jsonb) on commit drop;
grant insert, select on answers to public;
select tests.act_as('tests_gateway');
insert into answers
  select k, public.mcp_tools_call(:'raw', 'query_data_table',
              jsonb_build_object('table_id', 'a0000000-0000-4000-8000-000000000001', 'filter', f::jsonb), '{}')
  from (values ('status open', '{"status": "open"}'),
               ('status OPEN', '{"status": "OPEN"}'),
               ('open and Ada', '{"status": "open", "owner": "Ada"}'),
               ('priority 1', '{"priority": 1}'),
               ('priority "1"', '{"priority": "1"}'),
               ('urgent true', '{"urgent": true}'),
               ('urgent "true"', '{"urgent": "true"}'),
               ('empty', '{}')) v (k, f);
select tests.act_as_owner();

create temp view found as
  select a.k, (r ->> 'id')::uuid as id from answers a, jsonb_array_elements(a.answer -> 'structuredContent' -> 'rows') r;

select results_eq($$ select id from found where k = 'status open' order by id $$,
                  $$ values ('c0000000-0000-4000-8000-000000000001'::uuid), ('c0000000-0000-4000-8000-000000000003'::uuid) $$,
                  'status "open" matches exactly: not "Open", not "open "');
select is_empty($$ select id from found where k = 'status OPEN' $$, 'status "OPEN" matches nothing (case-sensitive)');
select results_eq($$ select id from found where k = 'open and Ada' $$,
                  $$ values ('c0000000-0000-4000-8000-000000000001'::uuid) $$,
                  'two columns: rows must match both');
select results_eq($$ select id from found where k = 'priority 1' order by id $$,
                  $$ values ('c0000000-0000-4000-8000-000000000001'::uuid), ('c0000000-0000-4000-8000-000000000002'::uuid) $$,
                  'the number 1 matches the number 1, not the text "1"');
select results_eq($$ select id from found where k = 'priority "1"' $$,
                  $$ values ('c0000000-0000-4000-8000-000000000004'::uuid) $$,
                  'the text "1" matches the text "1" only');
select results_eq($$ select id from found where k = 'urgent true' $$,
                  $$ values ('c0000000-0000-4000-8000-000000000001'::uuid) $$,
                  'the boolean true matches the boolean true, not the text "true"');
select results_eq($$ select id from found where k = 'urgent "true"' $$,
                  $$ values ('c0000000-0000-4000-8000-000000000004'::uuid) $$,
                  'the text "true" matches the text "true" only');
select is((select count(*) from found where k = 'empty'), 5::bigint, 'an empty filter keeps every row');
select is_empty($$ select from answers where answer -> 'isError' is distinct from 'false'::jsonb $$, 'every call succeeds');

select * from finish();
rollback;
