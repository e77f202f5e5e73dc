create or replace view public.mcp_pending_actions with (security_invoker = true) as
select a.org_id,
       a.id as action_id,
       a.tool,
       a.preview,
       a.arguments,
       a.token_id,
       coalesce(k.name, 'OAuth ' || g.subject) as token_name,
       k.token_prefix,
       a.policy,
       a.created_at,
       a.expires_at
from mcp.actions a
left join public.mcp_tokens k on k.id = a.token_id
left join public.mcp_grants g on g.id = a.token_id
where a.status = 'pending' and a.decided_by_kind = 'admin' and a.expires_at > now();

comment on view public.mcp_pending_actions is
  'Write actions awaiting an org admin''s approval, unexpired, with what they would change (preview) and the token '
  'that asked: select action_id, tool, preview, token_name from public.mcp_pending_actions order by created_at; '
  'then select * from public.mcp_action_approve(''<action-id>'') or public.mcp_action_reject(''<action-id>'', '
  '''reason''). RLS: the admins of an org see its actions, DBAs all.';
revoke all on table public.mcp_pending_actions from public;
grant select on table public.mcp_pending_actions to mcp_app_user;
