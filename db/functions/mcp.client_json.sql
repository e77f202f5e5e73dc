-- The client facts object as the shim passes it (json, as the client sent its name and version),
-- as jsonb for mcp.client_facts: a fact jsonb cannot hold (\u0000, an unpaired surrogate) is dropped.
-- SQL, inlined into the expression that uses it (every call's entry point): facts without a \u
-- escape, nearly all, are cast there; only the others cost mcp.client_json_escaped's call. A string
-- body, so that it may come before the function it calls when the files are applied.
-- Unlike the params (mcp.json_is_plain), the facts are not tested for a number beyond numeric's
-- range (1e1000000), a test that costs every call ~10k instructions: the facts are what the
-- gateway itself states, strings all (the shim's come from JSON.stringify, whose numbers are
-- doubles), and such a number raises 22003 to the gateway that wrote it.
create or replace function mcp.client_json(client json)
returns jsonb
language sql
immutable parallel unsafe -- an EXCEPTION block (here or in what it calls) is a subtransaction, which a parallel worker cannot start
as $$
  select case when strpos(client::text, '\u') = 0 then client::jsonb else mcp.client_json_escaped(client) end
$$;

comment on function mcp.client_json(json) is
  'Client facts json -> jsonb, dropping any fact whose string jsonb cannot hold (\u0000, an unpaired UTF-16 '
  'surrogate), or, when the facts also hold a \u escape, a number numeric cannot hold. Never raises on strings; a '
  'number beyond numeric''s range in facts without a \u escape raises 22003.';
revoke all on function mcp.client_json(json) from public;
