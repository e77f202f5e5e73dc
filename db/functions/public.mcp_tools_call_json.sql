-- Entry point for MCP tools/call as the shim receives it: the request's params ({name, arguments})
-- and the client facts as json, the text the client sent. jsonb cannot hold every JSON value
-- (\u0000, an unpaired surrogate, a number such as 1e1000000); taking json here means such input is
-- answered as invalid arguments naming the argument, and logged, instead of failing before the
-- pipeline starts.
create or replace function public.mcp_tools_call_json(raw_token text, params json, client json default '{}')
returns jsonb
language plpgsql
volatile
security definer
set search_path = ''
as $$
declare
  request jsonb;
  bad_paths text[];
  bad_numbers text[];
  bad text;
  arguments_error text;
  round_trip jsonb;
begin
  -- what nearly every call is (plain JSON, no retry) costs four short expressions: each one is
  -- prepared afresh in every transaction, and an expression's size is paid even where it is not run
  if mcp.json_is_plain(params::text) then -- nearly always: as mcp.json_to_jsonb would, without its call
    request := params::jsonb;
  else -- (for a bad p88_ token, '{}' unread: mcp.tools_call answers and logs the token)
    select r.value, r.bad_paths, r.bad_numbers into request, bad_paths, bad_numbers from mcp.params_jsonb(raw_token, params, client) r;
    -- a tool name that text cannot hold arrives as its JSON source, which names no tool
    bad := (select p from unnest(bad_paths) p where p ~ '^arguments($|[.[])' or p = '*' limit 1);
    if bad = '*' then -- a request too large to be searched
      arguments_error := 'the request holds \u0000 (NUL), an unpaired UTF-16 surrogate or a number beyond the range '
                         'PostgreSQL''s numeric can store; in a request over 16 KB, which value holds it is not looked for';
    elsif bad is not null then
      arguments_error := format(
        case when bad = any (bad_numbers) then 'argument "%s" holds a number beyond the range PostgreSQL''s numeric can store'
             else 'argument "%s" contains \u0000 (NUL) or an unpaired UTF-16 surrogate, which cannot be stored as text' end,
        left(coalesce(nullif(regexp_replace(bad, '^arguments\.?', ''), ''), 'arguments'), 100));
    end if;
  end if;
  -- a multi round-trip retry (a write tool's confirmation): the state and the answers, as sent
  if request ? 'requestState' or request ? 'inputResponses' then
    round_trip := nullif(jsonb_strip_nulls(jsonb_build_object(
      'requestState', request -> 'requestState', 'inputResponses', request -> 'inputResponses')), '{}');
  end if;
  return mcp.tools_call(raw_token, request ->> 'name', coalesce(request -> 'arguments', '{}'), mcp.client_json(client),
                        arguments_error, round_trip);
end
$$;

comment on function public.mcp_tools_call_json(text, json, json) is
  'MCP tools/call as the shim calls it: params is the request''s params object {name, arguments, and on a retry '
  'requestState and inputResponses} and client the client facts ({elicitation: true} when the client can ask its '
  'user: a write tool then asks for confirmation in-band), both json as sent. Answers as public.mcp_tools_call; an argument holding a string text cannot '
  'hold (\u0000, an unpaired UTF-16 surrogate) or a number numeric cannot (1e1000000) is answered invalid (22023, '
  'naming it; params over 16 KB holding one are answered invalid as a whole, unsearched) and logged with the value as its JSON source. A client fact holding such a string is dropped; facts '
  'holding such a number without a \u escape raise 22003 (the facts are the gateway''s own statement). Executable by '
  'mcp_gateway only.';
revoke all on function public.mcp_tools_call_json(text, json, json) from public;
grant execute on function public.mcp_tools_call_json(text, json, json) to mcp_gateway;
