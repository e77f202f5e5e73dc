-- The client's name and version from the client facts object, as the usage log stores them: the
-- client_name and client_version cut to 200 and 100 characters; without a client name (blank in
-- its first 200 characters), the User-Agent's first product (name/version, from its first 500
-- characters) stands in for both. SQL, inlined into the expression that uses it (every call's): a
-- client that names itself, nearly every one, is answered there; only the others cost
-- mcp.client_product_agent's call and its regular expression. A string body, so that it may come
-- before the function it calls when the files are applied. Never raises.
create or replace function mcp.client_product(client jsonb)
returns text[]
language sql
immutable parallel safe
as $$
  select case when nullif(btrim(left(client ->> 'client_name', 200)), '') is null and client ->> 'user_agent' is not null
              then mcp.client_product_agent(client ->> 'user_agent')
              else array[left(client ->> 'client_name', 200), left(client ->> 'client_version', 100)] end
$$;

comment on function mcp.client_product(jsonb) is
  'The client''s [name, version] from the client facts object, as mcp.client_facts gives them (the User-Agent''s first '
  'product when no client_name is given). Never raises. For internal use.';
revoke all on function mcp.client_product(jsonb) from public;
