-- A write tool whose preview returns no words (no "preview" key, or only blanks) cannot ask anyone
-- to confirm it: the call is answered MC030 (internal_error), logged, and leaves no action behind.
begin;
select plan(4);

create function mcp_tools.tests_mute_write(args jsonb) returns jsonb
language sql volatile security definer set search_path = '' as $$ select '{"done": true}'::jsonb $$;
create function mcp_tools.tests_mute_preview(args jsonb) returns jsonb
language sql stable security definer set search_path = '' as $$ select case when args ->> 'a' = 'blank' then '{"preview": "  "}'::jsonb else '{}'::jsonb end $$;
select mcp.tool_register(name => 'tests_mute', title => 'Mute', description => 'A write whose preview says nothing.',
  handler => 'mcp_tools.tests_mute_write(jsonb)', preview => 'mcp_tools.tests_mute_preview(jsonb)',
  input_schema => '{"type": "object", "properties": {"a": {"type": "string"}}, "additionalProperties": false}',
  output_schema => '{"type": "object", "properties": {"done": {"type": "boolean"}}}');

select tests.create_org('Acme') as org \gset
select tests.issue_write_token(:'org'::uuid, confirm => '{"*": "none"}') as raw \gset
select tests.act_as('tests_gateway');
select public.mcp_tools_call(:'raw', 'tests_mute', '{}') as missing \gset
select public.mcp_tools_call(:'raw', 'tests_mute', '{"a": "blank"}') as blank \gset
select tests.act_as_owner();

select is(:'missing'::jsonb -> '_meta' ->> 'sqlstate', 'MC030', 'no preview key: MC030');
select is(:'blank'::jsonb -> '_meta' ->> 'sqlstate', 'MC030', 'a blank preview: MC030');
select results_eq($$ select outcome::text, errcode from mcp.usage_log where tool = 'tests_mute' order by at $$,
                  $$ values ('internal_error', 'MC030'), ('internal_error', 'MC030') $$, 'both logged as internal errors');
select is_empty($$ select id from mcp.actions where tool = 'tests_mute' $$, 'and no action is left behind (even policy none ran nothing)');

select * from finish();
rollback;
