-- A failing handler is a CallToolResult with isError true. The project's own messages (P0002,
-- 22023, 22P02, 57014, MC*) reach the client; any other SQLSTATE (here 22012 from 1/0) is an
-- internal error: the client gets the request id, never the raw database text, and the usage
-- log keeps the real message. A handler returning a non-object is MC030 (internal_error).
begin;
select plan(12);

select tests.create_org('Acme') as org \gset
select tests.issue_token(:'org'::uuid, 'caller') as raw \gset

create function mcp_tools.tests_failing(args jsonb) returns jsonb
language plpgsql stable security definer set search_path = '' as $$
begin
  case args ->> 'mode'
    when 'missing' then
      raise exception 'invoice 17 not found' using errcode = 'P0002', hint = 'List invoices first.';
    when 'project' then
      raise exception 'token expired while rotating' using errcode = 'MC002';
    when 'divide' then
      perform 1 / 0;
    when 'array' then
      return '[1, 2]';
    else
      null;
  end case;
  return '{}';
end
$$;
select mcp.tool_register(name => 'tests_failing', title => 'Failing', description => 'Fails on demand.',
  handler => 'mcp_tools.tests_failing(jsonb)',
  input_schema => '{"type": "object", "properties": {"mode": {"type": "string"}}, "additionalProperties": false}',
  output_schema => '{"type": "object"}');

select tests.act_as('tests_gateway');
select public.mcp_tools_call(:'raw', 'tests_failing', '{"mode": "missing"}', '{"request_id": "err-missing"}') as missing \gset
select public.mcp_tools_call(:'raw', 'tests_failing', '{"mode": "project"}', '{"request_id": "err-project"}') as project \gset
select public.mcp_tools_call(:'raw', 'tests_failing', '{"mode": "divide"}', '{"request_id": "err-divide"}') as divide \gset
select public.mcp_tools_call(:'raw', 'tests_failing', '{"mode": "array"}', '{"request_id": "err-array"}') as bad_result \gset
select tests.act_as_owner();

select is(:'missing'::jsonb - 'content', '{"isError": true, "_meta": {"sqlstate": "P0002"}}'::jsonb,
          'P0002 from the handler: isError true, _meta.sqlstate P0002');
select matches(:'missing'::jsonb -> 'content' -> 0 ->> 'text', 'invoice 17 not found', 'its message reaches the client');
select is(:'project'::jsonb -> '_meta' ->> 'sqlstate', 'MC002', 'a project code from the handler is passed on');
select matches(:'project'::jsonb -> 'content' -> 0 ->> 'text', 'token expired while rotating',
               'with its message');

select is(:'divide'::jsonb - 'content', '{"isError": true, "_meta": {"sqlstate": "22012"}}'::jsonb,
          'division by zero in the handler: isError true with its SQLSTATE');
select matches(:'divide'::jsonb -> 'content' -> 0 ->> 'text', 'internal error.*err-divide',
               'the client is told it is an internal error, with the request id');
select unalike(:'divide'::jsonb::text, '%division by zero%', 'the raw database message does not reach the client');

select is(:'bad_result'::jsonb - 'content', '{"isError": true, "_meta": {"sqlstate": "MC030"}}'::jsonb,
          'a handler returning an array: isError true, MC030');
select unalike(:'bad_result'::jsonb::text, '%structuredContent%', 'and no structuredContent');

select results_eq(
  $$ select request_id, outcome::text, errcode, message from mcp.usage_log where request_id like 'err-%' order by request_id $$,
  $$ values ('err-array', 'internal_error', 'MC030', 'tool "tests_failing" returned array instead of a JSON object'),
            ('err-divide', 'tool_error', '22012', 'division by zero'),
            ('err-missing', 'tool_error', 'P0002', 'invoice 17 not found'),
            ('err-project', 'tool_error', 'MC002', 'token expired while rotating') $$,
  'the usage log keeps the real SQLSTATE and message of each failure'
);

-- the failed handler's work is undone, the pipeline's is not: the transaction goes on
select is((select count(*) from mcp.usage_log where request_id like 'err-%'), 4::bigint, 'every failed call left its row');
select tests.act_as('tests_gateway');
select is(public.mcp_tools_call(:'raw', 'tests_failing', '{}', '{}') -> 'isError', 'false'::jsonb,
          'the next call in the same transaction works');

select * from finish();
rollback;
