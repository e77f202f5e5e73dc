-- Without a client name (2025-era HTTP clients send clientInfo only at initialize), the usage log
-- takes the User-Agent's first product as name and version; a given name wins.
begin;
select plan(4);

select is((select row(client_name, client_version)::text from mcp.client_facts('{"user_agent": "mcp-remote/0.15.1 node/20"}')),
          '(mcp-remote,0.15.1)', 'name and version from the first product');
select is((select row(client_name, client_version)::text from mcp.client_facts('{"user_agent": "node"}')),
          '(node,)', 'a product without a version');
select is((select row(client_name, client_version)::text
           from mcp.client_facts('{"client_name": "claude-code", "client_version": "2.1", "user_agent": "node"}')),
          '(claude-code,2.1)', 'a client name given wins over the User-Agent');
select is((select row(client_name, client_version)::text from mcp.client_facts('{"request_id": "r"}')),
          '(,)', 'neither: both null');

select * from finish();
rollback;
