-- The client facts object as the shim passes it (json, as the client sent its name and version),
-- as jsonb for mcp.client_facts: a fact jsonb cannot hold (\u0000, an unpaired surrogate) is dropped.
-- SQL, inlined into the expression that uses it (every call's entry point): facts without a \u
-- escape, nearly all, are cast there; only the others cost mcp.client_json_escaped's call. A string
-- body, so that it may come before the function it calls when the files are applied.
create or replace function mcp.client_json(client json)
returns jsonb
language sql
immutable parallel unsafe -- an EXCEPTION block (here or in what it calls) is a subtransaction, which a parallel worker cannot start
as $$
  select case when strpos(client::text, '\u') = 0 then client::jsonb else mcp.client_json_escaped(client) end
$$;

comment on function mcp.client_json(json) is
  'Client facts json -> jsonb, dropping any fact whose string jsonb cannot hold (\u0000, an unpaired UTF-16 '
  'surrogate). Never raises on content.';
revoke all on function mcp.client_json(json) from public;
