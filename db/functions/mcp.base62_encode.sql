-- Fixed-width base62 (0-9, A-Z, a-z) of a non-negative integer, most significant digit first.
create or replace function mcp.base62_encode(n numeric, width integer)
returns text
language plpgsql
immutable strict parallel safe
set search_path = ''
as $$
declare
  digits constant text := '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
  encoded text := '';
begin
  if n < 0 or n <> trunc(n) then
    raise exception 'base62_encode: % is not a non-negative integer', n using errcode = '22023';
  end if;
  for i in 1 .. width loop
    encoded := substr(digits, (n % 62)::integer + 1, 1) || encoded;
    n := div(n, 62);
  end loop;
  if n > 0 then
    raise exception 'base62_encode: the value needs more than % digits', width using errcode = '22023';
  end if;
  return encoded;
end
$$;

comment on function mcp.base62_encode(numeric, integer) is
  'The integer n as exactly width base62 digits (0-9A-Za-z), left-padded with 0; 22023 if it does not fit.';
revoke all on function mcp.base62_encode(numeric, integer) from public;
grant execute on function mcp.base62_encode(numeric, integer) to mcp_app_user;
