-- Write actions: written by the pipeline (as the owner); admins of an org (and DBAs) read them and
-- decide the pending ones (public.mcp_action_approve/reject: the UPDATE below is what allows it);
-- tool handlers (get_action_status) read the running call's org's. Append-only but for the decision
-- (mcp.actions_guard). The full arguments of a pending action are for the pipeline only.
alter table mcp.actions enable row level security;
alter table mcp.action_changes enable row level security;

revoke all on table mcp.actions, mcp.action_changes from public;
grant select (org_id, id, token_id, tool, arguments, arguments_digest, idempotency_key, preview, policy, decided_by_kind,
              status, created_at, expires_at, decided_at, decided_by, reason, result, error, request_id)
  on table mcp.actions to mcp_app_user;
grant update (status, reason) on table mcp.actions to mcp_app_user;
grant select on table mcp.action_changes to mcp_app_user;

drop policy if exists actions_select on mcp.actions;
create policy actions_select on mcp.actions for select to mcp_app_user
  using ((select mcp.is_dba()) or org_id in (select app.admin_org_ids()));
comment on policy actions_select on mcp.actions is 'DBAs see every action; app users the actions of orgs they are admin of.';

drop policy if exists actions_decide on mcp.actions;
create policy actions_decide on mcp.actions for update to mcp_app_user
  using ((select mcp.is_dba()) or org_id in (select app.admin_org_ids()))
  with check ((select mcp.is_dba()) or org_id in (select app.admin_org_ids()));
comment on policy actions_decide on mcp.actions is 'DBAs and the admins of an action''s org approve or reject it.';

grant select (org_id, id, token_id, tool, preview, status, created_at, expires_at, decided_at, decided_by, reason, result, error)
  on table mcp.actions to mcp_reader;
drop policy if exists actions_reader on mcp.actions;
create policy actions_reader on mcp.actions for select to mcp_reader
  using (org_id = (select mcp.current_org_id()));
comment on policy actions_reader on mcp.actions is 'Tool handlers (get_action_status) see the actions of the running call''s org.';

drop policy if exists action_changes_select on mcp.action_changes;
create policy action_changes_select on mcp.action_changes for select to mcp_app_user
  using ((select mcp.is_dba()) or org_id in (select app.admin_org_ids()));
comment on policy action_changes_select on mcp.action_changes is
  'DBAs see every change; app users the changes in orgs they are admin of.';

create or replace trigger actions_guard
  before update or delete on mcp.actions
  for each row execute function mcp.actions_guard();
create or replace trigger actions_settle
  after update of status on mcp.actions
  for each row when (old.status = 'pending' and new.status in ('approved', 'rejected'))
  execute function mcp.actions_settle();
create or replace trigger actions_no_truncate
  before truncate on mcp.actions
  for each statement execute function mcp.log_guard();
create or replace trigger action_changes_append_only
  before update or delete on mcp.action_changes
  for each row execute function mcp.log_guard();
create or replace trigger action_changes_no_truncate
  before truncate on mcp.action_changes
  for each statement execute function mcp.log_guard();
