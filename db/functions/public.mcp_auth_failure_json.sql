-- Entry point for the one refusal the shim makes itself: an access token (JWT) whose signature,
-- key, algorithm, issuer, audience or lifetime it refused. Nothing of the token reaches SQL; the
-- row says why and who sent it (client facts), as for a bad p88_ token, so that one audit query
-- sees every failed sign-in.
create or replace function public.mcp_auth_failure_json(reason text, client json default '{}')
returns void
language plpgsql
volatile
security definer
set search_path = ''
as $$
begin
  if reason is null or reason not in ('jwt_expired', 'jwt_refused') then
    raise exception 'reason must be jwt_expired or jwt_refused, not %', coalesce(reason, 'NULL')
      using errcode = '22023', hint = 'Every other failure is found and logged by the entry points themselves.';
  end if;
  -- no principal: whatever claims a refused token made are the sender's word, not an identity
  perform mcp.auth_failure_log(reason, null, null, null,
                               case when json_typeof(client) = 'object' then mcp.client_json(client) - 'principal' else '{}' end);
end
$$;

comment on function public.mcp_auth_failure_json(text, json) is
  'Logs an access token (JWT) the shim refused in mcp.auth_failures: reason jwt_expired (expired, not yet valid) or '
  'jwt_refused (signature, key, algorithm, issuer, audience); client: the client facts (ip, user agent, request id), '
  'no claims (they are unverified). 22023 for any other reason. Executable by mcp_gateway only.';
revoke all on function public.mcp_auth_failure_json(text, json) from public;
grant execute on function public.mcp_auth_failure_json(text, json) to mcp_gateway;
