create or replace function mcp.token_hash(raw_token text)
returns bytea
language sql
immutable strict parallel safe
set search_path = ''
as $$
  select sha256(convert_to(raw_token, 'UTF8'))
$$;

comment on function mcp.token_hash(text) is
  'sha-256 of the token text: the only form of a token that is stored (public.mcp_tokens.token_hash).';
revoke all on function mcp.token_hash(text) from public;
grant execute on function mcp.token_hash(text) to mcp_app_user;
