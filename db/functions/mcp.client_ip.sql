-- The client's IP address from the client facts object, or NULL when not given or not an address.
-- SQL with a RETURN body, inlined into the statement that uses it: an IPv4 address in dotted
-- decimal without leading zeros (what the shim sends, also as Node's IPv4-mapped ::ffff:a.b.c.d),
-- which the pattern proves castable, is cast here; anything else goes to mcp.client_address, whose
-- error-catching block is a subtransaction (~7 µs of a call, measured with track_functions).
create or replace function mcp.client_ip(client jsonb)
returns inet
language sql
immutable parallel unsafe -- an EXCEPTION block (here or in what it calls) is a subtransaction, which a parallel worker cannot start
return case
  when (client ->> 'ip') ~ '^(::ffff:)?(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(\.(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3}$'
    then (client ->> 'ip')::inet
  else mcp.client_address(client ->> 'ip')
end;

comment on function mcp.client_ip(jsonb) is
  'The ip of the client facts object as inet; NULL when missing or unparsable. Never raises. Inlined into the '
  'statement that uses it. For internal use.';
revoke all on function mcp.client_ip(jsonb) from public;
