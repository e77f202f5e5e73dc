-- The five write tools are registered as writes: handler owned by mcp_writer (which may change
-- data), preview owned by mcp_reader (which may not), default policy user, admin for the
-- destructive delete; the annotations say what they do (destructiveHint for the delete,
-- idempotentHint for the updates); each takes an idempotency_key.
begin;
select plan(3);

select results_eq(
  $$ select t.name, t.effect, t.confirm_policy, pg_get_userbyid(h.proowner)::text collate "default", pg_get_userbyid(p.proowner)::text collate "default"
     from mcp.tools t join pg_proc h on h.oid = t.handler join pg_proc p on p.oid = t.preview_handler
     where t.effect <> 'read' order by t.name $$,
  $$ values ('create_calendar_event', 'write', 'user', 'mcp_writer', 'mcp_reader'),
            ('delete_calendar_event', 'destructive', 'admin', 'mcp_writer', 'mcp_reader'),
            ('insert_data_row', 'write', 'user', 'mcp_writer', 'mcp_reader'),
            ('update_calendar_event', 'write', 'user', 'mcp_writer', 'mcp_reader'),
            ('update_data_row', 'write', 'user', 'mcp_writer', 'mcp_reader') $$,
  'the write tools: effect, default policy, the handler''s owner mcp_writer, the preview''s mcp_reader');
select results_eq(
  $$ select name, annotations - 'title' from mcp.tools where effect <> 'read' order by name $$,
  $$ values ('create_calendar_event', '{"readOnlyHint": false, "destructiveHint": false, "idempotentHint": false}'::jsonb),
            ('delete_calendar_event', '{"readOnlyHint": false, "destructiveHint": true, "idempotentHint": false}'),
            ('insert_data_row', '{"readOnlyHint": false, "destructiveHint": false, "idempotentHint": false}'),
            ('update_calendar_event', '{"readOnlyHint": false, "destructiveHint": false, "idempotentHint": true}'),
            ('update_data_row', '{"readOnlyHint": false, "destructiveHint": false, "idempotentHint": true}') $$,
  'annotations: destructive only the delete, idempotent the updates, none read-only');
select is_empty($$ select name from mcp.tools where effect <> 'read'
                   and (input_schema #>> '{properties,idempotency_key,type}' is distinct from 'string'
                        or description !~ 'CHANGES DATA|DESTROYS DATA' or description !~ 'confirmation') $$,
                'each takes an idempotency_key and its description says it changes data and needs confirmation');

select * from finish();
rollback;
