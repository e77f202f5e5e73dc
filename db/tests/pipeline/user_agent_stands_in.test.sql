-- Without a client name (2025-era HTTP clients send clientInfo only at initialize), the usage log
-- takes the User-Agent's first product as name and version; a given name wins (as it is stored:
-- cut to 200 characters).
begin;
select plan(7);

select is((select row(client_name, client_version)::text from mcp.client_facts('{"user_agent": "mcp-remote/0.15.1 node/20"}')),
          '(mcp-remote,0.15.1)', 'name and version from the first product');
select is((select row(client_name, client_version)::text from mcp.client_facts('{"user_agent": "node"}')),
          '(node,)', 'a product without a version');
select is((select row(client_name, client_version)::text
           from mcp.client_facts('{"client_name": "claude-code", "client_version": "2.1", "user_agent": "node"}')),
          '(claude-code,2.1)', 'a client name given wins over the User-Agent');
select is((select row(client_name, client_version)::text from mcp.client_facts('{"request_id": "r"}')),
          '(,)', 'neither: both null');

-- the name is cut to 200 characters first: a name blank in those is no name
select is((select row(client_name, client_version)::text
           from mcp.client_facts(jsonb_build_object('client_name', repeat(' ', 200) || 'real', 'client_version', '9',
                                                    'user_agent', 'curl/8.1.2'))),
          '(curl,8.1.2)', 'a name blank in its first 200 characters: the User-Agent stands in');
select is(mcp.client_product(jsonb_build_object('client_name', repeat(' ', 200) || 'real', 'user_agent', 'curl/8.1.2')),
          '{curl,8.1.2}'::text[], 'and so for the usage log''s INSERT, which reads mcp.client_product');

-- and a call's usage-log row, which the pipeline writes with the name and version computed once
select tests.create_org('UA') as org \gset
select tests.issue_token(:'org'::uuid) as raw \gset
select tests.act_as('tests_gateway');
select public.mcp_tools_call(:'raw', 'get_current_time', '{}', '{"user_agent": "mcp-remote/0.15.1 node/20", "request_id": "ua-1"}') is not null as called \gset
select tests.act_as_owner();
select results_eq($$ select client_name, client_version, user_agent from mcp.usage_log where request_id = 'ua-1' $$,
                  $$ values ('mcp-remote', '0.15.1', 'mcp-remote/0.15.1 node/20') $$,
                  'the usage log row of a call without a client name takes the User-Agent''s product');

select * from finish();
rollback;
