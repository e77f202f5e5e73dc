-- update_data_row with another org's row, given with that org's table or with one of the token's
-- own tables, is refused at the preview, P0002, before any action exists: the row stays as it was.
begin;
select plan(4);

select tests.create_org('Acme') as a \gset
select tests.create_org('Acme') as b \gset
insert into app.data_tables (org_id, id, name, columns) values
  (:'a', 'a0000000-0000-4000-8000-00000000000a', 'Customers', '[{"name": "name", "type": "text"}]'),
  (:'b', 'a0000000-0000-4000-8000-00000000000b', 'Customers', '[{"name": "name", "type": "text"}]');
insert into app.data_rows (org_id, id, table_id, data) values
  (:'b', 'c0000000-0000-4000-8000-00000000000b', 'a0000000-0000-4000-8000-00000000000b', '{"name": "Secret Ada"}');
select raw_token as raw from public.mcp_token_issue(:'a'::uuid, 'job', scopes => '{mcp:read,mcp:write}', confirm => '{"*": "none"}') \gset

select tests.act_as('tests_gateway');
select public.mcp_tools_call(:'raw', 'update_data_row', '{"table_id": "a0000000-0000-4000-8000-00000000000b",
         "row_id": "c0000000-0000-4000-8000-00000000000b", "values": {"name": "Mallory"}}') as their_table \gset
select public.mcp_tools_call(:'raw', 'update_data_row', '{"table_id": "a0000000-0000-4000-8000-00000000000a",
         "row_id": "c0000000-0000-4000-8000-00000000000b", "values": {"name": "Mallory"}}') as our_table \gset
select tests.act_as_owner();

select is(:'their_table'::jsonb - 'content', '{"isError": true, "_meta": {"sqlstate": "P0002"}}'::jsonb,
          'another org''s row with its table: P0002');
select is(:'our_table'::jsonb - 'content', '{"isError": true, "_meta": {"sqlstate": "P0002"}}'::jsonb,
          'another org''s row with one of our tables: P0002');
select unalike(:'their_table'::jsonb::text || :'our_table'::jsonb::text, '%Secret%', 'its values do not show');
select ok((select data = '{"name": "Secret Ada"}' from app.data_rows) and not exists (select from mcp.actions),
          'the row is unchanged, and no action was made');

select * from finish();
rollback;
