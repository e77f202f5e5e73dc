-- The client facts object as the shim passes it (json, as the client sent its name and version),
-- as jsonb for mcp.client_facts: a fact jsonb cannot hold (\u0000, an unpaired surrogate, a number
-- beyond numeric's range) is dropped. SQL, inlined into the expression that uses it (every call's
-- entry point): plain facts (mcp.json_is_plain), nearly all, are cast there; only the others cost
-- mcp.client_json_escaped's call. A string body, so that it may come before the functions it calls
-- when the files are applied.
create or replace function mcp.client_json(client json)
returns jsonb
language sql
immutable parallel unsafe -- an EXCEPTION block (here or in what it calls) is a subtransaction, which a parallel worker cannot start
as $$
  select case when mcp.json_is_plain(client::text) then client::jsonb else mcp.client_json_escaped(client) end
$$;

comment on function mcp.client_json(json) is
  'Client facts json -> jsonb, dropping any fact jsonb cannot hold (a string holding \u0000 or an unpaired UTF-16 '
  'surrogate, a number beyond numeric''s range). Never raises on content.';
revoke all on function mcp.client_json(json) from public;
