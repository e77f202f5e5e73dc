-- The client facts object as the shim passes it (json, as the client sent its name and version),
-- as jsonb for mcp.client_facts: a fact jsonb cannot hold (\u0000, an unpaired surrogate) is dropped.
create or replace function mcp.client_json(client json)
returns jsonb
language plpgsql
immutable parallel unsafe -- an EXCEPTION block (here or in what it calls) is a subtransaction, which a parallel worker cannot start
-- no SET clause: it runs on every call, and a SET costs a settings save and restore each time; only
-- definer functions need one, and the callers (entry points) run with search_path = ''
as $$
declare
  facts record;
begin
  if strpos(client::text, '\u') = 0 then -- no escape (nearly always): as mcp.json_to_jsonb would, without its call
    return client::jsonb;
  end if;
  facts := mcp.json_to_jsonb(client);
  if facts.bad_paths is null then
    return facts.value;
  elsif jsonb_typeof(facts.value) = 'object' then
    return facts.value - facts.bad_paths;
  end if;
  return '{}';
end
$$;

comment on function mcp.client_json(json) is
  'Client facts json -> jsonb, dropping any fact whose string jsonb cannot hold (\u0000, an unpaired UTF-16 '
  'surrogate). Never raises on content.';
revoke all on function mcp.client_json(json) from public;
