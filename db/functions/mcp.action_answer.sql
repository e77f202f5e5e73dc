-- What a write tool's call answers about its action, whatever state the action is in: the
-- request for the user's confirmation (MCP input_required), or a CallToolResult whose
-- structuredContent is the handler's result (when done) and the action's status, id and preview.
create or replace function mcp.action_answer(a mcp.actions, can_elicit boolean)
returns jsonb
language plpgsql
stable
-- no SET clause: callers are definer functions running with search_path = ''
as $$
declare
  status text := case
    when a.status = 'pending' and a.expires_at <= now() then 'expired'
    when a.status = 'pending' then 'awaiting_approval'
    when a.status in ('confirmed', 'approved', 'executed') then 'done'
    else a.status end;
  structured jsonb;
  words text;
begin
  if status = 'awaiting_approval' and a.decided_by_kind = 'user' and can_elicit then
    return jsonb_build_object(
      'resultType', 'input_required',
      'inputRequests', jsonb_build_object('confirm', jsonb_build_object(
        'method', 'elicitation/create',
        'params', jsonb_build_object(
          'mode', 'form',
          'message', a.preview || e'\n\nMake this change?',
          'requestedSchema', jsonb_build_object(
            'type', 'object',
            'properties', jsonb_build_object('confirm', jsonb_build_object(
              'type', 'boolean', 'title', 'Make this change', 'description', a.preview)),
            'required', jsonb_build_array('confirm'))))),
      'requestState', a.id::text);
  end if;
  if status = 'failed' then
    return jsonb_build_object(
      'content', jsonb_build_array(jsonb_build_object('type', 'text', 'text', format(
        'The change failed, so nothing was changed: %s (action %s).',
        -- the messages the project wrote (docs/errors.md); anything else is internal
        case when a.error ->> 'sqlstate' in ('22023', '22P02', 'P0002', '57014') or a.error ->> 'sqlstate' like 'MC%'
             then coalesce(a.error ->> 'message', 'unknown error') || coalesce(' Hint: ' || (a.error ->> 'hint'), '')
             else 'an internal error' end, a.id))),
      'isError', true,
      '_meta', jsonb_build_object('sqlstate', a.error ->> 'sqlstate', 'action_id', a.id));
  end if;
  structured := coalesce(case when status = 'done' then a.result end, '{}')
    || jsonb_build_object('status', status, 'action_id', a.id, 'preview', a.preview,
                          'expires_at', case when status = 'awaiting_approval' then a.expires_at end);
  words := case status
    when 'done' then 'Done: ' || a.preview
    when 'awaiting_approval' then case when a.decided_by_kind = 'admin' then format(
        'Not done yet: %s. This change needs an org admin''s approval (action %s, until %s). Tell the user; an admin '
        'approves it in SQL with select * from public.mcp_action_approve(''%s''). Check with get_action_status.',
        a.preview, a.id, to_char(a.expires_at at time zone 'UTC', 'YYYY-MM-DD HH24:MI "UTC"'), a.id)
      else format('Not done yet: %s. It awaits the confirmation of the person at the client that asked (action %s).',
        a.preview, a.id) end
    when 'declined' then 'Not done: the user declined this change, so nothing was changed: ' || a.preview
    when 'rejected' then 'Not done: an admin rejected this change' || coalesce(' (' || a.reason || ')', '') || ': ' || a.preview
    when 'expired' then 'Not done: this change was not confirmed in time, so nothing was changed. Call the tool again to ask anew: ' || a.preview
  end;
  return jsonb_build_object(
    'content', jsonb_build_array(jsonb_build_object('type', 'text', 'text', words || e'\n' || structured::text)),
    'structuredContent', structured,
    'isError', false);
end
$$;

comment on function mcp.action_answer(mcp.actions, boolean) is
  'The answer of a write tool''s call about its action: input_required with a confirmation form (a pending user '
  'action, to a client that can ask the user), else a CallToolResult with status done (and the result), '
  'awaiting_approval, declined, rejected or expired, or isError for a failed write. For internal use.';
revoke all on function mcp.action_answer(mcp.actions, boolean) from public;
