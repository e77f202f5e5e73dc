-- The params of a *_json entry point (public.mcp_tools_call_json and the resources ones) as jsonb,
-- as mcp.json_to_jsonb gives them (with the paths of the values jsonb could not hold), whose cost
-- grows with the input's size when it holds such an escape; for a p88_ token that is not valid,
-- '{}' without reading them (the entry point then answers the token as such): work only a token's
-- holder may make the database do. The client facts are read as json: one holding \u0000 casts to
-- no jsonb.
create or replace function mcp.params_jsonb(
  raw_token text,
  params json,
  client json,
  out value jsonb,
  out bad_paths text[],
  out bad_numbers text[]
)
language plpgsql
stable parallel unsafe -- mcp.json_to_jsonb's EXCEPTION blocks are subtransactions
as $$
begin
  if mcp.json_is_plain(params::text) then
    value := params::jsonb;
  elsif client -> 'principal' -> 'claims' is null and (mcp.token_verify(raw_token)).failure is not null then
    value := '{}';
  else
    select r.value, r.bad_paths, r.bad_numbers into value, bad_paths, bad_numbers from mcp.json_to_jsonb(params) r;
  end if;
end
$$;

comment on function mcp.params_jsonb(text, json, json) is
  'An entry point''s params as jsonb, as mcp.json_to_jsonb gives them (value, bad_paths, bad_numbers), or value ''{}'' '
  'without reading them for a p88_ token that is not valid (not an OAuth user''s call). For internal use.';
revoke all on function mcp.params_jsonb(text, json, json) from public;
