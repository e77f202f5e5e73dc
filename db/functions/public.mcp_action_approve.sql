-- SECURITY INVOKER, like the token functions: the caller's privileges and the RLS policies on
-- mcp.actions decide who may approve (an admin of the action's org, or a DBA); the checks before
-- only turn a refusal into a clear error. The write then runs at once, in this transaction, confined
-- to the action's org (mcp.action_settle).
create or replace function public.mcp_action_approve(action_id uuid)
returns table (id uuid, tool text, status text, preview text, result jsonb, error jsonb, decided_by text, decided_at timestamptz)
language plpgsql
volatile
set search_path = ''
as $$
#variable_conflict use_variable
begin
  perform mcp.action_decide(action_id, 'approved', null);
  return query
    select a.id, a.tool, a.status, a.preview, a.result, a.error, a.decided_by, a.decided_at
    from mcp.actions a where a.id = action_id;
end
$$;

comment on function public.mcp_action_approve(uuid) is
  'Approves a pending write action (see public.mcp_pending_actions) and runs its write at once, in this '
  'transaction, confined to the action''s org; returns the action with the write''s result, or its error (status '
  'failed: nothing was changed). The approver is recorded. 42501 not an admin of the action''s org, P0002 unknown '
  'action, MC041 not pending (decided, expired, or awaiting the user at the client). Example: '
  'select * from public.mcp_action_approve(''<action-id>'');';
revoke all on function public.mcp_action_approve(uuid) from public;
grant execute on function public.mcp_action_approve(uuid) to mcp_app_user;
