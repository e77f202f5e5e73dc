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
  elsif facts.bad_paths = '{*}' and jsonb_typeof(facts.value) = 'object' then
    -- too large to be searched (mcp.json_to_jsonb): every fact that holds such an escape, kept as
    -- its text, goes
    return coalesce((select jsonb_object_agg(f.key, f.value) from jsonb_each(facts.value) f
                     where jsonb_typeof(f.value) <> 'string' or f.value #>> '{}' !~* '\\u(0000|d[89a-f][0-9a-f]{2})'), '{}');
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
