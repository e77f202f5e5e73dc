-- tools/call with a valid token, an allowed tool and valid arguments answers the MCP
-- CallToolResult: one text content item holding the structuredContent as JSON text, the
-- structuredContent itself and isError false; the usage log records it as ok.
begin;
select plan(8);

select tests.create_org('Acme') as org \gset
select tests.issue_token(:'org'::uuid, 'ok caller') as raw \gset

create function mcp_tools.tests_echo(args jsonb) returns jsonb
language plpgsql stable security definer set search_path = '' as $$
begin
  return jsonb_build_object('echo', args -> 'word', 'n', 42);
end
$$;
select mcp.tool_register(name => 'tests_echo', title => 'Echo', description => 'Echoes its word.',
  handler => 'mcp_tools.tests_echo(jsonb)',
  input_schema => '{"type": "object", "properties": {"word": {"type": "string"}}, "additionalProperties": false}',
  output_schema => '{"type": "object"}');

select tests.act_as('tests_gateway');
select public.mcp_tools_call(:'raw', 'tests_echo', '{"word": "hello"}', '{"request_id": "ok-1"}') as answer \gset
select tests.act_as_owner();

select is(:'answer'::jsonb -> 'structuredContent', '{"echo": "hello", "n": 42}'::jsonb,
          'structuredContent is what the handler returned');
select is(:'answer'::jsonb -> 'isError', 'false'::jsonb, 'isError is false');
select is(jsonb_array_length(:'answer'::jsonb -> 'content'), 1, 'content has one item');
select is(:'answer'::jsonb -> 'content' -> 0 ->> 'type', 'text', 'the content item is of type text');
select is((:'answer'::jsonb -> 'content' -> 0 ->> 'text')::jsonb, :'answer'::jsonb -> 'structuredContent',
          'the content text parses back to the structuredContent');
select is((select array_agg(k order by k) from jsonb_object_keys(:'answer'::jsonb) k),
          array['content', 'isError', 'structuredContent'], 'the answer has exactly content, structuredContent and isError');

select results_eq(
  $$ select org_id, token_id, tool, outcome::text, errcode, message, arguments from mcp.usage_log where request_id = 'ok-1' $$,
  format($$ values (%L::uuid, %L::uuid, 'tests_echo', 'ok', null::text, null::text, '{"word": "hello"}'::jsonb) $$,
         :'org', tests.token_id(:'raw')),
  'the usage log row: org, token, tool, outcome ok, no errcode or message, the arguments'
);
select ok((select duration_us >= 0 and at between now() and clock_timestamp() from mcp.usage_log where request_id = 'ok-1'),
          'the row has a duration and the time the call started');

select * from finish();
rollback;
