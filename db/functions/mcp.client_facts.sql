-- What the shim (or any caller) says about the client, normalised: never an error, since a bad
-- fact must not fail a call; unknown keys are ignored, strings cut, a bad IP dropped. Without a
-- client name (2025-era HTTP clients name themselves only at initialize), the User-Agent's first
-- product (`mcp-remote/0.15.1 ...`, `curl/8.1.2`) stands in for it.
-- Fact by fact: mcp.client_product, mcp.client_fact and mcp.client_ip (what the pipeline's log row uses).
create or replace function mcp.client_facts(
  client jsonb,
  out client_name text,
  out client_version text,
  out user_agent text,
  out ip inet,
  out request_id text
)
language plpgsql
immutable parallel unsafe -- an EXCEPTION block (here or in what it calls) is a subtransaction, which a parallel worker cannot start
-- no SET clause: on the hot path a SET costs a settings save and restore per call; callers run
-- with search_path = '' (the definer entry points and handlers) and names are qualified
as $$
declare
  product text[];
begin
  if jsonb_typeof(client) is distinct from 'object' or client = '{}' then
    return;
  end if;
  product := mcp.client_product(client);
  client_name := product[1];
  client_version := product[2];
  user_agent := mcp.client_fact(client, 'user_agent');
  request_id := mcp.client_fact(client, 'request_id');
  ip := mcp.client_ip(client);
end
$$;

comment on function mcp.client_facts(jsonb) is
  'Normalises the client facts object {client_name, client_version, user_agent, ip, request_id}: all optional, '
  'strings cut to 200/100/500/100 characters, an unparsable ip dropped, other keys ignored; without a client_name, '
  'the User-Agent''s first product (name/version) stands in. Never raises.';
revoke all on function mcp.client_facts(jsonb) from public;
