-- Each write tool's answer when done validates against the output schema it registered, has every
-- key it requires (its own and the action's: status, action_id, preview) and no undeclared key.
begin;
select plan(3);

select tests.create_org('Acme') as org \gset
select raw_token as raw from public.mcp_token_issue(:'org'::uuid, 'job', scopes => '{mcp:read,mcp:write}', confirm => '{"*": "none"}') \gset
insert into app.data_tables (org_id, id, name, columns) values (:'org', 'a0000000-0000-4000-8000-000000000001', 'T', '[{"name": "n", "type": "text"}]');
insert into app.data_rows (org_id, id, table_id, data) values (:'org', 'c0000000-0000-4000-8000-000000000001', 'a0000000-0000-4000-8000-000000000001', '{"n": "a"}');
insert into app.calendar_events (org_id, id, title, starts_at, ends_at) values
  (:'org', 'e0000000-0000-4000-8000-000000000001', 'Standup', '2026-12-03T09:00Z', '2026-12-03T09:15Z'),
  (:'org', 'e0000000-0000-4000-8000-000000000002', 'Retro', '2026-12-03T16:00Z', '2026-12-03T17:00Z');
create temp table answers (tool text, answer jsonb) on commit drop;
grant insert on answers to public;

select tests.act_as('tests_gateway');
insert into answers select tool, public.mcp_tools_call(:'raw', tool, args) from (values
  ('create_calendar_event', '{"title": "x", "starts_at": "2026-12-03T10:00:00Z", "ends_at": "2026-12-03T11:00:00Z"}'::jsonb),
  ('update_calendar_event', '{"event_id": "e0000000-0000-4000-8000-000000000001", "title": "y"}'),
  ('delete_calendar_event', '{"event_id": "e0000000-0000-4000-8000-000000000002"}'),
  ('insert_data_row', '{"table_id": "a0000000-0000-4000-8000-000000000001", "values": {"n": "b"}}'),
  ('update_data_row', '{"table_id": "a0000000-0000-4000-8000-000000000001", "row_id": "c0000000-0000-4000-8000-000000000001", "values": {"n": "c"}}')) v (tool, args);
select tests.act_as_owner();

select is_empty($$ select a.tool, a.answer from answers a join mcp.tools t on t.name = a.tool
                   where a.answer #>> '{structuredContent,status}' is distinct from 'done'
                      or exists (select from jsonb_array_elements_text(t.output_schema -> 'required' || (t.output_schema #> '{then,required}')) r
                                 where not a.answer -> 'structuredContent' ? r) $$,
                'each is done, with every key its schema requires');
select is_empty($$ select a.tool, k from answers a join mcp.tools t on t.name = a.tool, jsonb_object_keys(a.answer -> 'structuredContent') k
                   where not t.output_schema -> 'properties' ? k $$,
                'and no key its schema does not declare');
select lives_ok($$ select mcp.validate_value('structuredContent', t.output_schema, a.answer -> 'structuredContent')
                   from answers a join mcp.tools t on t.name = a.tool $$,
                'each validates against its output schema');

select * from finish();
rollback;
