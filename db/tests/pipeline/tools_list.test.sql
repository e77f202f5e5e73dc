-- tools/list answers {"tools": [...]} with name, title, description, inputSchema, outputSchema and
-- annotations of each enabled tool the token's allowed_tools admit, and nothing else. These tokens
-- have the default scope {mcp:read}, so they see the read tools only (writes/scope_tools_list
-- shows what mcp:write adds).
begin;
select plan(6);

select tests.create_org('Acme') as org \gset
create function mcp_tools.tests_listed(args jsonb) returns jsonb
language sql stable security definer set search_path = '' as $$ select '{}'::jsonb $$;
select mcp.tool_register(name => 'tests_listed', title => 'Listed', description => 'Shows up in tools/list.',
  handler => 'mcp_tools.tests_listed(jsonb)',
  input_schema => '{"type": "object", "properties": {"a": {"type": "string"}}, "additionalProperties": false}',
  output_schema => '{"type": "object", "properties": {"b": {"type": "integer"}}}',
  annotations => '{"readOnlyHint": true, "idempotentHint": true}');
select tests.issue_token(:'org'::uuid, 'all') as raw_all \gset
select tests.issue_token(:'org'::uuid, 'get only', '{get_*}') as raw_get \gset
select tests.issue_token(:'org'::uuid, 'exact', '{tests_listed}') as raw_exact \gset

select tests.act_as('tests_gateway');
select public.mcp_tools_list(:'raw_all', '{}') as all_tools \gset
select public.mcp_tools_list(:'raw_get', '{}') as get_tools \gset
select public.mcp_tools_list(:'raw_exact', '{}') as exact_tools \gset
select tests.act_as_owner();

select is((select array_agg(k order by k) from jsonb_object_keys(:'all_tools'::jsonb) k), array['tools'],
          'the answer is an object with one key, tools');
select set_eq(format($$ select t ->> 'name' from jsonb_array_elements(%L::jsonb -> 'tools') t $$, :'all_tools'),
              $$ select name from mcp.tools where enabled and effect = 'read' $$,
              'a read-only token with {*} sees every enabled read tool');
select is((select t from jsonb_array_elements(:'all_tools'::jsonb -> 'tools') t where t ->> 'name' = 'tests_listed'),
          '{"name": "tests_listed", "title": "Listed", "description": "Shows up in tools/list.",
            "inputSchema": {"type": "object", "properties": {"a": {"type": "string"}}, "additionalProperties": false},
            "outputSchema": {"type": "object", "properties": {"b": {"type": "integer"}}},
            "annotations": {"readOnlyHint": true, "idempotentHint": true}}'::jsonb,
          'each tool has exactly name, title, description, inputSchema, outputSchema and annotations, from the registry');
select is((select array_agg(t ->> 'name') from jsonb_array_elements(:'get_tools'::jsonb -> 'tools') t),
          (select array_agg(name order by name) from mcp.tools where name like 'get\_%'),
          'a token with {get_*} sees exactly the get_ tools');
select is((select array_agg(t ->> 'name') from jsonb_array_elements(:'exact_tools'::jsonb -> 'tools') t),
          array['tests_listed'], 'a token naming one tool sees only that tool');
select is_empty(format($$ select * from mcp.usage_log where org_id = %L $$, :'org'),
                'tools/list writes no usage-log row');

select * from finish();
rollback;
