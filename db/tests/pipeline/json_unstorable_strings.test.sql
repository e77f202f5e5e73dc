-- The shim's entry point takes json, the text the client sent: a \u0000 (NUL) or an unpaired
-- UTF-16 surrogate, which no jsonb or text can hold, is answered as invalid arguments naming the
-- argument (nested too), and logged with the escape kept as text (\u0000); client facts holding one
-- are dropped; a tool name holding one names no tool. A number numeric cannot hold (1e1000000,
-- 2.5e-20000, 20,000 digits after the point) in the params is answered and logged the same way,
-- kept as a string of its source. Nothing the client sent escapes the pipeline.
begin;
select plan(29);

select tests.create_org('Acme') as org \gset
select tests.issue_token(:'org'::uuid, 'caller') as raw \gset

select tests.act_as('tests_gateway');
select public.mcp_tools_call_json(:'raw', '{"name": "search_pages", "arguments": {"query": "ab\u0000cd"}}',
                                  '{"request_id": "nul-1"}') as nul \gset
select public.mcp_tools_call_json(:'raw', '{"name": "search_pages", "arguments": {"query": "ab\ud800cd"}}',
                                  '{"request_id": "surrogate-1"}') as surrogate \gset
select public.mcp_tools_call_json(:'raw', '{"name": "list_data_tables", "arguments": {"cursor": {"deep": ["ok", "x\u0000"]}}}',
                                  '{"request_id": "nested-1"}') as nested \gset
select public.mcp_tools_call_json(:'raw', '{"name": "who\u0000ami", "arguments": {}}', '{"request_id": "name-1"}') as bad_name \gset
select public.mcp_tools_call_json(:'raw', '{"name": "whoami", "arguments": {}}',
                                  '{"request_id": "facts-1", "client_name": "evil\u0000", "client_version": "1.\ud800", "user_agent": "ua/2"}') as facts \gset
select public.mcp_tools_list_json(:'raw', '{"request_id": "list-1", "client_name": "x\u0000"}') as listed \gset
select public.mcp_tools_list_json('p88_nope', '{"request_id": "list-bad", "client_name": "x\u0000", "user_agent": "ua/3"}') as bad_token \gset
select public.mcp_tools_call_json(:'raw', '{"name": "get_current_time", "arguments": {"timezone": 1e1000000}}',
                                  '{"request_id": "big-1"}') as big \gset
select public.mcp_tools_call_json(:'raw', '{"name": "list_data_tables", "arguments": {"cursor": {"deep": [1, 2.5e-20000]}}}',
                                  '{"request_id": "small-1"}') as small \gset
select public.mcp_tools_call_json(:'raw', format('{"name": "list_data_tables", "arguments": {"limit": 0.%s1}}', repeat('0', 20000))::json,
                                  '{"request_id": "long-1"}') as long \gset
select public.mcp_tools_call_json(:'raw', '{"name": "search_pages", "arguments": {"query": "a\u0000", "limit": 1e1000000}}',
                                  '{"request_id": "both-1"}') as both \gset
select public.mcp_tools_call_json(:'raw', '{"name": "search_pages", "arguments": {"query": "caf\u00e9", "limit": 1e1000000}}',
                                  '{"request_id": "escaped-number-1"}') as escaped_number \gset
select public.mcp_tools_call_json(:'raw', '{"name": "search_pages", "arguments": {"query": "x\u0000", "query": "handbook"}}',
                                  '{"request_id": "duplicate-1"}') as duplicate \gset
select public.mcp_tools_call_json(:'raw', ('{"name": "search_pages", "arguments": {"query": ' || repeat('[', 1000) || '1e1000000'
                                           || repeat(']', 1000) || '}}')::json, '{"request_id": "deep-1"}') as deep \gset
select public.mcp_tools_call_json(:'raw', '{"name": "whoami", "arguments": {}}',
                                  '{"request_id": "facts-2", "client_name": "c\u00e9", "client_version": 1e1000000}') as number_fact \gset
select public.mcp_resources_read_json(:'raw', '{"uri": 1e1000000}', '{"request_id": "read-1"}') as read \gset
select tests.act_as_owner();

select is(:'nul'::jsonb - 'content', '{"isError": true, "_meta": {"sqlstate": "22023"}}'::jsonb,
          'a NUL in an argument: isError with 22023');
select matches(:'nul'::jsonb -> 'content' -> 0 ->> 'text', '^argument "query" contains \\u0000',
               'the message names the argument');
select is(:'surrogate'::jsonb -> '_meta' ->> 'sqlstate', '22023', 'an unpaired surrogate: 22023 as well');
select matches(:'nested'::jsonb -> 'content' -> 0 ->> 'text', '^argument "cursor.deep\[1\]"',
               'a nested one is named by its path');
select results_eq(
  $$ select request_id, outcome::text, errcode, arguments from mcp.usage_log
     where request_id in ('nul-1', 'surrogate-1') order by request_id $$,
  $$ values ('nul-1', 'invalid_arguments', '22023', '{"query": "ab\\u0000cd"}'::jsonb),
            ('surrogate-1', 'invalid_arguments', '22023', '{"query": "ab\\ud800cd"}'::jsonb) $$,
  'each is logged as invalid_arguments, the escape the client sent kept as text');
select is((select errcode from mcp.usage_log where request_id = 'name-1'), 'MC010',
          'a tool name holding a NUL is an unknown tool, logged');
