-- The usage log keeps a redacted copy of the arguments: values of the tool's sensitive_args as
-- "[redacted]" (also when the call fails), strings over 200 characters cut, and arguments over
-- 4 kB replaced by {"_truncated": true, "_bytes": n}.
begin;
select plan(11);

select tests.create_org('Acme') as org \gset
select tests.issue_token(:'org'::uuid, 'caller') as raw \gset

create function mcp_tools.tests_login(args jsonb) returns jsonb
language sql stable security definer set search_path = '' as $$ select '{"ok": true}'::jsonb $$;
select mcp.tool_register(name => 'tests_login', title => 'Login', description => 'Takes a secret.',
  handler => 'mcp_tools.tests_login(jsonb)',
  input_schema => '{"type": "object", "properties": {"user": {"type": "string"}, "secret": {"type": "string"},
                    "note": {"type": "string"}, "items": {"type": "array", "items": {"type": "string"}}},
                    "additionalProperties": false}',
  output_schema => '{"type": "object"}',
  sensitive_args => '{secret}');

select tests.act_as('tests_gateway');
select public.mcp_tools_call(:'raw', 'tests_login', '{"user": "ada", "secret": "hunter2"}', '{"request_id": "red-1"}') as a1 \gset
select public.mcp_tools_call(:'raw', 'tests_login', '{"secret": "hunter3", "bogus": 1}', '{"request_id": "red-2"}') as a2 \gset
select public.mcp_tools_call(:'raw', 'tests_login', jsonb_build_object('note', repeat('x', 300)), '{"request_id": "red-3"}') as a3 \gset
select public.mcp_tools_call(:'raw', 'tests_login',
  jsonb_build_object('items', (select jsonb_agg(repeat('y', 100)) from generate_series(1, 60))), '{"request_id": "red-4"}') as a4 \gset
select tests.act_as_owner();

select is(:'a1'::jsonb -> 'isError', 'false'::jsonb, 'the handler got the call (the secret is only hidden in the log)');
select is((select arguments from mcp.usage_log where request_id = 'red-1'), '{"user": "ada", "secret": "[redacted]"}'::jsonb,
          'a sensitive argument is logged as [redacted], the others as given');
select results_eq($$ select outcome::text, arguments -> 'secret' from mcp.usage_log where request_id = 'red-2' $$,
                  $$ values ('invalid_arguments', '"[redacted]"'::jsonb) $$,
                  'also when the call fails validation');
select is_empty($$ select * from mcp.usage_log u where u::text like '%hunter%' $$, 'no secret is anywhere in the log');
select ok((select starts_with(arguments ->> 'note', repeat('x', 200)) and char_length(arguments ->> 'note') between 200 and 201
           from mcp.usage_log where request_id = 'red-3'),
          'a 300-character string is cut to its first 200 characters');
select is((select arguments from mcp.usage_log where request_id = 'red-4') - '_bytes', '{"_truncated": true}'::jsonb,
          'arguments over 4 kB are replaced by a _truncated marker');
select cmp_ok((select (arguments ->> '_bytes')::integer from mcp.usage_log where request_id = 'red-4'), '>', 4096,
              'which gives their size in bytes');

-- short arguments take a shorter way (nothing to cut in 100 bytes): a sensitive one is still hidden
select is(mcp.redact_args('{"secret": "x"}', '{secret}'), '{"secret": "[redacted]"}'::jsonb,
          'a short argument list with a sensitive argument: redacted');
select is(mcp.redact_args('{"user": "ada", "n": 1, "tags": ["a"]}', '{secret}'), '{"user": "ada", "n": 1, "tags": ["a"]}'::jsonb,
          'a short one without: as given');
select is(mcp.redact_args(jsonb_build_object(repeat('k', 150), 1), '{}'), jsonb_build_object(repeat('k', 100), 1),
          'a key over 100 characters is cut to 100');
select is(mcp.redact_args('[1, "two"]', '{}'), '[1, "two"]'::jsonb, 'arguments that are not an object are kept as given');

select * from finish();
rollback;
