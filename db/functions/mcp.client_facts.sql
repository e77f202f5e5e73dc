-- What the shim (or any caller) says about the client, normalised: never an error, since a bad
-- fact must not fail a call; unknown keys are ignored, strings cut, a bad IP dropped. Without a
-- client name (2025-era HTTP clients name themselves only at initialize), the User-Agent's first
-- product (`mcp-remote/0.15.1 ...`, `curl/8.1.2`) stands in for it.
create or replace function mcp.client_facts(
  client jsonb,
  out client_name text,
  out client_version text,
  out user_agent text,
  out ip inet,
  out request_id text
)
language plpgsql
immutable parallel safe
-- no SET clause: on the hot path a SET costs a settings save and restore per call; callers run
-- with search_path = '' (the definer entry points and handlers) and names are qualified
as $$
declare
  product text[];
begin
  -- no facts (a SQL caller's default '{}'): nothing to read, in one expression
  if jsonb_typeof(client) is distinct from 'object' or client = '{}' then
    return;
  end if;
  client_name := left(client ->> 'client_name', 200);
  client_version := left(client ->> 'client_version', 100);
  user_agent := left(client ->> 'user_agent', 500);
  request_id := left(client ->> 'request_id', 100);
  if nullif(btrim(client_name), '') is null and user_agent is not null then
    product := regexp_match(user_agent, '^\s*([^\s/()]+)(?:/([^\s()]+))?');
    client_name := left(product[1], 200);
    client_version := left(product[2], 100);
  end if;
  -- a character class, not '^[...]{2,45}$': PostgreSQL's regex engine pays dearly for a counted repeat
  if char_length(client ->> 'ip') between 2 and 45 and client ->> 'ip' !~ '[^0-9A-Fa-f:.]' then
    begin
      ip := (client ->> 'ip')::inet;
    exception when invalid_text_representation then
      ip := null;
    end;
  end if;
end
$$;

comment on function mcp.client_facts(jsonb) is
  'Normalises the client facts object {client_name, client_version, user_agent, ip, request_id}: all optional, '
  'strings cut to 200/100/500/100 characters, an unparsable ip dropped, other keys ignored; without a client_name, '
  'the User-Agent''s first product (name/version) stands in. Never raises.';
revoke all on function mcp.client_facts(jsonb) from public;
