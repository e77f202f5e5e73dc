-- list_data_tables refuses a limit outside 1..100 or not an integer, an unknown argument, and a
-- cursor it did not make (garbage, another tool's, or tampered with): isError true with 22023,
-- a message naming the argument.
begin;
select plan(10);

select tests.create_org('Acme') as org \gset
insert into app.data_tables (org_id, name) values (:'org', 'Customers'), (:'org', 'Deals');
select tests.issue_token(:'org'::uuid) as raw \gset
select mcp.cursor_encode('list_agents', '["Customers", "a0000000-0000-4000-8000-000000000001"]') as other_cursor,
       mcp.cursor_encode('list_data_tables', '["Customers", "not-a-uuid"]') as tampered_cursor \gset

create temp table answers (k text, answer jsonb) on commit drop;
grant insert, select on answers to public;
select tests.act_as('tests_gateway');
insert into answers values
  ('limit 0', public.mcp_tools_call(:'raw', 'list_data_tables', '{"limit": 0}', '{}')),
  ('limit 101', public.mcp_tools_call(:'raw', 'list_data_tables', '{"limit": 101}', '{}')),
  ('limit text', public.mcp_tools_call(:'raw', 'list_data_tables', '{"limit": "ten"}', '{}')),
  ('limit fraction', public.mcp_tools_call(:'raw', 'list_data_tables', '{"limit": 2.5}', '{}')),
  ('unknown', public.mcp_tools_call(:'raw', 'list_data_tables', '{"table": "Customers"}', '{}')),
  ('garbage cursor', public.mcp_tools_call(:'raw', 'list_data_tables', '{"cursor": "not a cursor!"}', '{}')),
  ('other tool cursor', public.mcp_tools_call(:'raw', 'list_data_tables',
     jsonb_build_object('cursor', :'other_cursor'::text), '{}')),
  ('tampered cursor', public.mcp_tools_call(:'raw', 'list_data_tables',
     jsonb_build_object('cursor', :'tampered_cursor'::text), '{}'));
select tests.act_as_owner();

select results_eq(
  $$ select k, answer -> 'isError', answer -> '_meta' ->> 'sqlstate' from answers
     where k in ('limit 0', 'limit 101', 'limit text', 'limit fraction', 'unknown') order by k $$,
  $$ values ('limit 0', 'true'::jsonb, '22023'), ('limit 101', 'true'::jsonb, '22023'),
            ('limit fraction', 'true'::jsonb, '22023'), ('limit text', 'true'::jsonb, '22023'),
            ('unknown', 'true'::jsonb, '22023') $$,
  'limits 0, 101, 2.5 and "ten" and an unknown argument: isError true with 22023'
);
select matches((select answer -> 'content' -> 0 ->> 'text' from answers where k = 'limit 0'), '"limit".*at least 1',
               'limit 0: the message names the argument and its minimum');
select matches((select answer -> 'content' -> 0 ->> 'text' from answers where k = 'limit 101'), '"limit".*at most 100',
               'limit 101: the message names the argument and its maximum');
select matches((select answer -> 'content' -> 0 ->> 'text' from answers where k = 'unknown'), 'unknown argument "table"',
               'the unknown argument is named');
select is((select answer -> '_meta' ->> 'sqlstate' from answers where k = 'garbage cursor'), '22023', 'a garbage cursor: 22023');
select matches((select answer -> 'content' -> 0 ->> 'text' from answers where k = 'garbage cursor'), '"cursor"',
               'the message names the cursor argument');
select is((select answer -> '_meta' ->> 'sqlstate' from answers where k = 'other tool cursor'), '22023',
          'another tool''s cursor: 22023');
select is((select answer -> 'isError' from answers where k = 'other tool cursor'), 'true'::jsonb, 'and isError true');
select is((select answer -> '_meta' ->> 'sqlstate' from answers where k = 'tampered cursor'), '22023',
          'a cursor of this tool whose key was tampered with: 22023');
select is((select count(*) from mcp.usage_log where org_id = :'org' and outcome = 'invalid_arguments'), 8::bigint,
          'every refusal is logged as invalid_arguments');

select * from finish();
rollback;