select is(:'bad_name'::jsonb -> 'error' ->> 'sqlstate', 'MC010', 'and answered as one');
select is(:'facts'::jsonb -> 'isError', 'false'::jsonb, 'a client fact holding a NUL does not fail the call');
select results_eq(
  $$ select outcome::text, client_name, client_version, user_agent from mcp.usage_log where request_id = 'facts-1' $$,
  $$ values ('ok', 'ua', '2', 'ua/2') $$,
  'the facts that cannot be stored are dropped (the User-Agent stands in for the name), the rest kept');
select ok(jsonb_array_length(:'listed'::jsonb -> 'tools') > 0, 'tools/list with such a client name lists the tools');
select is(:'bad_token'::jsonb -> 'error' ->> 'sqlstate', '28000', 'a bad token with such facts is still a 28000 answer');
select results_eq(
  $$ select reason, client_name, user_agent from mcp.auth_failures where request_id = 'list-bad' $$,
  $$ values ('malformed', 'ua', 'ua/3') $$,
  'and its auth-failure row is written, without the fact it could not store');

select matches(:'big'::jsonb -> 'content' -> 0 ->> 'text', '^argument "timezone" holds a number beyond the range',
               'a number numeric cannot hold: isError, naming the argument');
select is(:'big'::jsonb -> '_meta' ->> 'sqlstate', '22023', 'with 22023');
select matches(:'small'::jsonb -> 'content' -> 0 ->> 'text', '^argument "cursor.deep\[1\]" holds a number',
               'one too small for numeric''s scale, nested, is named by its path');
select is(:'long'::jsonb -> '_meta' ->> 'sqlstate', '22023', 'as is one of 20,000 digits after the point, without an exponent');
select matches(:'both'::jsonb -> 'content' -> 0 ->> 'text', '^argument "limit" holds a number beyond the range',
               'a NUL and such a number in one call: the first argument named, by its own kind');
select matches(:'escaped_number'::jsonb -> 'content' -> 0 ->> 'text', '^argument "limit" holds a number beyond the range',
               'such a number beside an escape jsonb can hold (\u00e9) is named as a number');
select is(:'duplicate'::jsonb -> 'isError', 'false'::jsonb,
          'of duplicate keys the last counts: a NUL in an earlier one refuses nothing');
select is(:'deep'::jsonb -> 'error' ->> 'sqlstate', 'MC010',
          'such a number nested 1,000 deep (too deep to rebuild): the whole source is kept, the call answered');
select results_eq(
  $$ select request_id, outcome::text, errcode, arguments from mcp.usage_log
     where request_id in ('big-1', 'small-1', 'both-1', 'long-1', 'duplicate-1') order by request_id $$,
  $$ values ('big-1', 'invalid_arguments', '22023', '{"timezone": "1e1000000"}'::jsonb),
            ('both-1', 'invalid_arguments', '22023', '{"query": "a\\u0000", "limit": "1e1000000"}'::jsonb),
            ('duplicate-1', 'ok', null, '{"query": "handbook"}'::jsonb),
            ('long-1', 'invalid_arguments', '22023', jsonb_build_object('limit', '0.' || repeat('0', 198) || '…')),
            ('small-1', 'invalid_arguments', '22023', '{"cursor": {"deep": [1, "2.5e-20000"]}}'::jsonb) $$,
  'each is logged as invalid_arguments, the number kept as a string of its source (cut as any long string)');
select is((select errcode from mcp.usage_log where request_id = 'deep-1'), 'MC010', 'and that call is logged');
select results_eq(
  $$ select outcome::text, client_name, client_version from mcp.usage_log where request_id = 'facts-2' $$,
  $$ values ('ok', 'cé', null::text) $$,
  'a client fact holding such a number, beside a \u escape, is dropped, the call served');
select throws_ok(
  $$ select public.mcp_tools_call_json(tests.issue_token(tests.create_org('Facts'), 'f'), '{"name": "whoami", "arguments": {}}',
                                       '{"client_version": 1e1000000}') $$,
  '22003', null, 'without one, such a number in the facts (the gateway''s own statement) raises 22003 to the gateway');
select is(:'read'::jsonb -> 'error' ->> 'sqlstate', 'P0002', 'resources/read with such a uri is answered (no such resource)');

select is((mcp.json_to_jsonb('{"a": [1, "x\u0000", {"b": "\udc00"}], "c": "\u00e9"}'::json)).bad_paths,
          array['a[1]', 'a[2].b'], 'json_to_jsonb reports every path it replaced');
select is((mcp.json_to_jsonb('{"a": "\u00e9\n"}'::json)).value, '{"a": "é\n"}'::jsonb,
          'escapes jsonb can hold are decoded as usual');
select is(mcp.json_to_jsonb('{"a": [1e1000000, "1e99999", 1e1000, {"b": -7e-99999}], "c": "x\u0000"}'::json),
          row(format('{"a": ["1e1000000", "1e99999", 1%s, {"b": "-7e-99999"}], "c": "x\\u0000"}', repeat('0', 1000))::jsonb,
              array['a[0]', 'a[3].b', 'c'], array['a[0]', 'a[3].b'])::record,
          'json_to_jsonb keeps each number numeric cannot hold as its source, and names it; strings that look like one are strings');
select is(array[mcp.json_is_plain('{"a": 1.5e300, "b": "\u00e9"}'), mcp.json_is_plain('{"a": 1e1000}'),
                mcp.json_is_plain(repeat(' ', 15000) || '{}'), mcp.json_is_plain('{"name": "whoami", "arguments": {"n": 2e-300}}')],
          array[false, false, false, true],
          'json_is_plain vouches only for text without a \u escape, a four-digit exponent or 15,000 bytes');

select * from finish();
rollback;
