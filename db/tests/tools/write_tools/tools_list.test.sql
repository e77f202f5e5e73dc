-- tools/list shows the write tools, with their annotations, to a token with mcp:write only; a
-- read-only token that calls one anyway is refused (MC013) and nothing changes.
begin;
select plan(4);

select tests.create_org('Acme') as org \gset
select raw_token as raw_write from public.mcp_token_issue(:'org'::uuid, 'writer', scopes => '{mcp:read,mcp:write}', confirm => '{"*": "none"}') \gset
select tests.issue_token(:'org'::uuid, 'reader') as raw_read \gset
insert into app.data_tables (org_id, id, name, columns) values (:'org', 'a0000000-0000-4000-8000-000000000001', 'T', '[{"name": "n", "type": "text"}]');
insert into app.data_rows (org_id, id, table_id, data) values (:'org', 'c0000000-0000-4000-8000-000000000001', 'a0000000-0000-4000-8000-000000000001', '{"n": "a"}');
insert into app.calendar_events (org_id, id, title, starts_at, ends_at) values
  (:'org', 'e0000000-0000-4000-8000-000000000001', 'Standup', '2026-12-03T09:00Z', '2026-12-03T09:15Z');
create temp table answers (tool text, answer jsonb) on commit drop;
grant insert on answers to public;

select tests.act_as('tests_gateway');
select public.mcp_tools_list(:'raw_write') as list_write \gset
select public.mcp_tools_list(:'raw_read') as list_read \gset
insert into answers select tool, public.mcp_tools_call(:'raw_read', tool, args) from (values
  ('create_calendar_event', '{"title": "x", "starts_at": "2026-12-03T10:00:00Z", "ends_at": "2026-12-03T11:00:00Z"}'::jsonb),
  ('update_calendar_event', '{"event_id": "e0000000-0000-4000-8000-000000000001", "title": "x"}'),
  ('delete_calendar_event', '{"event_id": "e0000000-0000-4000-8000-000000000001"}'),
  ('insert_data_row', '{"table_id": "a0000000-0000-4000-8000-000000000001", "values": {"n": "b"}}'),
  ('update_data_row', '{"table_id": "a0000000-0000-4000-8000-000000000001", "row_id": "c0000000-0000-4000-8000-000000000001", "values": {"n": "b"}}')) v (tool, args);
select tests.act_as_owner();

select set_eq(format($$ select t ->> 'name' as name, (t -> 'annotations') - 'title' as annotations from jsonb_array_elements(%L::jsonb -> 'tools') t
                        where t -> 'annotations' ->> 'readOnlyHint' = 'false' $$, :'list_write'),
              $$ select name, annotations - 'title' from mcp.tools where effect <> 'read' $$,
              'a write token lists the five write tools with their annotations');
select is_empty(format($$ select t ->> 'name' from jsonb_array_elements(%L::jsonb -> 'tools') t
                          where t ->> 'name' in (select name from mcp.tools where effect <> 'read') $$, :'list_read'),
                'a read-only token lists none of them');
select is_empty($$ select tool, answer from answers where answer -> 'error' ->> 'sqlstate' is distinct from 'MC013' $$,
                'calling each with a read-only token: MC013');
select ok((select count(*) = 1 and bool_and(title = 'Standup') from app.calendar_events)
          and (select data = '{"n": "a"}' from app.data_rows) and (select count(*) = 1 from app.data_rows)
          and not exists (select from mcp.actions), 'and nothing changed, no action was made');

select * from finish();
rollback;
