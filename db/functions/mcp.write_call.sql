-- The write half of the tools/call pipeline (called by mcp.tools_call once a write tool's arguments
-- are valid, with the org and token of the call set): the call becomes an action, which
--   policy none  -> runs at once;
--   policy user  -> asks the person at the client (input_required), and runs when the client's
--                   retry carries their yes, bound to this token, tool and exact arguments, once;
--                   a client that cannot ask (no elicitation) gets the admin path instead;
--   policy admin -> waits for public.mcp_action_approve.
-- An idempotency key replays the first answer of the same token, tool and key (24 hours).
-- Refusals raise (22023, MC040) and are logged by the caller; everything else is an answer.
create or replace function mcp.write_call(
  org_id uuid,
  token_id uuid,
  token_confirm jsonb,
  tool_name text,
  handler regprocedure,
  preview_handler regprocedure,
  default_policy text,
  sensitive text[],
  args jsonb,
  retry jsonb,
  can_elicit boolean,
  request_id text,
  out outcome text,
  out action_id uuid,
  out answer jsonb,
  out code text,
  out msg text,
  out hint text
)
language plpgsql
volatile
-- no SET clause: the caller is a definer function running with search_path = ''
as $$
#variable_conflict use_variable
declare
  policy text := coalesce(token_confirm ->> tool_name, token_confirm ->> '*', default_policy);
  key text := args ->> 'idempotency_key';
  digest bytea := sha256(convert_to(args::text, 'UTF8'));
  state text := retry ->> 'requestState';
  reply jsonb := retry -> 'inputResponses' -> 'confirm';
  a mcp.actions;
  run record;
begin
  if state is not null then
    -- a retry: the state must name a pending confirmation of this token, tool and arguments; the
    -- row lock makes a second retry of the same confirmation wait, then find it used
    select * into a from mcp.actions x
    where x.id = case when state ~ '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$' then state::uuid end
    for update;
    if a.id is null or a.token_id <> token_id or a.tool <> tool_name or a.decided_by_kind <> 'user' then
      raise exception 'requestState names no confirmation of this token and tool'
        using errcode = 'MC040', hint = 'Call the tool again without requestState to be asked anew.';
    end if;
    if a.arguments_digest <> digest then
      raise exception 'the arguments differ from the ones the user was asked to confirm (action %)', a.id
        using errcode = 'MC040', hint = 'Call the tool again without requestState to be asked about these arguments.';
    end if;
    action_id := a.id;
    if a.status <> 'pending' then
      raise exception 'this confirmation was already answered (action % is %)', a.id, a.status
        using errcode = 'MC040', hint = 'A confirmation is used once; call the tool again without requestState to be asked anew.';
    end if;
    if a.expires_at <= now() then
      update mcp.actions x set status = 'expired', decided_at = now(), run_arguments = null where x.id = a.id
      returning * into a;
      outcome := 'expired';
    elsif reply is null then
      outcome := 'confirmation_required'; -- the client retried without the answer: ask again
    elsif reply ->> 'action' = 'accept' and reply -> 'content' -> 'confirm' = 'true' then
      update mcp.actions x set status = 'confirmed', decided_at = now(), decided_by = 'user at the client', run_arguments = null
      where x.id = a.id and x.status = 'pending';
      if not found then -- cannot happen while the row is locked above; consumed once, whatever changes
        raise exception 'this confirmation was already answered (action %)', a.id using errcode = 'MC040';
      end if;
      run := mcp.action_run(a.id, tool_name, handler, args);
      select * into a from mcp.actions x where x.id = action_id;
      outcome := case when run.code is null then 'confirmed' else mcp.failure_outcome(run.code) end;
      code := run.code; msg := run.msg; hint := run.hint;
    else -- decline, cancel, or an accept without a yes
      update mcp.actions x
      set status = 'declined', decided_at = now(), decided_by = 'user at the client', run_arguments = null,
          reason = case when reply ->> 'action' = 'accept' then 'answered no' else left(coalesce(reply ->> 'action', 'no answer'), 20) end
      where x.id = a.id
      returning * into a;
      outcome := 'declined';
    end if;
    answer := mcp.action_answer(a, can_elicit);
    return;
  end if;

  if key is not null then
    -- one call per token, tool and key at a time; the first answer stands for 24 hours
    perform pg_advisory_xact_lock(hashtextextended(token_id::text || '/' || tool_name || '/' || key, 88));
    select * into a from mcp.actions x
    where x.token_id = token_id and x.tool = tool_name and x.idempotency_key = key and x.created_at > now() - interval '24 hours'
    order by x.created_at desc
    limit 1;
    if a.id is not null then
      if a.arguments_digest <> digest then
        raise exception 'idempotency_key "%" was used at % with other arguments', left(key, 200), a.created_at
          using errcode = '22023', hint = 'Use a new key for a different change.';
      end if;
      action_id := a.id;
      answer := mcp.action_answer(a, can_elicit);
      outcome := case
        when answer ->> 'resultType' = 'input_required' then 'confirmation_required'
        when a.status = 'pending' and a.expires_at > now() then 'awaiting_approval'
        when a.status = 'failed' then mcp.failure_outcome(a.error ->> 'sqlstate')
        when a.status = 'pending' then 'expired'
        when a.status in ('declined', 'rejected', 'expired') then a.status
        else 'ok' end;
      msg := format('idempotent replay of action %s', a.id);
      return;
    end if;
  end if;

  insert into mcp.actions as x
    (org_id, token_id, tool, arguments, run_arguments, arguments_digest, idempotency_key, preview, policy,
     decided_by_kind, expires_at, request_id)
  values
    (org_id, token_id, tool_name, mcp.redact_args(args, sensitive), args, digest, key,
     mcp.write_preview(tool_name, preview_handler, args),
     policy, case when policy = 'user' and not can_elicit then 'admin' else policy end,
     now() + interval '24 hours', request_id)
  returning * into a;
  action_id := a.id;
  if policy = 'none' then
    update mcp.actions x set status = 'executed', decided_at = now(), decided_by = 'policy none', run_arguments = null
    where x.id = a.id;
    run := mcp.action_run(a.id, tool_name, handler, args);
    select * into a from mcp.actions x where x.id = action_id;
    outcome := case when run.code is null then 'ok' else mcp.failure_outcome(run.code) end;
    code := run.code; msg := run.msg; hint := run.hint;
  elsif a.decided_by_kind = 'user' then
    outcome := 'confirmation_required';
  else
    outcome := 'awaiting_approval';
    msg := case when policy = 'user' then 'the client cannot ask the user (no elicitation): an admin must approve' end;
  end if;
  answer := mcp.action_answer(a, can_elicit);
end
$$;

comment on function mcp.write_call(uuid, uuid, jsonb, text, regprocedure, regprocedure, text, text[], jsonb, jsonb, boolean, text) is
  'The write tools'' part of mcp.tools_call: makes the call an action (mcp.actions) and runs, asks or waits as its '
  'confirmation policy says; checks a retry''s requestState (MC040) and idempotency keys (22023). For internal use.';
revoke all on function mcp.write_call(uuid, uuid, jsonb, text, regprocedure, regprocedure, text, text[], jsonb, jsonb, boolean, text) from public;
