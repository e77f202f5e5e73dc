-- The params of a resources entry point (public.mcp_resources_read_json, _list_json,
-- _templates_list_json) as jsonb: mcp.json_to_jsonb's value, which costs with the input's size when
-- it holds an escape jsonb cannot (see public.mcp_tools_call_json); for a p88_ token that is not
-- valid, '{}' without reading them (the entry point answers the token as such): work only a
-- token's holder may make the database do. Client facts are read as json (one holding \u0000 casts
-- to no jsonb).
create or replace function mcp.params_jsonb(raw_token text, params json, client json)
returns jsonb
language plpgsql
stable parallel unsafe -- mcp.json_to_jsonb's EXCEPTION blocks are subtransactions
as $$
begin
  if mcp.json_is_plain(params::text) then
    return params::jsonb;
  elsif client -> 'principal' -> 'claims' is null and (mcp.token_verify(raw_token)).failure is not null then
    return '{}';
  end if;
  return (mcp.json_to_jsonb(params)).value;
end
$$;

comment on function mcp.params_jsonb(text, json, json) is
  'A resources entry point''s params as jsonb (mcp.json_to_jsonb''s value), or ''{}'' without reading them for a p88_ '
  'token that is not valid. For internal use.';
revoke all on function mcp.params_jsonb(text, json, json) from public;
