create or replace function mcp.token_checksum(body text)
returns text
language sql
immutable strict parallel safe
set search_path = ''
as $$
  select mcp.base62_encode(mcp.crc32(convert_to(body, 'UTF8')), 6)
$$;

comment on function mcp.token_checksum(text) is
  'The 6-character base62 checksum of a token body: CRC-32 of the body, as GitHub tokens do.';
revoke all on function mcp.token_checksum(text) from public;
grant execute on function mcp.token_checksum(text) to mcp_app_user;
