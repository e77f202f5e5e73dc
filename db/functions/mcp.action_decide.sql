-- The decision of public.mcp_action_approve and public.mcp_action_reject, as the caller (SECURITY
-- INVOKER): the UPDATE is allowed by privileges and RLS to admins of the action's org and DBAs only,
-- and the guard trigger records who decided; the trigger mcp.actions_settle then runs what was
-- decided, so a direct UPDATE by an admin does the same.
create or replace function mcp.action_decide(action_id uuid, decision text, reason text)
returns void
language plpgsql
volatile
set search_path = ''
as $$
#variable_conflict use_variable
declare
  org uuid;
  current text;
begin
  if decision is null or decision not in ('approved', 'rejected') then
    raise exception 'decision must be approved or rejected, not %', coalesce(decision, 'NULL') using errcode = '22023';
  end if;
  if action_id is null then
    raise exception 'action_id must not be null' using errcode = '22023';
  end if;
  if char_length(reason) > 2000 then
    raise exception 'reason is % characters long: at most 2000 are allowed', char_length(reason) using errcode = '22023';
  end if;
  org := mcp.action_org(action_id);
  if org is null then
    raise exception 'action % not found', action_id
      using errcode = 'P0002', hint = 'List the actions awaiting approval with: select * from public.mcp_pending_actions;';
  end if;
  if not mcp.may_administer_org(org) then
    raise exception 'not allowed to decide the actions of org %', org
      using errcode = '42501', hint = 'Ask an admin of that organisation, or a DBA (a member of mcp_admin).';
  end if;
  update mcp.actions a set status = decision, reason = reason where a.id = action_id and a.status = 'pending';
  if not found then
    select a.status into current from mcp.actions a where a.id = action_id;
    raise exception 'action % is not pending: it is %', action_id, coalesce(current, 'not visible')
      using errcode = 'MC041', hint = 'See it in public.mcp_actions.';
  end if;
  -- the trigger mcp.actions_settle has run the approved write (or logged the rejection)
end
$$;

comment on function mcp.action_decide(uuid, text, text) is
  'Approves or rejects (decision: approved or rejected) a pending action as the calling user or role; the trigger '
  'mcp.actions_settle carries it out. Behind public.mcp_action_approve and public.mcp_action_reject.';
revoke all on function mcp.action_decide(uuid, text, text) from public;
grant execute on function mcp.action_decide(uuid, text, text) to mcp_app_user;
