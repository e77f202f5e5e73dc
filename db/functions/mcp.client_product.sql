-- The client's name and version from the client facts object, as the usage log stores them: the
-- client_name and client_version cut to 200 and 100 characters; without a client name (blank in
-- its first 200 characters), the User-Agent's first product (name/version, from its first 500
-- characters) stands in for both. Together because they share one regular expression, run at
-- most once a call (inlined SQL would repeat it for each of the two). Never raises.
create or replace function mcp.client_product(client jsonb)
returns text[]
language plpgsql
immutable parallel safe
as $$
declare
  m text[];
begin
  if nullif(btrim(left(client ->> 'client_name', 200)), '') is null and client ->> 'user_agent' is not null then
    m := regexp_match(left(client ->> 'user_agent', 500), '^\s*([^\s/()]+)(?:/([^\s()]+))?');
    return array[left(m[1], 200), left(m[2], 100)];
  end if;
  return array[left(client ->> 'client_name', 200), left(client ->> 'client_version', 100)];
end
$$;

comment on function mcp.client_product(jsonb) is
  'The client''s [name, version] from the client facts object, as mcp.client_facts gives them (the User-Agent''s first '
  'product when no client_name is given). Never raises. For internal use.';
revoke all on function mcp.client_product(jsonb) from public;
