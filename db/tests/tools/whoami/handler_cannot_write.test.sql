-- A tool handler cannot write to the org's data. Two barriers stand in the way, and each is pinned
-- here: the handler contract makes it STABLE, so a write in its own body is refused (0A000, "not
-- allowed in a non-volatile function"); and mcp.tool_register gives it to mcp_reader, which may
-- only read, so a write that slips past read-only mode (through a VOLATILE SECURITY INVOKER
-- helper, which runs as mcp_reader) is refused with 42501. Tried: an INSERT into app.pages, an
-- UPDATE of app.data_tables, a DELETE from app.agents; the data are unchanged afterwards.
begin;
select plan(9);

select tests.create_org('Acme') as org \gset
insert into app.data_tables (org_id, id, name) values (:'org', 'a0000000-0000-4000-8000-000000000001', 'Customers');
insert into app.agents (org_id, id, name, model) values (:'org', 'a9000000-0000-4000-8000-000000000001', 'Helper', 'claude-sonnet-4');
select tests.issue_token(:'org'::uuid, 'writer') as raw \gset

-- runs with its caller's privileges (the handler's owner, mcp_reader), outside read-only mode
create function tests.write_as_caller(what text) returns void
language plpgsql volatile set search_path = '' as $$
begin
  case what
    when 'insert' then insert into app.pages (org_id, title) values (mcp.current_org_id(), 'x');
    when 'update' then update app.data_tables set name = 'Hacked' where org_id = mcp.current_org_id();
    when 'delete' then delete from app.agents where org_id = mcp.current_org_id();
  end case;
end
$$;
grant execute on function tests.write_as_caller(text) to mcp_reader;

create function mcp_tools.tests_write(args jsonb) returns jsonb
language plpgsql stable security definer set search_path = '' as $$
begin
  case args ->> 'what'
    when 'insert' then
      insert into app.pages (org_id, title) values (mcp.current_org_id(), 'x');
    when 'update' then
      update app.data_tables set name = 'Hacked' where org_id = mcp.current_org_id();
    when 'delete' then
      delete from app.agents where org_id = mcp.current_org_id();
    else
      perform tests.write_as_caller(args ->> 'via');
  end case;
  return '{}';
end
$$;
select mcp.tool_register(name => 'tests_write', title => 'Write', description => 'Tries to write.',
  handler => 'mcp_tools.tests_write(jsonb)',
  input_schema => '{"type": "object", "properties": {"what": {"type": "string"}, "via": {"type": "string"}}, "additionalProperties": false}',
  output_schema => '{"type": "object"}');

select is((select pg_get_userbyid(proowner)::text from pg_proc where oid = 'mcp_tools.tests_write(jsonb)'::regprocedure),
          'mcp_reader', 'registering gave the handler to mcp_reader');

create temp table answers (k text, answer jsonb) on commit drop;
grant insert, select on answers to public;
select tests.act_as('tests_gateway');
insert into answers values ('1 insert', public.mcp_tools_call(:'raw', 'tests_write', '{"what": "insert"}', '{"request_id": "w-1"}'));
insert into answers values ('2 update', public.mcp_tools_call(:'raw', 'tests_write', '{"what": "update"}', '{"request_id": "w-2"}'));
insert into answers values ('3 delete', public.mcp_tools_call(:'raw', 'tests_write', '{"what": "delete"}', '{"request_id": "w-3"}'));
insert into answers values ('4 insert as mcp_reader', public.mcp_tools_call(:'raw', 'tests_write', '{"via": "insert"}', '{"request_id": "w-4"}'));
insert into answers values ('5 update as mcp_reader', public.mcp_tools_call(:'raw', 'tests_write', '{"via": "update"}', '{"request_id": "w-5"}'));
insert into answers values ('6 delete as mcp_reader', public.mcp_tools_call(:'raw', 'tests_write', '{"via": "delete"}', '{"request_id": "w-6"}'));
select tests.act_as_owner();

select results_eq(
  $$ select k, answer - 'content' from answers where k < '4' order by k $$,
  $$ values ('1 insert', '{"isError": true, "_meta": {"sqlstate": "0A000"}}'::jsonb),
            ('2 update', '{"isError": true, "_meta": {"sqlstate": "0A000"}}'::jsonb),
            ('3 delete', '{"isError": true, "_meta": {"sqlstate": "0A000"}}'::jsonb) $$,
  'a write in the STABLE handler itself: isError true with 0A000'
);
select results_eq(
  $$ select k, answer - 'content' from answers where k >= '4' order by k $$,
  $$ values ('4 insert as mcp_reader', '{"isError": true, "_meta": {"sqlstate": "42501"}}'::jsonb),
            ('5 update as mcp_reader', '{"isError": true, "_meta": {"sqlstate": "42501"}}'::jsonb),
            ('6 delete as mcp_reader', '{"isError": true, "_meta": {"sqlstate": "42501"}}'::jsonb) $$,
  'the same writes as mcp_reader outside read-only mode: isError true with 42501 (insufficient privilege)'
);
select results_eq(
  $$ select request_id, outcome::text, errcode, message from mcp.usage_log where request_id like 'w-%' order by request_id $$,
  $$ values ('w-1', 'tool_error', '0A000', 'INSERT is not allowed in a non-volatile function'),
            ('w-2', 'tool_error', '0A000', 'UPDATE is not allowed in a non-volatile function'),
            ('w-3', 'tool_error', '0A000', 'DELETE is not allowed in a non-volatile function'),
            ('w-4', 'tool_error', '42501', 'permission denied for table pages'),
            ('w-5', 'tool_error', '42501', 'permission denied for table data_tables'),
            ('w-6', 'tool_error', '42501', 'permission denied for table agents') $$,
  'the usage log keeps the real reasons'
);
select is_empty($$ select k from answers where answer -> 'content' -> 0 ->> 'text' not like '%internal error%' $$,
                'the client is told of an internal error each time, not the database''s text');
select is_empty(format($$ select from app.pages where org_id = %L $$, :'org'), 'no page was inserted');
select results_eq(format($$ select name from app.data_tables where org_id = %L $$, :'org'), $$ values ('Customers') $$,
                  'the data table keeps its name');
select results_eq(format($$ select name from app.agents where org_id = %L $$, :'org'), $$ values ('Helper') $$,
                  'the agent is still there');
select is((select count(*) from answers where answer -> 'isError' = 'true'::jsonb), 6::bigint, 'all six attempts failed');

select * from finish();
rollback;
