-- A filter on a column the table does not have is refused with 22023 (also when mixed with a
-- valid column); the message names that column and the table, the hint lists the table's columns.
begin;
select plan(5);

select tests.create_org('Acme') as org \gset
insert into app.data_tables (org_id, id, name, columns) values
  (:'org', 'a0000000-0000-4000-8000-000000000001', 'Tickets',
   '[{"name": "subject", "type": "text"}, {"name": "status", "type": "text"}, {"name": "priority", "type": "text"}]');
insert into app.data_rows (org_id, table_id, data) values
  (:'org', 'a0000000-0000-4000-8000-000000000001', '{"subject": "Help", "status": "open", "priority": "low", "owner": "Ada"}');
select tests.issue_token(:'org'::uuid) as raw \gset

select tests.act_as('tests_gateway');
select public.mcp_tools_call(:'raw', 'query_data_table',
         '{"table_id": "a0000000-0000-4000-8000-000000000001", "filter": {"owner": "Ada"}}', '{}') as unknown \gset
select public.mcp_tools_call(:'raw', 'query_data_table',
         '{"table_id": "a0000000-0000-4000-8000-000000000001", "filter": {"status": "open", "Status": "open"}}', '{}') as mixed \gset
select tests.act_as_owner();

select is(:'unknown'::jsonb - 'content', '{"isError": true, "_meta": {"sqlstate": "22023"}}'::jsonb,
          'a filter on a column not in the table: isError true with 22023, even though a row has that key');
select matches(:'unknown'::jsonb -> 'content' -> 0 ->> 'text', '"owner".*"Tickets"', 'the message names the column and the table');
select matches(:'unknown'::jsonb -> 'content' -> 0 ->> 'text', 'subject, status, priority',
               'and lists the table''s columns');
select is(:'mixed'::jsonb -> '_meta' ->> 'sqlstate', '22023', 'a valid and an unknown column together (names are case-sensitive): 22023');
select matches(:'mixed'::jsonb -> 'content' -> 0 ->> 'text', '"Status"', 'the message names the unknown one');

select * from finish();
rollback;
