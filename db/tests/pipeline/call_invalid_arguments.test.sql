-- Invalid arguments, whether caught by the pipeline's validation against the input schema or
-- raised by the handler itself as 22023/22P02, are a CallToolResult with isError true, the message
-- as text and the SQLSTATE in _meta; the usage log records outcome invalid_arguments.
begin;
select plan(10);

select tests.create_org('Acme') as org \gset
select tests.issue_token(:'org'::uuid, 'caller') as raw \gset

create function mcp_tools.tests_picky(args jsonb) returns jsonb
language plpgsql stable security definer set search_path = '' as $$
begin
  if args ->> 'mode' = 'param' then
    raise exception 'argument "mode": param is not accepted today' using errcode = '22023';
  elsif args ->> 'mode' = 'text' then
    raise exception 'argument "mode": not a valid representation' using errcode = '22P02';
  end if;
  return '{}';
end
$$;
select mcp.tool_register(name => 'tests_picky', title => 'Picky', description => 'Refuses some modes.',
  handler => 'mcp_tools.tests_picky(jsonb)',
  input_schema => '{"type": "object", "properties": {"mode": {"type": "string"}, "n": {"type": "integer"}}, "additionalProperties": false}',
  output_schema => '{"type": "object"}');

select tests.act_as('tests_gateway');
select public.mcp_tools_call(:'raw', 'tests_picky', '{"nope": 1}', '{"request_id": "inv-unknown"}') as unknown_arg \gset
select public.mcp_tools_call(:'raw', 'tests_picky', '{"n": "seven"}', '{"request_id": "inv-type"}') as wrong_type \gset
select public.mcp_tools_call(:'raw', 'tests_picky', '{"mode": "param"}', '{"request_id": "inv-22023"}') as handler_22023 \gset
select public.mcp_tools_call(:'raw', 'tests_picky', '{"mode": "text"}', '{"request_id": "inv-22P02"}') as handler_22p02 \gset
select tests.act_as_owner();

select is(:'unknown_arg'::jsonb - 'content',
          '{"isError": true, "_meta": {"sqlstate": "22023"}}'::jsonb,
          'an unknown argument: isError true and _meta.sqlstate 22023, no structuredContent');
select matches(:'unknown_arg'::jsonb -> 'content' -> 0 ->> 'text', '"nope"', 'the text names the unknown argument');
select is(:'unknown_arg'::jsonb -> 'content' -> 0 ->> 'type', 'text', 'the message is a text content item');
select is(:'wrong_type'::jsonb -> '_meta' ->> 'sqlstate', '22023', 'a wrong type: 22023');
select matches(:'wrong_type'::jsonb -> 'content' -> 0 ->> 'text', '"n"', 'the text names the argument of the wrong type');
select is(:'handler_22023'::jsonb - 'content', '{"isError": true, "_meta": {"sqlstate": "22023"}}'::jsonb,
          'a handler raising 22023: isError true, _meta.sqlstate 22023');
select matches(:'handler_22023'::jsonb -> 'content' -> 0 ->> 'text', 'param is not accepted today',
               'the handler''s message reaches the client');
select is(:'handler_22p02'::jsonb - 'content', '{"isError": true, "_meta": {"sqlstate": "22P02"}}'::jsonb,
          'a handler raising 22P02: isError true, _meta.sqlstate 22P02');
select matches(:'handler_22p02'::jsonb -> 'content' -> 0 ->> 'text', 'not a valid representation',
               'the handler''s 22P02 message reaches the client');

select results_eq(
  $$ select request_id, outcome::text, errcode from mcp.usage_log where request_id like 'inv-%' order by request_id $$,
  $$ values ('inv-22023', 'invalid_arguments', '22023'), ('inv-22P02', 'invalid_arguments', '22P02'),
            ('inv-type', 'invalid_arguments', '22023'), ('inv-unknown', 'invalid_arguments', '22023') $$,
  'each is logged as invalid_arguments with its SQLSTATE'
);

select * from finish();
rollback;
