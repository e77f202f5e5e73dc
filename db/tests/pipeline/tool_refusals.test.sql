-- tools/call refuses, with an error object and a usage-log row, a tool that is not registered
-- (MC010 unknown_tool), one a DBA disabled (MC012 tool_disabled, also gone from tools/list) and
-- one the token's allowed_tools does not admit (MC011 not_allowed); trailing globs admit by prefix.
begin;
select plan(17);

select tests.create_org('Acme') as org \gset

create function mcp_tools.tests_switch(args jsonb) returns jsonb
language sql stable security definer set search_path = '' as $$ select '{"on": true}'::jsonb $$;
select mcp.tool_register(name => 'tests_switch', title => 'Switch', description => 'Can be switched off.',
  handler => 'mcp_tools.tests_switch(jsonb)',
  input_schema => '{"type": "object", "properties": {}, "additionalProperties": false}',
  output_schema => '{"type": "object"}');

select tests.issue_token(:'org'::uuid, 'all tools') as raw_all \gset
select tests.issue_token(:'org'::uuid, 'get glob', '{get_*}') as raw_get \gset
select tests.issue_token(:'org'::uuid, 'tests glob', '{tests_*}') as raw_tests \gset
select tests.issue_token(:'org'::uuid, 'exact name', '{tests_switch}') as raw_exact \gset

select tests.act_as('tests_gateway');
select public.mcp_tools_call(:'raw_all', 'no_such_tool', '{}', '{"request_id": "ref-unknown"}') as unknown \gset
select is(:'unknown'::jsonb -> 'error' ->> 'sqlstate', 'MC010', 'an unregistered tool: MC010');
select matches(:'unknown'::jsonb -> 'error' ->> 'message', 'no_such_tool', 'the message names the tool');
select is((:'unknown'::jsonb ? 'isError'), false, 'it is an error object, not a CallToolResult');

select is(public.mcp_tools_call(:'raw_get', 'get_current_time', '{}', '{"request_id": "ref-glob-ok"}') -> 'isError',
          'false'::jsonb, 'a token with {get_*} may call get_current_time');
select public.mcp_tools_call(:'raw_tests', 'get_current_time', '{}', '{"request_id": "ref-glob-no"}') as glob_no \gset
select is(:'glob_no'::jsonb -> 'error' ->> 'sqlstate', 'MC011', 'a token with {tests_*} may not call get_current_time: MC011');
select is(public.mcp_tools_call(:'raw_tests', 'tests_switch', '{}', '{}') -> 'isError', 'false'::jsonb,
          'but may call tests_switch');
select is(public.mcp_tools_call(:'raw_exact', 'get_current_time', '{}', '{"request_id": "ref-exact-no"}') -> 'error' ->> 'sqlstate',
          'MC011', 'a token naming one tool may not call another');

select ok(public.mcp_tools_list(:'raw_all', '{}') -> 'tools' @> '[{"name": "tests_switch"}]',
          'before it is disabled, tools/list shows the tool');
select tests.act_as('tests_dba');
update mcp.tools set enabled = false where name = 'tests_switch';
select tests.act_as('tests_gateway');
select public.mcp_tools_call(:'raw_all', 'tests_switch', '{}', '{"request_id": "ref-disabled"}') as disabled \gset
select is(:'disabled'::jsonb -> 'error' ->> 'sqlstate', 'MC012', 'a disabled tool: MC012');
select matches(:'disabled'::jsonb -> 'error' ->> 'message', 'tests_switch', 'the message names the tool');
select is(public.mcp_tools_call(:'raw_tests', 'tests_switch', '{}', '{"request_id": "ref-disabled-glob"}') -> 'error' ->> 'sqlstate',
          'MC012', 'disabled for every token, whatever its allowed_tools');
select is_empty(
  format($$ select t from jsonb_array_elements(public.mcp_tools_list(%L, '{}') -> 'tools') t where t ->> 'name' = 'tests_switch' $$,
         :'raw_all'),
  'a disabled tool disappears from tools/list'
);
select tests.act_as_owner();

select results_eq(
  $$ select request_id, tool, outcome::text, errcode from mcp.usage_log where request_id like 'ref-%' order by request_id $$,
  $$ values ('ref-disabled', 'tests_switch', 'tool_disabled', 'MC012'),
            ('ref-disabled-glob', 'tests_switch', 'tool_disabled', 'MC012'),
            ('ref-exact-no', 'get_current_time', 'not_allowed', 'MC011'),
            ('ref-glob-no', 'get_current_time', 'not_allowed', 'MC011'),
            ('ref-glob-ok', 'get_current_time', 'ok', null),
            ('ref-unknown', 'no_such_tool', 'unknown_tool', 'MC010') $$,
  'each refusal is logged with its outcome and code'
);
select isnt_empty($$ select * from mcp.rate_buckets where org_id = (select org_id from mcp.usage_log where request_id = 'ref-unknown')
                  and token_id = (select token_id from mcp.usage_log where request_id = 'ref-unknown') $$,
                'a refused call takes a slot of the rate limit, as any call does');

-- refused calls count: they could otherwise probe, and write log rows, without end
select tests.issue_token(:'org'::uuid, 'two a minute', rate_limit => 2) as raw_two \gset
select tests.act_as('tests_gateway');
select public.mcp_tools_call(:'raw_two', 'no_such_tool', '{}', '{"request_id": "lim-1"}') -> 'error' ->> 'sqlstate' as first,
       public.mcp_tools_call(:'raw_two', 'no_such_tool', '{}', '{"request_id": "lim-2"}') -> 'error' ->> 'sqlstate' as second \gset
select public.mcp_tools_call(:'raw_two', 'no_such_tool', '{}', '{"request_id": "lim-3"}') as third \gset
select is(array[:'first', :'second'], array['MC010', 'MC010'], 'within the limit, an unknown tool is refused as such');
select is(:'third'::jsonb -> 'error' ->> 'sqlstate', 'MC020', 'over it, the refusal is the limit''s, with a retry_after');
select public.mcp_tools_call(:'raw_two', 'get_current_time', '{}', '{"request_id": "lim-4"}') -> 'error' ->> 'sqlstate' as fourth \gset
select tests.act_as_owner();
select results_eq(
  $$ select request_id, outcome::text, errcode from mcp.usage_log where request_id like 'lim-%' order by request_id $$,
  $$ values ('lim-1', 'unknown_tool', 'MC010'), ('lim-2', 'unknown_tool', 'MC010'), ('lim-3', 'rate_limited', 'MC020'),
            ('lim-4', 'rate_limited', 'MC020') $$,
  'two refusals used up a limit of two a minute: the next call, of a real tool, is rate_limited too'
);

select * from finish();
rollback;
