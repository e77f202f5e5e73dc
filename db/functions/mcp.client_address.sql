-- A string as inet, or NULL when it is not an address: PL/pgSQL for the one thing SQL cannot do
-- here, catching the cast's error. Strings that cannot be an address (wrong length, characters
-- outside hex digits, ':' and '.') never reach the cast. mcp.client_ip calls it only for what its
-- own check does not prove an IPv4 address.
create or replace function mcp.client_address(ip text)
returns inet
language plpgsql
immutable parallel unsafe -- an EXCEPTION block (here or in what it calls) is a subtransaction, which a parallel worker cannot start
as $$
begin
  if char_length(ip) between 2 and 45 and ip !~ '[^0-9A-Fa-f:.]' then
    return ip::inet;
  end if;
  return null;
exception when invalid_text_representation then
  return null;
end
$$;

comment on function mcp.client_address(text) is
  'ip as inet; NULL when NULL or unparsable (only bare addresses: no netmask, zone or spaces). Never raises. For internal use.';
revoke all on function mcp.client_address(text) from public;
