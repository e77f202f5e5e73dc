-- Params that jsonb cannot hold cost the entry point a search for the values holding the escape
-- (mcp.json_to_jsonb), whose cost grows with the values' number times their depth: a token that is
-- not valid is answered without reading them, and a request over 16 KB is not searched but answered invalid
-- as a whole (22023), logged with its outcome. Under 16 KB the argument is still named.
begin;
select plan(12);

select tests.create_org('Acme') as org \gset
select tests.issue_token(:'org'::uuid, 'caller') as raw \gset
-- 300 arguments, each an array nested 40 deep around a NUL: ~27 KB
select format('{"name": "search_pages", "arguments": {%s}}',
              string_agg(format('"k%s": %s"x\u0000"%s', i, repeat('[', 40), repeat(']', 40)), ', ')) as big
from generate_series(1, 300) i \gset
select format('{"name": "search_pages", "arguments": {"k1": %s"x\u0000"%s}}', repeat('[', 40), repeat(']', 40)) as small \gset

select ok(octet_length(:'big') > 16384 and octet_length(:'small') < 16384, 'one request over 16 KB, one under');
select is((mcp.params_jsonb('p88_nope', :'small'::json, '{}')).value, '{}'::jsonb, 'a bad token''s params are read as {}');
select is((mcp.json_to_jsonb(:'big'::json)).bad_paths, array['*'], 'over 16 KB, the values are not searched: ''*''');
select is((mcp.json_to_jsonb(:'small'::json)).bad_paths, array['arguments.k1' || repeat('[0]', 40)],
          'under it, the value is named');

set local track_functions = 'pl'; -- calls of PL/pgSQL functions counted (this transaction's: pg_stat_get_xact_*)
select 'mcp.json_to_jsonb(json)'::regprocedure::oid as searcher \gset
select tests.act_as('tests_gateway');
select public.mcp_tools_call_json(:'raw', :'big'::json, '{"request_id": "large-1"}') as answer \gset
select pg_stat_get_xact_function_calls(:searcher) as searched_before \gset
select public.mcp_tools_call_json('p88_nope', :'big'::json, '{"request_id": "large-bad-token"}') as bad_token \gset
select public.mcp_tools_call_json('p88_nope', :'small'::json, '{"request_id": "small-bad-token"}') as bad_token_small \gset
select public.mcp_resources_read_json('p88_nope', :'big'::json, '{}') as bad_token_read \gset
select public.mcp_resources_list_json('p88_nope', :'small'::json, '{}') as bad_token_list \gset
select pg_stat_get_xact_function_calls(:searcher) as searched_after \gset
-- client facts over 16 KB with an escape: not searched either; the fact written with it is dropped
select public.mcp_tools_call_json(:'raw', '{"name": "whoami", "arguments": {}}',
         format('{"client_name": "%s\u0000", "user_agent": "ua/9", "request_id": "facts-big"}', repeat('n', 17000))::json) as big_facts \gset
select tests.act_as_owner();

select is(:'answer'::jsonb -> '_meta' ->> 'sqlstate', '22023', 'the large request is answered as invalid arguments');
select matches(:'answer'::jsonb -> 'content' -> 0 ->> 'text', '^the request holds \\u0000 \(NUL\).*over 16 KB',
               'saying what it holds, and that a request over 16 KB is not searched for where');
select results_eq($$ select outcome::text, errcode from mcp.usage_log where request_id = 'large-1' $$,
                  $$ values ('invalid_arguments', '22023') $$, 'and logged');
select is(:'bad_token'::jsonb -> 'error' ->> 'sqlstate', '28000', 'a bad token with such params is answered as a bad token');
select is(:'searched_after'::integer, :'searched_before'::integer, '... without mcp.json_to_jsonb reading its params');
select is(array[:'bad_token_read'::jsonb -> 'error' ->> 'sqlstate', :'bad_token_list'::jsonb -> 'error' ->> 'sqlstate'],
          array['28000', '28000'], 'so are the resources entry points'' (the same count: unread there too)');
select is((select count(*)::integer from mcp.auth_failures where request_id = 'large-bad-token'), 1,
          'and logged as an auth failure');

select results_eq($$ select outcome::text, client_name, user_agent from mcp.usage_log where request_id = 'facts-big' $$,
                  $$ values ('ok', 'ua', 'ua/9') $$,
                  'facts over 16 KB: the one written with \u0000 is dropped (the name is the user agent''s), the others kept');

select * from finish();
rollback;
