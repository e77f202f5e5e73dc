-- Entry point for MCP tools/call: the whole pipeline in one statement and one transaction.
--   token -> tool exists, enabled, allowed -> rate limits -> arguments -> handler (in a
--   subtransaction, so a failing or cancelled tool is still logged) -> one usage-log row.
-- Expected failures are answers, not exceptions, so that their log row commits with them.
create or replace function public.mcp_tools_call(
  raw_token text,
  tool_name text,
  arguments jsonb default '{}',
  client jsonb default '{}'
)
returns jsonb
language plpgsql
volatile
security definer
set search_path = ''
as $$
declare
  started timestamptz := clock_timestamp();
  v record;
  tool record;
  facts record;
  result jsonb;
  outcome text := 'ok';
  code text;
  msg text;
  hint text;
  retry integer;
  answer text;
  caller_timezone text := current_setting('timezone');
begin
  v := mcp.token_verify(raw_token);
  if v.failure is not null then
    perform mcp.auth_failure_log(v.failure, v.token_prefix, v.org_id, v.token_id, client);
    return mcp.auth_error();
  end if;

  select t.name, t.handler, t.enabled, t.input_schema, t.sensitive_args into tool
  from mcp.tools t where t.name = tool_name;
  if tool.name is null then
    outcome := 'unknown_tool';
    code := 'MC010';
    msg := case when tool_name is null then 'no tool name given' else format('unknown tool "%s"', left(tool_name, 128)) end;
    hint := 'Call tools/list for the tools this token may use.';
  elsif not tool.enabled then
    outcome := 'tool_disabled';
    code := 'MC012';
    msg := format('tool "%s" is disabled', tool.name);
    hint := 'An administrator has switched this tool off; call tools/list for the tools available.';
  elsif not mcp.tool_allowed(v.allowed_tools, tool.name) then
    outcome := 'not_allowed';
    code := 'MC011';
    msg := format('this token may not call tool "%s"', tool.name);
    hint := 'Call tools/list for the tools this token may use, or ask an admin to widen the token''s allowed_tools.';
  else
    retry := mcp.rate_limit_take(v.org_id, v.token_id, v.rate_limit_per_minute, started);
    if retry is not null then
      outcome := 'rate_limited';
      code := 'MC020';
      msg := format('rate limit exceeded; retry after %s seconds', retry);
    else
      begin
        perform set_config('mcp.org_id', v.org_id::text, true),
                set_config('mcp.token_id', v.token_id::text, true),
                set_config('timezone', 'UTC', true);
        execute format('select %s($1)', tool.handler::oid::regproc)
          into result
          using mcp.validate_args(tool.input_schema, arguments);
        if jsonb_typeof(result) is distinct from 'object' then
          outcome := 'internal_error';
          code := 'MC030';
          msg := format('tool "%s" returned %s instead of a JSON object', tool.name, coalesce(jsonb_typeof(result), 'NULL'));
        end if;
      exception
        when query_canceled then
          outcome := 'timeout';
          code := '57014';
          msg := 'the tool was cancelled: it ran past the statement timeout';
          hint := 'Narrow the request (a smaller limit or a shorter time window) and try again.';
        when others then
          get stacked diagnostics code = returned_sqlstate, msg = message_text, hint = pg_exception_hint;
          outcome := case when code in ('22023', '22P02') then 'invalid_arguments' else 'tool_error' end;
      end;
      perform set_config('mcp.org_id', '', true), set_config('mcp.token_id', '', true),
              set_config('timezone', caller_timezone, true);
    end if;
  end if;

  facts := mcp.client_facts(client);
  insert into mcp.usage_log
    (org_id, at, token_id, tool, arguments, outcome, errcode, message, duration_us,
     client_name, client_version, user_agent, ip, request_id)
  values
    (v.org_id, started, v.token_id, coalesce(left(tool_name, 128), ''),
     mcp.redact_args(arguments, coalesce(tool.sensitive_args, '{}')), outcome, code, msg,
     (extract(epoch from clock_timestamp() - started) * 1000000)::integer,
     facts.client_name, facts.client_version, facts.user_agent, facts.ip, facts.request_id);
  perform mcp.token_touch(v.token_id, v.last_used_at);

  if outcome = 'ok' then
    return jsonb_build_object(
      'content', jsonb_build_array(jsonb_build_object('type', 'text', 'text', result::text)),
      'structuredContent', result,
      'isError', false);
  elsif outcome in ('unknown_tool', 'tool_disabled', 'not_allowed', 'rate_limited') then
    return jsonb_build_object('error', jsonb_strip_nulls(jsonb_build_object(
      'sqlstate', code, 'message', msg, 'hint', hint, 'retry_after', retry)));
  end if;
  -- the client sees the messages the project wrote (errors in docs/errors.md); anything else is
  -- internal, and stays in the usage log, found by the request id
  answer := case
    when code in ('22023', '22P02', 'P0002', '57014') or code like 'MC%' then msg || coalesce(' Hint: ' || nullif(hint, ''), '')
    else format('The tool failed with an internal error (request id %s).', coalesce(facts.request_id, 'none'))
  end;
  return jsonb_build_object(
    'content', jsonb_build_array(jsonb_build_object('type', 'text', 'text', answer)),
    'isError', true,
    '_meta', jsonb_build_object('sqlstate', code));
end
$$;

comment on function public.mcp_tools_call(text, text, jsonb, jsonb) is
  'MCP tools/call. Returns the CallToolResult {content: [{type: text, text}], structuredContent, isError: false}, '
  'or {content, isError: true} for invalid arguments (22023/22P02), tool errors (e.g. P0002) and timeouts (57014), '
  'or {"error": {sqlstate, message, hint, retry_after}} for a bad token (28000), unknown (MC010), not allowed (MC011) '
  'or disabled (MC012) tool and rate limiting (MC020). Every call with a valid token writes one mcp.usage_log row; '
  'a bad token one mcp.auth_failures row. client: {client_name, client_version, user_agent, ip, request_id}, all '
  'optional. Executable by mcp_gateway only.';
revoke all on function public.mcp_tools_call(text, text, jsonb, jsonb) from public;
grant execute on function public.mcp_tools_call(text, text, jsonb, jsonb) to mcp_gateway;
