-- p88_ + 32 base62 characters (190 bits of randomness) + 6-character CRC-32 checksum = 42 characters.
-- The randomness comes from gen_random_uuid(), which PostgreSQL (13+) draws from its strong random
-- source (pg_strong_random, i.e. OpenSSL): only the 14 fully random bytes of each v4 UUID are used
-- (the version and variant bits are skipped), 28 bytes = 224 bits, reduced to 32 base62 digits.
-- Built-ins only, so no pgcrypto and no dependency on the schema an extension lives in.
create or replace function mcp.token_generate()
returns text
language plpgsql
volatile parallel safe
set search_path = ''
as $$
declare
  b bytea := uuid_send(gen_random_uuid()) || uuid_send(gen_random_uuid());
  n numeric := 0;
  body text;
begin
  for i in 0 .. 31 loop
    -- bytes 6 and 8 of each UUID carry the version and variant bits
    if i % 16 not in (6, 8) then
      n := n * 256 + get_byte(b, i);
    end if;
  end loop;
  body := mcp.base62_encode(mod(n, 62::numeric ^ 32), 32);
  return 'p88_' || body || mcp.token_checksum(body);
end
$$;

comment on function mcp.token_generate() is
  'A new random MCP token: p88_ + 32 base62 characters (190 bits) + 6-character checksum. Not stored anywhere.';
revoke all on function mcp.token_generate() from public;
grant execute on function mcp.token_generate() to mcp_app_user;
