-- The client facts passed to tools/call land in the usage-log row: client_name, client_version,
-- user_agent, ip, request_id. They never fail a call: an invalid ip is stored as null, long
-- strings are cut (client_name to 200 characters), a client that is not an object is ignored.
begin;
select plan(6);

select tests.create_org('Acme') as org \gset
select tests.issue_token(:'org'::uuid, 'caller') as raw \gset

select tests.act_as('tests_gateway');
select public.mcp_tools_call(:'raw', 'get_current_time', '{}',
  '{"client_name": "Claude Desktop", "client_version": "1.2.3", "user_agent": "claude-ai/1.2.3 (mac)",
    "ip": "203.0.113.7", "request_id": "facts-1", "something_else": true}') -> 'isError' as e1 \gset
select public.mcp_tools_call(:'raw', 'get_current_time', '{}',
  jsonb_build_object('client_name', repeat('n', 300), 'ip', '999.1.2.3', 'request_id', 'facts-2')) as second \gset
select public.mcp_tools_call(:'raw', 'get_current_time', '{}', '{"ip": "not an ip", "request_id": "facts-3"}') as third \gset
select public.mcp_tools_call(:'raw', 'get_current_time', '{}', '"just a string"') as fourth \gset
select tests.act_as_owner();

select results_eq(
  $$ select client_name, client_version, user_agent, ip, outcome::text from mcp.usage_log where request_id = 'facts-1' $$,
  $$ values ('Claude Desktop', '1.2.3', 'claude-ai/1.2.3 (mac)', '203.0.113.7'::inet, 'ok') $$,
  'client name, version, user agent, ip and request id are stored'
);
select is(:'second'::jsonb -> 'isError', 'false'::jsonb, 'an unparsable ip does not fail the call');
select results_eq(
  $$ select ip, client_name = repeat('n', 200) from mcp.usage_log where request_id in ('facts-2', 'facts-3') order by request_id $$,
  $$ values (null::inet, true), (null::inet, null) $$,
  'an invalid ip is stored as null, and a 300-character client name is cut to 200'
);
select is(:'third'::jsonb -> 'isError', 'false'::jsonb, 'a non-address ip does not fail the call');
select is(:'fourth'::jsonb -> 'isError', 'false'::jsonb, 'client facts that are not an object do not fail the call');
select results_eq(
  format($$ select client_name, ip, request_id, outcome::text from mcp.usage_log
            where token_id = %L and request_id is null $$, tests.token_id(:'raw')),
  $$ values (null::text, null::inet, null::text, 'ok') $$,
  'and that call is logged with no client facts'
);

select * from finish();
rollback;
