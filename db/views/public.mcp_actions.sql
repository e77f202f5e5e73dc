create or replace view public.mcp_actions with (security_invoker = true) as
select a.org_id,
       a.id as action_id,
       a.created_at,
       a.tool,
       a.preview,
       a.arguments,
       a.token_id,
       coalesce(k.name, 'OAuth ' || g.subject) as token_name,
       a.policy,
       a.decided_by_kind,
       case when a.status = 'pending' and a.expires_at <= now() then 'expired' else a.status end as status,
       a.expires_at,
       a.decided_at,
       a.decided_by,
       a.reason,
       a.result,
       a.error,
       a.idempotency_key,
       a.request_id,
       c.changes
from mcp.actions a
left join public.mcp_tokens k on k.id = a.token_id
left join public.mcp_grants g on g.id = a.token_id
left join lateral (
  select jsonb_agg(jsonb_build_object('table', x.table_name, 'operation', x.operation, 'before', x.before, 'after', x.after)
                   order by x.seq) as changes
  from mcp.action_changes x where x.action_id = a.id
) c on true;

comment on view public.mcp_actions is
  'Every write action with its decision and, for those that ran, the rows changed before and after (changes: '
  '[{table, operation, before, after}]): who asked (token), what (preview, arguments), who decided (decided_by, '
  'decided_by_kind: user, admin or none) and what happened (status, result, error). A pending action past '
  'expires_at shows as expired. RLS: the admins of an org see its actions, DBAs all.';
revoke all on table public.mcp_actions from public;
grant select on table public.mcp_actions to mcp_app_user;
