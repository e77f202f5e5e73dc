create or replace function mcp.token_is_well_formed(raw_token text)
returns boolean
language sql
immutable parallel safe
set search_path = ''
as $$
  select coalesce(
    raw_token ~ '^p88_[0-9A-Za-z]{38}$'
    and mcp.token_checksum(substr(raw_token, 5, 32)) = substr(raw_token, 37, 6),
    false
  )
$$;

comment on function mcp.token_is_well_formed(text) is
  'True when the text has the MCP token format (p88_ + 32 base62 + 6 checksum) and its checksum matches. '
  'A cheap offline test: a typo or a pasted fragment fails here before any lookup.';
revoke all on function mcp.token_is_well_formed(text) from public;
grant execute on function mcp.token_is_well_formed(text) to mcp_app_user;
