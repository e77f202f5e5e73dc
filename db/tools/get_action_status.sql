-- Tool get_action_status: where a write the agent asked for stands.
create or replace function mcp_tools.get_action_status(args jsonb)
returns jsonb
language plpgsql
stable
security definer
set search_path = ''
as $$
declare
  action jsonb;
begin
  select jsonb_build_object(
           'action_id', a.id, 'tool', a.tool, 'preview', a.preview,
           'status', case when a.status = 'pending' and a.expires_at <= now() then 'expired' else a.status end,
           'created_at', a.created_at, 'expires_at', a.expires_at, 'decided_at', a.decided_at,
           'reason', a.reason, 'result', a.result, 'error', a.error)
  into action
  from mcp.actions a
  where a.id = (args ->> 'action_id')::uuid;
  if action is null then
    raise exception 'action % not found or not visible', args ->> 'action_id'
      using errcode = 'P0002', hint = 'The action id comes from a write tool''s answer (action_id).';
  end if;
  return action;
end
$$;

comment on function mcp_tools.get_action_status(jsonb) is 'Handler of the get_action_status tool (see mcp.tools).';
revoke all on function mcp_tools.get_action_status(jsonb) from public;

select mcp.tool_register(
  name => 'get_action_status',
  title => 'Get the status of a change',
  description => 'Tells where a change a write tool was asked to make stands, by the action_id from its answer: '
    'pending (awaiting an org admin''s approval, or the user''s confirmation), confirmed, approved or executed (done: '
    'result holds what the write returned), declined (by the user), rejected (by an admin, with a reason), expired '
    '(not decided in time: nothing changed) or failed (decided, but the write failed: error says why; nothing '
    'changed). Reads only.',
  handler => 'mcp_tools.get_action_status(jsonb)',
  input_schema => $json${
    "type": "object",
    "properties": {
      "action_id": {"type": "string", "format": "uuid", "description": "The action_id a write tool answered with."}
    },
    "required": ["action_id"],
    "additionalProperties": false
  }$json$,
  output_schema => $json${
    "type": "object",
    "properties": {
      "action_id": {"type": "string", "format": "uuid"},
      "tool": {"type": "string"},
      "preview": {"type": "string"},
      "status": {"type": "string", "enum": ["pending", "confirmed", "declined", "approved", "rejected", "expired", "executed", "failed"]},
      "created_at": {"type": "string", "format": "date-time"},
      "expires_at": {"type": "string", "format": "date-time"},
      "decided_at": {"anyOf": [{"type": "string", "format": "date-time"}, {"type": "null"}]},
      "reason": {"anyOf": [{"type": "string"}, {"type": "null"}]},
      "result": {"anyOf": [{"type": "object"}, {"type": "null"}]},
      "error": {"anyOf": [{"type": "object"}, {"type": "null"}]}
    },
    "required": ["action_id", "tool", "preview", "status", "created_at", "expires_at"]
  }$json$
);
