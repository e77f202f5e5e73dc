-- The values are checked again when the write runs (as mcp_writer), against the columns as they
-- are then: a row asked for from a client that cannot ask its user awaits an admin; the table's
-- column changes type meanwhile; the approval's write fails with 22023 naming it, adding nothing.
begin;
select plan(4);

select tests.create_org('Acme') as org \gset
select tests.add_member(:'org'::uuid, 'admin') as admin \gset
select raw_token as raw from public.mcp_token_issue(:'org'::uuid, 'assistant', scopes => '{mcp:read,mcp:write}') \gset
insert into app.data_tables (org_id, id, name, columns) values
  (:'org', 'a0000000-0000-4000-8000-000000000001', 'Customers', '[{"name": "seats", "type": "text"}]');

select tests.act_as('tests_gateway');
select public.mcp_tools_call(:'raw', 'insert_data_row',
         '{"table_id": "a0000000-0000-4000-8000-000000000001", "values": {"seats": "ten"}}') as answer \gset
select tests.act_as_owner();
select is(:'answer'::jsonb #>> '{structuredContent,status}', 'awaiting_approval', 'no one could be asked: it awaits an admin');
update app.data_tables set columns = '[{"name": "seats", "type": "number"}]';

select tests.act_as_user(:'admin');
select status, error from public.mcp_action_approve((:'answer'::jsonb #>> '{structuredContent,action_id}')::uuid) \gset
select tests.act_as_owner();
select is(:'status'::text, 'failed', 'the approved write failed');
select is(:'error'::jsonb ->> 'sqlstate', '22023', 'with 22023');
select ok(:'error'::jsonb ->> 'message' ~ 'column "seats" of table "Customers" takes a number'
          and not exists (select from app.data_rows), 'naming the column and the type it takes now; no row added');

select * from finish();
rollback;
