create or replace view public.mcp_tokens_idle with (security_invoker = true) as
select k.org_id,
       k.id as token_id,
       k.name,
       k.token_prefix,
       k.created_at,
       k.last_used_at,
       extract(day from now() - coalesce(k.last_used_at, k.created_at))::integer as idle_days
from public.mcp_tokens k
where k.revoked_at is null and (k.expires_at is null or k.expires_at > now());

comment on view public.mcp_tokens_idle is
  'Live tokens (not revoked, not expired) with the whole days since their last use (or, never used, since issue): '
  'select * from public.mcp_tokens_idle where idle_days >= 30; RLS applies.';
revoke all on table public.mcp_tokens_idle from public;
grant select on table public.mcp_tokens_idle to mcp_app_user;
