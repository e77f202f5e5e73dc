-- Trigger on mcp.actions (bound in db/policies/mcp.actions.sql). SECURITY INVOKER, so that
-- current_user is who decides. An action is append-only but for its one decision: what was asked
-- never changes; a pending action is decided once; a decided one only gets its write's result.
-- Who approved or rejected is recorded, not claimed, and only the gateway (the owner) records
-- anything but an approval or a rejection; mcp.actions_settle carries either out.
create or replace function mcp.actions_guard()
returns trigger
language plpgsql
set search_path = ''
as $$
begin
  if tg_op = 'UPDATE' then
    if (new.org_id, new.id, new.token_id, new.tool, new.arguments, new.arguments_digest, new.idempotency_key, new.preview,
        new.policy, new.decided_by_kind, new.created_at, new.expires_at, new.request_id)
       is distinct from
       (old.org_id, old.id, old.token_id, old.tool, old.arguments, old.arguments_digest, old.idempotency_key, old.preview,
        old.policy, old.decided_by_kind, old.created_at, old.expires_at, old.request_id) then
      raise exception 'action %: what was asked cannot change', old.id
        using errcode = 'MC003', hint = 'Approve or reject it with public.mcp_action_approve or public.mcp_action_reject.';
    end if;
    if old.status = 'pending' then
      -- the pipeline (running as the owner) records confirmations, declines, expiries and runs;
      -- people decide in SQL only by approving or rejecting
      if new.status is distinct from old.status and new.status not in ('approved', 'rejected')
         and not pg_catalog.pg_has_role(current_user, (select c.relowner from pg_catalog.pg_class c
                                                       where c.oid = 'mcp.actions'::regclass), 'member') then
        raise exception 'action %: only the gateway records the status %, an admin approves or rejects', old.id, new.status
          using errcode = '42501', hint = 'Use public.mcp_action_approve or public.mcp_action_reject.';
      end if;
      if new.status = old.status and new.reason is distinct from old.reason then
        raise exception 'action %: a reason is given when rejecting it', old.id
          using errcode = 'MC003', hint = 'Use public.mcp_action_reject(''<action-id>'', ''reason'').';
      end if;
      if new.status in ('approved', 'rejected') then
        if old.decided_by_kind <> 'admin' then
          raise exception 'action % awaits the confirmation of the person at the client, not an admin''s', old.id
            using errcode = 'MC041', hint = 'Only actions listed in public.mcp_pending_actions are approved in SQL.';
        end if;
        if old.expires_at <= now() then
          raise exception 'action % expired at %', old.id, old.expires_at
            using errcode = 'MC041', hint = 'Expired actions cannot be approved; the agent may ask again.';
        end if;
        new.decided_by := coalesce(app.current_user_id()::text, current_user::text);
        new.decided_at := now();
      end if;
    elsif new.status is distinct from old.status
          and not (new.status = 'failed' and old.status in ('confirmed', 'approved', 'executed') and old.result is null) then
      raise exception 'action % was already decided (%)', old.id, old.status
        using errcode = 'MC041', hint = 'See it in public.mcp_actions.';
    elsif (new.decided_by, new.decided_at, new.reason) is distinct from (old.decided_by, old.decided_at, old.reason)
          or (old.result is not null and new.result is distinct from old.result)
          or (old.error is not null and new.error is distinct from old.error) then
      raise exception 'action % was already decided (%): its record cannot change', old.id, old.status
        using errcode = 'MC003';
    end if;
    return new;
  end if;
  raise exception 'actions are never deleted' using errcode = 'MC003', hint = 'They are the record of what agents asked to change.';
end
$$;

comment on function mcp.actions_guard() is
  'Trigger function of mcp.actions: what was asked never changes (MC003); a pending action is decided once, an '
  'admin-approved one only while unexpired and when it awaits an admin (MC041), with decided_by recorded from the '
  'deciding user or role; no DELETE or TRUNCATE (MC003).';
revoke all on function mcp.actions_guard() from public;
