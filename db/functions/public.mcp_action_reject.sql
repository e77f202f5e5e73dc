-- SECURITY INVOKER, like public.mcp_action_approve: privileges and RLS decide who may reject.
create or replace function public.mcp_action_reject(action_id uuid, reason text default null)
returns table (id uuid, tool text, status text, preview text, decided_by text, decided_at timestamptz)
language plpgsql
volatile
set search_path = ''
as $$
#variable_conflict use_variable
begin
  perform mcp.action_decide(action_id, 'rejected', reason);
  return query
    select a.id, a.tool, a.status, a.preview, a.decided_by, a.decided_at
    from mcp.actions a where a.id = action_id;
end
$$;

comment on function public.mcp_action_reject(uuid, text) is
  'Rejects a pending write action: nothing is changed, the agent sees status rejected (with the reason, at most '
  '2000 characters) through get_action_status. The rejecter is recorded. 42501 not an admin of the action''s org, '
  'P0002 unknown action, MC041 not pending. Example: '
  'select * from public.mcp_action_reject(''<action-id>'', ''not this week'');';
revoke all on function public.mcp_action_reject(uuid, text) from public;
grant execute on function public.mcp_action_reject(uuid, text) to mcp_app_user;
