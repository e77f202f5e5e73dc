-- mcp.client_json's way for client facts that hold a \u escape: through mcp.json_to_jsonb, with any
-- fact it could not hold dropped.
create or replace function mcp.client_json_escaped(client json)
returns jsonb
language plpgsql
immutable parallel unsafe -- an EXCEPTION block (here or in what it calls) is a subtransaction, which a parallel worker cannot start
-- no SET clause: only definer functions need one, and the callers (entry points) run with
-- search_path = ''
as $$
declare
  facts record;
begin
  facts := mcp.json_to_jsonb(client);
  if facts.bad_paths is null then
    return facts.value;
  elsif jsonb_typeof(facts.value) = 'object' then
    return facts.value - facts.bad_paths;
  end if;
  return '{}';
end
$$;

comment on function mcp.client_json_escaped(json) is
  'mcp.client_json for client facts holding a \u escape: a fact jsonb cannot hold (a string holding \u0000 or an '
  'unpaired UTF-16 surrogate, a number beyond numeric''s range) is dropped. Never raises on content. For internal use.';
revoke all on function mcp.client_json_escaped(json) from public;
