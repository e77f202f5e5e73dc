-- Carries out a decision made in SQL (by the trigger mcp.actions_settle), in the deciding statement: an approved
-- action's write runs confined to the action's org and token, exactly as the pipeline would have
-- run it; either decision gets its usage-log row. Runs only what was decided and not yet settled
-- (the full arguments are kept until then), so calling it again does nothing.
create or replace function mcp.action_settle(action_id uuid)
returns void
language plpgsql
volatile
security definer
set search_path = ''
as $$
#variable_conflict use_variable
declare
  started timestamptz := clock_timestamp();
  a mcp.actions;
  tool record;
  token record;
  run record;
  code text;
  failure text;
  caller_timezone text := pg_catalog.current_setting('timezone');
begin
  select * into a from mcp.actions x where x.id = action_id for update;
  if a.run_arguments is null or a.status not in ('approved', 'rejected') then
    return;
  end if;
  if a.status = 'approved' then
    select t.handler, t.enabled into tool from mcp.tools t where t.name = a.tool;
    select k.revoked_at, k.expires_at, k.scopes into token from public.mcp_tokens k where k.id = a.token_id
    union all -- or the OAuth grant that asked for it
    select g.revoked_at, null, g.scopes from public.mcp_grants g where g.id = a.token_id;
    if tool.handler is null or not tool.enabled then
      raise exception 'action % cannot run: tool % is disabled or gone', a.id, a.tool
        using errcode = 'MC041', hint = 'Reject it instead, or enable the tool first.';
    end if;
    if token.revoked_at is not null or token.expires_at <= now() or not coalesce('mcp:write' = any (token.scopes), false) then
      raise exception 'action % cannot run: the token that asked for it is revoked, expired or no longer may write', a.id
        using errcode = 'MC041', hint = 'Reject it instead.';
    end if;
    perform pg_catalog.set_config('mcp.org_id', a.org_id::text, true),
            pg_catalog.set_config('mcp.token_id', a.token_id::text, true),
            pg_catalog.set_config('timezone', 'UTC', true);
    run := mcp.action_run(a.id, a.tool, tool.handler, a.run_arguments);
    code := run.code;
    failure := run.msg;
    perform pg_catalog.set_config('mcp.org_id', '', true), pg_catalog.set_config('mcp.token_id', '', true),
            pg_catalog.set_config('timezone', caller_timezone, true);
  end if;
  update mcp.actions x set run_arguments = null where x.id = a.id returning * into a;
  insert into mcp.usage_log
    (org_id, at, token_id, tool, arguments, outcome, errcode, message, duration_us, client_name, action_id, principal)
  values
    (a.org_id, started, a.token_id, a.tool, a.arguments, case when a.status = 'rejected' then 'rejected' else 'approved' end,
     code,
     format('%s by %s', case when a.status = 'rejected' then 'rejected' else 'approved' end, a.decided_by)
       || coalesce('; the write failed: ' || failure, ''),
     (extract(epoch from clock_timestamp() - started) * 1000000)::integer, 'sql', a.id,
     case when exists (select from public.mcp_grants g where g.id = a.token_id) then 'grant' else 'token' end);
end
$$;

comment on function mcp.action_settle(uuid) is
  'Runs an action approved in this transaction (confined to its org and token; refused with MC041 when its tool is '
  'disabled or its token revoked, expired or read-only), and logs the approval or rejection in mcp.usage_log. '
  'Does nothing for an action already settled. Run by the trigger mcp.actions_settle.';
revoke all on function mcp.action_settle(uuid) from public;

-- Trigger on mcp.actions (bound in db/policies/mcp.actions.sql): an approval or rejection, however
-- made (public.mcp_action_approve/reject, or an admin's UPDATE), is carried out in its statement.
create or replace function mcp.actions_settle()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
begin
  perform mcp.action_settle(new.id);
  return null;
end
$$;

comment on function mcp.actions_settle() is
  'Trigger function: settles (mcp.action_settle) an action just approved or rejected.';
revoke all on function mcp.actions_settle() from public;
