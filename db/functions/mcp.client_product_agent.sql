-- The first product of a User-Agent (`mcp-remote/0.15.1 ...`, `curl/8.1.2`) as [name, version],
-- read from its first 500 characters and cut to 200 and 100: mcp.client_product's stand-in for a
-- client that does not name itself. plpgsql, to run the regular expression once for both.
create or replace function mcp.client_product_agent(user_agent text)
returns text[]
language plpgsql
immutable parallel safe
as $$
declare
  m text[] := regexp_match(left(user_agent, 500), '^\s*([^\s/()]+)(?:/([^\s()]+))?');
begin
  return array[left(m[1], 200), left(m[2], 100)];
end
$$;

comment on function mcp.client_product_agent(text) is
  'The User-Agent''s first product as [name, version] (NULLs when it has none), for mcp.client_product. Never raises. '
  'For internal use.';
revoke all on function mcp.client_product_agent(text) from public;
