-- Without a client name (2025-era HTTP clients send clientInfo only at initialize), the usage log
-- takes the User-Agent's first product as name and version; a given name wins (as it is stored:
-- cut to 200 characters).
begin;
select plan(6);

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
select is(mcp.client_fact(jsonb_build_object('client_name', repeat(' ', 200) || 'real', 'user_agent', 'curl/8.1.2'), 'client_name'),
          'curl', 'and so in the usage log''s INSERT, which reads mcp.client_fact');

select * from finish();
rollback;
