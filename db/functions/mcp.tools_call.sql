-- The tools/call pipeline, behind the entry points public.mcp_tools_call (jsonb, for SQL callers)
-- and public.mcp_tools_call_json (json, for the shim): one statement, one transaction.
--   token -> tool exists, enabled, allowed (and, for a write tool, the token's scope mcp:write) ->
--   rate limits free? -> arguments -> handler, or for a write tool its action (mcp.write_call), in a
--   subtransaction -> take the rate-limit slot (a refused call takes one too) -> one usage-log row.
-- Expected failures are answers, not exceptions, so that their log row commits with them.
-- No bucket row is locked while the tool runs: the limits are only read before it, and the slot is
-- taken after it, atomically, so calls of one token do not queue behind each other's tools; a
-- call that loses the last slot to a concurrent one is rate_limited and its result discarded.
-- A cancellation (statement timeout, pg_cancel_backend) anywhere after the token and the tool
-- are known and before the log row ends as a logged timeout.
create or replace function mcp.tools_call(
  raw_token text,
  tool_name text,
  arguments jsonb,
  client jsonb,
  arguments_error text, -- set by the json entry point: the arguments could not be read (a NUL ...)
  round_trip jsonb default null -- a retry's {requestState, inputResponses} (MCP multi round-trip requests)
)
returns jsonb
language plpgsql
volatile
as $$
declare
  started timestamptz := clock_timestamp();
  v record;
  tool mcp.tools; -- all null: no such tool (read with the token)
  product text[];
  result jsonb;
  outcome text := 'ok';
  code text;
  msg text;
  hint text;
  retry integer;
  answer text;
  caller_timezone text := pg_catalog.current_setting('timezone');
  -- no default where one is not needed: each is an expression, prepared afresh in every transaction
  sensitive text[]; -- the tool's sensitive arguments
  settled boolean; -- true: the call was cut short, only its log row is left to write
  args jsonb;
  w record;
  action uuid;
  action_answer jsonb;
  wanted_hash bytea;
  org_ceiling boolean; -- known when looked up: whether the org has a ceiling (mcp.org_limits)
  ignored text;
  unread boolean; -- true: an OAuth user whose access token has no mcp:read (a token always has it)
begin
  if client ? 'principal' then
    v := mcp.principal_verify(raw_token, client -> 'principal');
    if v.failure is null then
      select t.* into tool from mcp.tools t where t.name = tool_name;
      unread := not 'mcp:read' = any (v.scopes);
    end if;
  else
    -- a token without a URL org (nearly every call): the live token, the tool and the state of the
    -- rate limits in one statement (each statement a call runs costs an executor's start and end).
    -- Only a token it does not find pays for mcp.token_verify, which says why (missing, malformed,
    -- unknown, revoked, expired). The hash is computed once, here: in the statement, a plan that
    -- scans the tokens would compute it for every row.
    wanted_hash := sha256(convert_to(raw_token, 'UTF8')); -- as mcp.token_hash, inline
    select k.id as token_id, k.org_id, null::text as failure, left(raw_token, 12) as token_prefix, k.allowed_tools,
           k.rate_limit_per_minute, k.last_used_at, k.scopes, k.confirm,
           (select t from mcp.tools t where t.name = tool_name) as tool,
           mcp.rate_retry((select b.tat from mcp.rate_buckets b where b.org_id = k.org_id and b.token_id = k.id),
                          k.rate_limit_per_minute, started) as retry,
           exists (select from mcp.org_limits l where l.org_id = k.org_id) as org_ceiling
    into v
    from public.mcp_tokens k
    where k.token_hash = wanted_hash
      and k.revoked_at is null and (k.expires_at is null or k.expires_at > now());
    if found then
      tool := v.tool; -- null when there is no such tool
      org_ceiling := v.org_ceiling;
    else -- why not (or, should the token have become valid since, the tool's row)
      v := mcp.token_verify(raw_token);
      if v.failure is null then
        select t.* into tool from mcp.tools t where t.name = tool_name;
      end if;
    end if;
  end if;
  if v.failure is not null then
    perform mcp.auth_failure_log(v.failure, v.token_prefix, v.org_id, v.token_id, client);
    return mcp.principal_error(v.failure, client -> 'principal');
  end if;

  product := mcp.client_product(client); -- the client's [name, version] for the log row, once
  sensitive := coalesce(tool.sensitive_args, '{}'); -- known before the block: a second pass redacts too
  -- One block (one subtransaction) for the call and its log row: when the call is refused at the
  -- end, or cancelled anywhere, everything it did is undone, and the loop's second pass writes
  -- only the log row (a cancellation is delivered once per statement).
  loop
  begin
  if settled is null then
    -- the refusals, in one test (an expression each call prepares afresh): nearly every call passes
    if tool.name is null or not tool.enabled or not mcp.tool_allowed(v.allowed_tools, tool.name)
       or tool.effect <> 'read' and not 'mcp:write' = any (v.scopes) or unread then
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
      elsif unread then
        outcome := 'not_allowed';
        code := 'MC013';
        msg := format('tool "%s" reads the org''s data, and this access token has no scope mcp:read (its scopes here: %s)',
                      tool.name, coalesce(nullif(array_to_string(v.scopes, ' '), ''), 'none'));
        hint := 'Sign in again asking for the scope mcp:read.';
      else
        outcome := 'not_allowed';
        code := 'MC013';
        msg := format('tool "%s" changes data, and this token has only the scope %s', tool.name, array_to_string(v.scopes, ' '));
        hint := 'An org admin can give the token the scope mcp:write (scopes => ''{mcp:read,mcp:write}'').';
      end if;
      -- a refused call counts too (it could otherwise probe, and fill the log, for free): over the
      -- limit, the refusal is the limit's
      retry := case when org_ceiling is false then mcp.rate_bucket_take(v.org_id, v.token_id, v.rate_limit_per_minute, clock_timestamp())
                    else mcp.rate_limit_take(v.org_id, v.token_id, v.rate_limit_per_minute, clock_timestamp()) end;
      if retry is not null then
        outcome := 'rate_limited';
        code := 'MC020';
        msg := format('rate limit exceeded; retry after %s seconds', retry);
        hint := null;
      end if;
    else
      if org_ceiling is false then -- the token's bucket alone, read by the lookup
        retry := case when v.retry > 0 then v.retry end;
      else -- v has no retry when it is a principal's (mcp.principal_verify)
        retry := mcp.rate_limit_check(v.org_id, v.token_id, v.rate_limit_per_minute, started);
      end if;
      if retry is null then
        begin
          if arguments_error is not null then
            raise exception '%', arguments_error using errcode = '22023',
              hint = 'Remove the character or send binary data base64-encoded; send a number that large as a string.';
          end if;
          -- the org and token the tool's policies read, and UTC unless the caller is in UTC already
          -- (Etc/UTC, the default of many servers, is the same zone; a change of zone is a look-up of
          -- its name, and another to restore it): one assignment,
          -- not PERFORM (an expression, not a statement), nor one per setting (each expression is
          -- prepared afresh in every transaction)
          ignored := set_config('mcp.org_id', v.org_id::text, true) || set_config('mcp.token_id', v.token_id::text, true)
                     || case when caller_timezone not in ('UTC', 'Etc/UTC') then set_config('timezone', 'UTC', true) else '' end;
          if tool.effect <> 'read' then
            -- the model writes the arguments, and could write "yes": a confirmation is never one
            select format('argument "%s" reads as a confirmation: a change is confirmed by the person at the client '
                          'or approved by an org admin, never by an argument', k) into msg
            from jsonb_object_keys(case when jsonb_typeof(arguments) = 'object' then arguments else '{}' end) k
            where k ~* '^(confirm|confirmed|confirmation|approve|approved|approval|consent|user_confirmed|request_?state|input_?responses)$'
            limit 1;
            if msg is not null then
              raise exception '%', msg using errcode = '22023', hint = 'Call the tool with the change''s arguments only.';
            end if;
          end if;
          -- no arguments for a tool that needs none and has no defaults (get_current_time, whoami):
          -- valid as they are; else the tool's compiled check proves nearly every call's arguments
          -- valid in one expression, and what it cannot prove mcp.validate_args decides (and raises for)
          args := case when arguments = '{}' and tool.input_schema -> 'required' ->> 0 is null
                            and not jsonb_path_exists(tool.input_schema -> 'properties', '$.*.default') then arguments
                       else coalesce(mcp.args_checked(tool.name, arguments), mcp.validate_args(tool.input_schema, arguments)) end;
          if tool.effect = 'read' then
            result := mcp.handler_call(tool.name, tool.handler, args);
          else
            w := mcp.write_call(v.org_id, v.token_id, v.confirm, tool.name, tool.handler, tool.preview_handler,
                                tool.confirm_policy, sensitive, args, round_trip, coalesce(client -> 'elicitation' = 'true', false),
                                mcp.client_fact(client, 'request_id'));
            outcome := w.outcome; action := w.action_id; action_answer := w.answer;
            code := w.code; msg := w.msg; hint := w.hint;
            result := '{}';
          end if;
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
            outcome := mcp.failure_outcome(code);
        end;
        ignored := set_config('mcp.org_id', '', true) || set_config('mcp.token_id', '', true)
                   || case when caller_timezone not in ('UTC', 'Etc/UTC') then set_config('timezone', caller_timezone, true) else '' end;
        -- every admitted call counts, failed ones too (a client must not probe for free): the token's
        -- bucket alone (mcp.rate_limit_take would look for a ceiling), or with the org's ceiling
        retry := case when org_ceiling is false then mcp.rate_bucket_take(v.org_id, v.token_id, v.rate_limit_per_minute, clock_timestamp())
                      else mcp.rate_limit_take(v.org_id, v.token_id, v.rate_limit_per_minute, clock_timestamp()) end;
        if retry is not null then
          raise exception 'rate limit taken by a concurrent call' using errcode = 'MC020';
        end if;
      else
        outcome := 'rate_limited';
        code := 'MC020';
        msg := format('rate limit exceeded; retry after %s seconds', retry);
      end if;
    end if;
  end if;
    insert into mcp.usage_log
      (org_id, at, token_id, tool, arguments, outcome, errcode, message, duration_us,
       client_name, client_version, user_agent, ip, request_id, action_id, principal)
    values
      (v.org_id, started, v.token_id, coalesce(left(tool_name, 128), ''),
       mcp.redact_args(arguments, sensitive), outcome, code, msg,
       (extract(epoch from clock_timestamp() - started) * 1000000)::integer,
       product[1], product[2], mcp.client_fact(client, 'user_agent'), mcp.client_ip(client),
       mcp.client_fact(client, 'request_id'), action,
       case when client -> 'principal' ? 'claims' then 'grant' else 'token' end);
    if v.last_used_at is null or v.last_used_at < now() - interval '1 minute' then -- as mcp.token_touch decides
      perform mcp.token_touch(v.token_id, v.last_used_at);
    end if;
    exit;
  exception
    when sqlstate 'MC020' then -- a concurrent call took the last slot while the tool ran
      settled := true;
      outcome := 'rate_limited';
      code := 'MC020';
      msg := format('rate limit exceeded; retry after %s seconds', retry);
      hint := null;
      result := null;
      action := null;
      action_answer := null;
    when query_canceled then -- waiting for a bucket row, writing the log, anywhere outside the
      -- tool (the rollback of this block also restored the settings the tool ran with)
      settled := true;
      outcome := 'timeout';
      code := '57014';
      msg := 'the call was cancelled before it could finish: it ran past the statement timeout';
      hint := 'Try again; if it keeps happening, narrow the request.';
      result := null;
      action := null;
      action_answer := null;
  end;
  end loop;

  if outcome = 'ok' and action_answer is null then -- nearly every call: one test
    return jsonb_build_object(
      'content', jsonb_build_array(jsonb_build_object('type', 'text', 'text', result::text)),
      'structuredContent', result,
      'isError', false);
  elsif action_answer is not null then
    return action_answer;
  elsif outcome in ('unknown_tool', 'tool_disabled', 'not_allowed', 'rate_limited') then
    return jsonb_build_object('error', jsonb_strip_nulls(jsonb_build_object(
      'sqlstate', code, 'message', msg, 'hint', hint, 'retry_after', retry)));
  end if;
  -- the client sees the messages the project wrote (errors in docs/errors.md); anything else is
  -- internal, and stays in the usage log, found by the request id
  answer := case
    when code in ('22023', '22P02', 'P0002', '57014') or code like 'MC%' then msg || coalesce(' Hint: ' || nullif(hint, ''), '')
    else format('The tool failed with an internal error (request id %s).', coalesce(mcp.client_fact(client, 'request_id'), 'none'))
  end;
  return jsonb_build_object(
    'content', jsonb_build_array(jsonb_build_object('type', 'text', 'text', answer)),
    'isError', true,
    '_meta', jsonb_build_object('sqlstate', code));
end
$$;

comment on function mcp.tools_call(text, text, jsonb, jsonb, text, jsonb) is
  'The tools/call pipeline behind public.mcp_tools_call and public.mcp_tools_call_json (see those). '
  'arguments_error, when set, answers the call as invalid arguments (22023) with that message, after the token, '
  'tool, allow-list and rate-limit checks; round_trip carries a multi round-trip retry''s requestState and '
  'inputResponses to a write tool''s confirmation. For internal use.';
revoke all on function mcp.tools_call(text, text, jsonb, jsonb, text, jsonb) from public;
