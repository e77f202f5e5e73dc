-- One client fact from the client facts object {client_name, client_version, user_agent, ip,
-- request_id}, normalised as mcp.client_facts normalises them all: the user agent cut to 500
-- characters, the request id to 100 (the name and version: mcp.client_product; the ip:
-- mcp.client_ip). SQL with a RETURN body, no SET clause: the planner inlines it into the statement
-- that writes the fact (the usage log's INSERT), so that a call pays for no function call and no
-- record per fact. Never raises; NULL for a fact not given, or an unknown one.
create or replace function mcp.client_fact(client jsonb, fact text)
returns text
language sql
immutable parallel safe
return case fact
  when 'user_agent' then pg_catalog.left(client ->> 'user_agent', 500)
  when 'request_id' then pg_catalog.left(client ->> 'request_id', 100)
end;

comment on function mcp.client_fact(jsonb, text) is
  'One normalised client fact (user_agent or request_id) from the client facts object, as mcp.client_facts gives it; '
  'NULL when not given. Inlined into the statement that uses it. For internal use.';
revoke all on function mcp.client_fact(jsonb, text) from public;
