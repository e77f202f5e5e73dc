-- The resources pipeline behind public.mcp_resources_list_json, mcp_resource_templates_list_json and
-- mcp_resources_read_json: one statement, one transaction, the skeleton of mcp.tools_call.
--   token -> resource kinds (registered, enabled, allowed) -> rate limits free? -> params -> the
--   kinds' handlers (in a subtransaction) -> take the rate-limit slot -> one usage-log row.
-- The method is resources/list (every allowed kind's list handler, in kind-name order, behind one
-- cursor), resources/templates/list (the registry itself, no handler) or resources/read (the URI's
-- kind's read handler). Refusals are answers ({"error": ...}), so that their log row commits.
-- A cancellation anywhere before the log row ends as a logged timeout, as in mcp.tools_call.
create or replace function mcp.resources_call(raw_token text, method text, params jsonb, client jsonb)
returns jsonb
language plpgsql
volatile
as $$
declare
  started timestamptz := clock_timestamp();
  v record;
  facts record;
  kind record;
  result jsonb;
  outcome text := 'ok';
  code text;
  msg text;
  hint text;
  retry integer;
  caller_timezone text := pg_catalog.current_setting('timezone');
  settled boolean := false; -- the call was cut short: only its log row is left to write
  uri text := params ->> 'uri';
  -- resources/list
  page_limit integer;
  after jsonb;
  page jsonb;
  items jsonb := '[]';
  next_cursor text;
begin
  -- a token without a URL org (nearly every call) skips the principal layer: a plain lookup
  if client ? 'principal' then
    v := mcp.principal_verify(raw_token, client -> 'principal');
  else
    v := mcp.token_verify(raw_token);
  end if;
  if v.failure is not null then
    perform mcp.auth_failure_log(v.failure, v.token_prefix, v.org_id, v.token_id, client);
    return mcp.principal_error(v.failure, client -> 'principal');
  end if;

  facts := mcp.client_facts(client);
  loop
  begin
  if not settled then
    if not 'mcp:read' = any (v.scopes) then -- (a token always has it; an OAuth access token may not)
      outcome := 'not_allowed';
      code := 'MC013';
      msg := format('this access token has no scope mcp:read (its scopes here: %s)', coalesce(nullif(array_to_string(v.scopes, ' '), ''), 'none'));
      hint := 'Sign in again asking for the scope mcp:read.';
    elsif method = 'resources/read' then -- the URI names the one kind this call needs
      select k.name, k.enabled, k.uri_prefix, k.read_handler into kind
      from mcp.resource_kinds k
      where starts_with(uri, k.uri_prefix)
      order by char_length(k.uri_prefix) desc
      limit 1;
      if kind.name is null then
        outcome := 'tool_error';
        code := 'P0002';
        msg := case when uri is null then 'no resource URI given'
                    else format('no resource "%s": the URI matches no resource template', left(uri, 200)) end;
        hint := 'Call resources/list or resources/templates/list for the resources this token may read.';
      elsif not kind.enabled then
        outcome := 'tool_disabled';
        code := 'MC012';
        msg := format('resource kind "%s" is disabled', kind.name);
        hint := 'An administrator has switched it off; call resources/templates/list for the kinds available.';
      elsif not mcp.tool_allowed(v.allowed_tools, kind.name) then
        outcome := 'not_allowed';
        code := 'MC011';
        msg := format('this token may not read resources of kind "%s"', kind.name);
        hint := 'Call resources/list for the resources this token may read, or ask an admin to widen the token''s allowed_tools.';
      end if;
    end if;
    if outcome = 'ok' then
      retry := mcp.rate_limit_check(v.org_id, v.token_id, v.rate_limit_per_minute, started);
      if retry is null then
        begin
          perform set_config('mcp.org_id', v.org_id::text, true),
                  set_config('mcp.token_id', v.token_id::text, true),
                  set_config('timezone', 'UTC', true);
          if method = 'resources/read' then
            result := mcp.handler_call(kind.name || ':read', kind.read_handler, jsonb_build_object('id', substr(uri, char_length(kind.uri_prefix) + 1)));
            if jsonb_typeof(result -> 'contents') is distinct from 'array' then
              raise exception 'the read handler of resource kind "%" returned no contents array', kind.name
                using errcode = 'MC030';
            end if;
          elsif method = 'resources/templates/list' then
            result := jsonb_build_object('resourceTemplates', coalesce((
              select jsonb_agg(jsonb_build_object('uriTemplate', k.uri_prefix || '{id}', 'name', k.name, 'title', k.title,
                                                  'description', k.description, 'mimeType', k.mime_type) order by k.name)
              from mcp.resource_kinds k
              where k.enabled and mcp.tool_allowed(v.allowed_tools, k.name)), '[]'));
          elsif method = 'resources/list' then
            if params ? 'limit' and (jsonb_typeof(params -> 'limit') <> 'number'
                                     or params ->> 'limit' !~ '^[0-9]{1,3}$' or (params ->> 'limit')::integer not between 1 and 100) then
              raise exception 'argument "limit" must be an integer between 1 and 100' using errcode = '22023';
            end if;
            page_limit := coalesce((params ->> 'limit')::integer, 50);
            -- the cursor is [kind, that kind's own cursor or '' for its first page]
            after := mcp.cursor_decode('resources/list', params ->> 'cursor', '{text,text}');
            for kind in
              select k.name, k.list_handler from mcp.resource_kinds k
              where k.enabled and mcp.tool_allowed(v.allowed_tools, k.name) and k.name >= coalesce(after ->> 0, '')
              order by k.name
            loop
              if page_limit = 0 then -- the page is full: the next one starts with this kind
                next_cursor := mcp.cursor_encode('resources/list', jsonb_build_array(kind.name, ''));
                exit;
              end if;
              page := mcp.handler_call(kind.name || ':list', kind.list_handler, jsonb_build_object('limit', page_limit,
                                         'cursor', case when kind.name = after ->> 0 then nullif(after ->> 1, '') end));
              if jsonb_typeof(page -> 'resources') is distinct from 'array' then
                raise exception 'the list handler of resource kind "%" returned no resources array', kind.name
                  using errcode = 'MC030';
              end if;
              items := items || (page -> 'resources');
              page_limit := page_limit - jsonb_array_length(page -> 'resources');
              if page ->> 'next_cursor' is not null then
                next_cursor := mcp.cursor_encode('resources/list', jsonb_build_array(kind.name, page ->> 'next_cursor'));
                exit;
              end if;
            end loop;
            result := jsonb_build_object('resources', items)
              || case when next_cursor is not null then jsonb_build_object('nextCursor', next_cursor) else '{}' end;
          else
            raise exception 'unknown resources method "%"', left(method, 100) using errcode = '22023';
          end if;
        exception
          when query_canceled then
            outcome := 'timeout';
            code := '57014';
            msg := 'the request was cancelled: it ran past the statement timeout';
            hint := 'Try again; if it keeps happening, ask an administrator.';
          when others then
            get stacked diagnostics code = returned_sqlstate, msg = message_text, hint = pg_exception_hint;
            outcome := case when code in ('22023', '22P02') then 'invalid_arguments'
                            when code = 'MC030' then 'internal_error' else 'tool_error' end;
        end;
        perform set_config('mcp.org_id', '', true), set_config('mcp.token_id', '', true),
                set_config('timezone', caller_timezone, true);
        -- every admitted call counts, failed ones too (a client must not probe for free)
        retry := mcp.rate_limit_take(v.org_id, v.token_id, v.rate_limit_per_minute, clock_timestamp());
        if retry is not null then
          raise exception 'rate limit taken by a concurrent call' using errcode = 'MC020';
        end if;
      end if;
    else -- refused (no such resource, a kind not allowed or disabled, no mcp:read): it counts too, as
      -- in tools/call (it could otherwise probe and fill the log for free), and over the limit the
      -- refusal is the limit's
      retry := mcp.rate_limit_take(v.org_id, v.token_id, v.rate_limit_per_minute, clock_timestamp());
    end if;
    if retry is not null then -- the limit used up, before the handlers ran or instead of a refusal
      outcome := 'rate_limited';
      code := 'MC020';
      msg := format('rate limit exceeded; retry after %s seconds', retry);
      hint := null;
    end if;
  end if;
    insert into mcp.usage_log
      (org_id, at, token_id, tool, arguments, outcome, errcode, message, duration_us,
       client_name, client_version, user_agent, ip, request_id)
    values
      (v.org_id, started, v.token_id, left(method, 128), mcp.redact_args(params, '{}'), outcome, code, msg,
       (extract(epoch from clock_timestamp() - started) * 1000000)::integer,
       facts.client_name, facts.client_version, facts.user_agent, facts.ip, facts.request_id);
    perform mcp.token_touch(v.token_id, v.last_used_at);
    exit;
  exception
    when sqlstate 'MC020' then -- a concurrent call took the last slot while the handlers ran
      settled := true;
      outcome := 'rate_limited';
      code := 'MC020';
      msg := format('rate limit exceeded; retry after %s seconds', retry);
      hint := null;
      result := null;
    when query_canceled then -- waiting for a bucket row, writing the log, anywhere outside the handlers
      settled := true;
      outcome := 'timeout';
      code := '57014';
      msg := 'the request was cancelled before it could finish: it ran past the statement timeout';
      hint := 'Try again; if it keeps happening, ask an administrator.';
      result := null;
  end;
  end loop;

  if outcome = 'ok' then
    -- never cached: the org's data changes at any time, and a revoked token or a narrowed
    -- allow-list must be effective on the very next request, which a client holding a cached
    -- answer would not make; private: the answer is this token's org's
    return result || '{"ttlMs": 0, "cacheScope": "private"}';
  end if;
  -- the client sees the messages the project wrote (errors in docs/errors.md); anything else is
  -- internal, and stays in the usage log, found by the request id
  if not (code in ('22023', '22P02', 'P0002', '57014') or code like 'MC%') or code = 'MC030' then
    msg := format('The request failed with an internal error (request id %s).', coalesce(facts.request_id, 'none'));
    hint := null;
  end if;
  return jsonb_build_object('error', jsonb_strip_nulls(jsonb_build_object(
    'sqlstate', code, 'message', msg, 'hint', hint, 'retry_after', retry)));
end
$$;

comment on function mcp.resources_call(text, text, jsonb, jsonb) is
  'The resources pipeline behind public.mcp_resources_list_json, public.mcp_resource_templates_list_json and '
  'public.mcp_resources_read_json (see those); method is resources/list, resources/templates/list or resources/read. '
  'For internal use.';
revoke all on function mcp.resources_call(text, text, jsonb, jsonb) from public;
