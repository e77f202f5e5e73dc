-- Resources count against the token's rate limit like tools/call (one bucket): with 2 a minute, a
-- tools/call and a resources/list are admitted, then resources/read is refused with MC020 and
-- retry_after, logged rate_limited.
begin;
select plan(4);

select tests.create_org('Acme') as org \gset
insert into app.pages (org_id, id, title) values (:'org', 'b0000000-0000-4000-8000-000000000001', 'P');
select tests.issue_token(:'org'::uuid, 'two a minute', rate_limit => 2) as raw \gset

select tests.act_as('tests_gateway');
select is(public.mcp_tools_call(:'raw', 'whoami', '{}', '{}') -> 'isError', 'false'::jsonb, 'a tool call is admitted');
select ok(public.mcp_resources_list_json(:'raw', '{}', '{}') ? 'resources', 'then resources/list');
select public.mcp_resources_read_json(:'raw', '{"uri": "pgmcp://pages/b0000000-0000-4000-8000-000000000001"}',
                                      '{"request_id": "rl-read"}') as refused \gset
select tests.act_as_owner();

select ok(:'refused'::jsonb -> 'error' ->> 'sqlstate' = 'MC020' and (:'refused'::jsonb -> 'error' ->> 'retry_after')::integer between 1 and 60,
          'the third request is refused: MC020 with retry_after');
select results_eq($$ select tool, outcome::text, errcode from mcp.usage_log where request_id = 'rl-read' $$,
                  $$ values ('resources/read', 'rate_limited', 'MC020') $$, 'logged rate_limited');

select * from finish();
rollback;
