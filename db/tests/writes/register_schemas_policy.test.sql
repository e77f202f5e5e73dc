-- A write tool's schemas gain what the pipeline adds: an optional idempotency_key (at most 200
-- characters) in the input, and the action's status, action_id, preview and expires_at in the
-- output (the tool's own required fields only when status is done). A confirmation policy a DBA
-- changed survives re-registration while the effect stays; a new effect brings its default.
begin;
select plan(8);

create function mcp_tools.tests_write(args jsonb) returns jsonb
language sql volatile security definer set search_path = '' as $$ select '{"id": 1}'::jsonb $$;
create function mcp_tools.tests_preview(args jsonb) returns jsonb
language sql stable security definer set search_path = '' as $$ select '{"preview": "Do it"}'::jsonb $$;
create function pg_temp.register(description text, destructive boolean default false) returns void language sql as $$
  select mcp.tool_register(name => 'tests_write', title => 'T', description => description,
    handler => 'mcp_tools.tests_write(jsonb)', preview => 'mcp_tools.tests_preview(jsonb)', destructive => destructive,
    input_schema => '{"type": "object", "properties": {"a": {"type": "string"}}, "required": ["a"], "additionalProperties": false}',
    output_schema => '{"type": "object", "properties": {"id": {"type": "integer"}}, "required": ["id"]}')
$$;
select pg_temp.register('First words.');

select is((select input_schema from mcp.tools where name = 'tests_write'),
          '{"type": "object", "required": ["a"], "additionalProperties": false, "properties": {"a": {"type": "string"},
            "idempotency_key": {"type": "string", "minLength": 1, "maxLength": 200,
              "description": "Optional: a key of yours for this change. The same key within 24 hours returns the first answer and changes nothing again; the same key with other arguments is refused."}}}'::jsonb,
          'the input schema gains an optional idempotency_key of 1 to 200 characters');
select is((select output_schema - 'properties' from mcp.tools where name = 'tests_write'),
          '{"type": "object", "required": ["status", "action_id", "preview"],
            "if": {"properties": {"status": {"const": "done"}}}, "then": {"required": ["id"]}}'::jsonb,
          'the output requires status, action_id and preview; the tool''s own required fields when status is done');
select is((select array_agg(k order by k) from mcp.tools, jsonb_object_keys(output_schema -> 'properties') k where name = 'tests_write'),
          array['action_id', 'expires_at', 'id', 'preview', 'status'], 'and keeps the tool''s own properties');

update mcp.tools set confirm_policy = 'none' where name = 'tests_write';
select pg_temp.register('New words.');
select results_eq($$ select split_part(description, ' This CHANGES DATA', 1), confirm_policy from mcp.tools where name = 'tests_write' $$,
                  $$ values ('New words.', 'none') $$, 'a changed tool file keeps the DBA''s policy');
select ok((select description ~ '^New words\. This CHANGES DATA and needs confirmation: .*idempotency_key' from mcp.tools
           where name = 'tests_write'), 'the registry ends a write tool''s description with what confirmation means');
select pg_temp.register('New words.');
select is((select confirm_policy from mcp.tools where name = 'tests_write'), 'none', 'so does registering it again unchanged');
select pg_temp.register('New words.', destructive => true);
select results_eq($$ select effect, confirm_policy from mcp.tools where name = 'tests_write' $$,
                  $$ values ('destructive', 'admin') $$, 'a tool that becomes destructive gets the destructive default, admin');
select throws_ok($$ update mcp.tools set confirm_policy = 'sometimes' where name = 'tests_write' $$, '23514', null,
                 'a policy other than user, admin or none is refused by the table');

select * from finish();
rollback;
