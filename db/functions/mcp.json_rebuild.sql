-- json -> jsonb node by node, for JSON holding a number numeric cannot hold (1e1000000, or over
-- 16,383 digits after the point), which fails the cast of the whole value: such a number is kept
-- as a string of its source, every other value converted as the cast would (duplicate keys: the
-- last wins). Only mcp.json_to_jsonb calls it, after the cast failed: a call per value, nested
-- calls as deep as the value (too deep raises 54001, which mcp.json_to_jsonb catches), and a
-- subtransaction per number too long to be sure of.
create or replace function mcp.json_rebuild(j json)
returns jsonb
language plpgsql
immutable parallel unsafe -- an EXCEPTION block (here or in what it calls) is a subtransaction, which a parallel worker cannot start
-- no SET clause: only definer functions need one, and names are qualified
as $$
begin
  case json_typeof(j)
  when 'object' then
    return (select coalesce(jsonb_object_agg(e.key, mcp.json_rebuild(e.value)), '{}') from json_each(j) e);
  when 'array' then
    return (select coalesce(jsonb_agg(mcp.json_rebuild(a.e) order by a.n), '[]')
            from json_array_elements(j) with ordinality a (e, n));
  when 'number' then
    if mcp.json_is_plain(j::text) then -- nearly every number: no long exponent, not long
      return j::jsonb;
    end if;
    begin
      return j::jsonb;
    exception when numeric_value_out_of_range then
      return to_jsonb(j::text);
    end;
  else
    return j::jsonb;
  end case;
end
$$;

comment on function mcp.json_rebuild(json) is
  'json -> jsonb with every number numeric cannot hold kept as a string of its source text; otherwise as the cast. '
  'For internal use by mcp.json_to_jsonb.';
revoke all on function mcp.json_rebuild(json) from public;
