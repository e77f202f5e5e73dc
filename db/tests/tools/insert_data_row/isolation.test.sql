-- insert_data_row with another org's table id is refused at the preview, P0002, before any action
-- exists: that table gains no row, and its name does not show.
begin;
select plan(4);

select tests.create_org('Acme') as a \gset
select tests.create_org('Acme') as b \gset
insert into app.data_tables (org_id, id, name, columns) values
  (:'b', 'a0000000-0000-4000-8000-00000000000b', 'Secret customers', '[{"name": "name", "type": "text"}]');
select raw_token as raw from public.mcp_token_issue(:'a'::uuid, 'job', scopes => '{mcp:read,mcp:write}', confirm => '{"*": "none"}') \gset

select tests.act_as('tests_gateway');
select public.mcp_tools_call(:'raw', 'insert_data_row',
         '{"table_id": "a0000000-0000-4000-8000-00000000000b", "values": {"name": "Mallory"}}') as theirs \gset
select tests.act_as_owner();

select is(:'theirs'::jsonb - 'content', '{"isError": true, "_meta": {"sqlstate": "P0002"}}'::jsonb, 'another org''s table: P0002');
select matches(:'theirs'::jsonb -> 'content' -> 0 ->> 'text', 'not found or not visible Hint: .*list_data_tables', 'not found or not visible');
select unalike(:'theirs'::jsonb::text, '%Secret%', 'without its name');
select ok(not exists (select from app.data_rows) and not exists (select from mcp.actions)
          and (select row_count from app.data_tables) = 0, 'no row was added, no action made');

select * from finish();
rollback;
