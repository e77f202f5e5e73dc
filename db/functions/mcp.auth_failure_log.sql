create or replace function mcp.auth_failure_log(
  reason text, token_prefix text, org_id uuid, token_id uuid, client jsonb
)
returns void
language sql
volatile
set search_path = ''
as $$
  insert into mcp.auth_failures
    (at, reason, token_prefix, org_id, token_id, client_name, client_version, user_agent, ip, request_id, issuer, subject)
  select clock_timestamp(), reason, token_prefix, org_id, token_id,
         f.client_name, f.client_version, f.user_agent, f.ip, f.request_id,
         left(client -> 'principal' -> 'claims' ->> 'iss', 500), left(client -> 'principal' -> 'claims' ->> 'sub', 255)
  from mcp.client_facts(client) f
$$;

comment on function mcp.auth_failure_log(text, text, uuid, uuid, jsonb) is
  'Writes one mcp.auth_failures row (never the raw token: the caller passes only the prefix of a well-formed one); '
  'for an OAuth user, the verified issuer and subject from client.principal.claims.';
revoke all on function mcp.auth_failure_log(text, text, uuid, uuid, jsonb) from public;
