-- Runs the write of an action that was just decided (executed, confirmed or approved): the handler
-- with the action named in mcp.action_id, so that mcp.action_capture records the rows it changes.
-- A failing write is undone (its own subtransaction), and the action says so (status failed).
-- The caller has set the org and token of the call (mcp.org_id, mcp.token_id).
create or replace function mcp.action_run(
  action_id uuid,
  tool_name text,
  handler regprocedure,
  args jsonb,
  out result jsonb,
  out code text,
  out msg text,
  out hint text
)
language plpgsql
volatile
-- no SET clause: callers are definer functions running with search_path = ''
as $$
begin
  perform pg_catalog.set_config('mcp.action_id', action_id::text, true);
  begin
    result := mcp.handler_call(tool_name, handler, args);
    if jsonb_typeof(result) is distinct from 'object' then
      raise exception 'tool "%" returned % instead of a JSON object', tool_name, coalesce(jsonb_typeof(result), 'NULL')
        using errcode = 'MC030';
    end if;
  exception
    when others then
      get stacked diagnostics code = returned_sqlstate, msg = message_text, hint = pg_exception_hint;
      result := null;
  end;
  perform pg_catalog.set_config('mcp.action_id', '', true);
  update mcp.actions x
  set result = action_run.result,
      status = case when code is null then x.status else 'failed' end,
      error = case when code is not null then jsonb_strip_nulls(jsonb_build_object('sqlstate', code, 'message', msg, 'hint', hint)) end
  where x.id = action_id;
end
$$;

comment on function mcp.action_run(uuid, text, regprocedure, jsonb) is
  'Runs the write of a decided action with its changes captured (mcp.action_changes); stores the result, or on '
  'failure undoes the write and marks the action failed with the error. For internal use.';
revoke all on function mcp.action_run(uuid, text, regprocedure, jsonb) from public;
