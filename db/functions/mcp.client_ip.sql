-- The client's IP address from the client facts object, or NULL when not given or not an address.
-- PL/pgSQL for the one thing SQL cannot do here, catching the cast's error; strings that cannot be
-- an address (wrong length, characters outside hex digits, ':' and '.') never reach the cast.
create or replace function mcp.client_ip(client jsonb)
returns inet
language plpgsql
immutable parallel safe
as $$
begin
  if char_length(client ->> 'ip') between 2 and 45 and client ->> 'ip' !~ '[^0-9A-Fa-f:.]' then
    return (client ->> 'ip')::inet;
  end if;
  return null;
exception when invalid_text_representation then
  return null;
end
$$;

comment on function mcp.client_ip(jsonb) is
  'The ip of the client facts object as inet; NULL when missing or unparsable. Never raises. For internal use.';
revoke all on function mcp.client_ip(jsonb) from public;
