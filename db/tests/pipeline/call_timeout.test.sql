-- A handler cancelled by the statement timeout is answered (not raised): isError true with
-- _meta.sqlstate 57014, logged with outcome timeout and errcode 57014, and the transaction goes on.
begin;
select plan(4);

select tests.create_org('Acme') as org \gset
select tests.issue_token(:'org'::uuid, 'caller') as raw \gset

create function mcp_tools.tests_slow(args jsonb) returns jsonb
language plpgsql stable security definer set search_path = '' as $$
begin
  perform pg_catalog.pg_sleep(2);
  return '{}';
end
$$;
select mcp.tool_register(name => 'tests_slow', title => 'Slow', description => 'Sleeps for two seconds.',
  handler => 'mcp_tools.tests_slow(jsonb)',
  input_schema => '{"type": "object", "properties": {}, "additionalProperties": false}',
  output_schema => '{"type": "object"}');

select tests.act_as('tests_gateway');
set local statement_timeout = '300ms';
select public.mcp_tools_call(:'raw', 'tests_slow', '{}', '{"request_id": "slow-1"}') as answer \gset
set local statement_timeout = 0;
select tests.act_as_owner();

select is(:'answer'::jsonb - 'content', '{"isError": true, "_meta": {"sqlstate": "57014"}}'::jsonb,
          'the timed-out call answers isError true with _meta.sqlstate 57014');
select is(:'answer'::jsonb -> 'content' -> 0 ->> 'type', 'text', 'with a text message');
select results_eq(
  $$ select outcome::text, errcode from mcp.usage_log where request_id = 'slow-1' $$,
  $$ values ('timeout', '57014') $$,
  'the usage log records outcome timeout with errcode 57014'
);

select tests.act_as('tests_gateway');
select is(public.mcp_tools_call(:'raw', 'get_current_time', '{}', '{}') -> 'isError', 'false'::jsonb,
          'the transaction goes on: the next call works');

select * from finish();
rollback;
