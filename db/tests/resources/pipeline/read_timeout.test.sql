-- A read handler cancelled by the statement timeout is answered (not raised) with 57014, logged
-- as a resources/read with outcome timeout, and the transaction goes on.
begin;
select plan(3);

select tests.create_org('Acme') as org \gset
select tests.issue_token(:'org'::uuid, 'caller') as raw \gset

create function mcp_tools.tests_slow(args jsonb) returns jsonb
language plpgsql stable security definer set search_path = '' as $$
begin
  perform pg_catalog.pg_sleep(2);
  return '{"resources": [], "contents": []}';
end
$$;
select mcp.resource_kind_register(name => 'tests.slow', title => 'Slow', description => 'Sleeps for two seconds.',
  uri_prefix => 'tests://slow/', mime_type => 'text/plain',
  list_handler => 'mcp_tools.tests_slow(jsonb)', read_handler => 'mcp_tools.tests_slow(jsonb)');

select tests.act_as('tests_gateway');
set local statement_timeout = '300ms';
select public.mcp_resources_read_json(:'raw', '{"uri": "tests://slow/1"}', '{"request_id": "rslow-1"}') as answer \gset
set local statement_timeout = 0;
select tests.act_as_owner();

select is(:'answer'::jsonb -> 'error' ->> 'sqlstate', '57014', 'the timed-out read answers 57014');
select results_eq($$ select tool, outcome::text, errcode from mcp.usage_log where request_id = 'rslow-1' $$,
                  $$ values ('resources/read', 'timeout', '57014') $$, 'logged as a timeout');
select tests.act_as('tests_gateway');
select is(public.mcp_resource_templates_list_json(:'raw', '{}', '{}') ->> 'cacheScope', 'private',
          'the transaction goes on: the next request works');

select * from finish();
rollback;
