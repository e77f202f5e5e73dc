create or replace function public.mcp_token_authenticate(raw_token text)
returns table (token_id uuid, org_id uuid)
language plpgsql
volatile
security definer
set search_path = ''
as $$
#variable_conflict use_variable
declare
  v record;
begin
  v := mcp.token_verify(raw_token);
  if v.failure is not null then
    -- one message for every reason, so that a caller learns nothing about which tokens exist
    raise exception 'invalid token'
      using errcode = '28000',
            hint = 'The token is missing, malformed, unknown, revoked or expired; ask an admin of your organisation for a new one.';
  end if;
  perform mcp.token_touch(v.token_id, v.last_used_at);
  token_id := v.token_id;
  org_id := v.org_id;
  return next;
end
$$;

comment on function public.mcp_token_authenticate(text) is
  'Authenticates a raw MCP token: returns its token_id and org_id and updates last_used_at (at most once a '
  'minute). A missing, malformed, unknown, revoked or expired token raises 28000 ''invalid token'', the same for '
  'every reason. Executable by mcp_gateway only.';
revoke all on function public.mcp_token_authenticate(text) from public;
grant execute on function public.mcp_token_authenticate(text) to mcp_gateway;
