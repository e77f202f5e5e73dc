create or replace view public.mcp_auth_failures_summary with (security_invoker = true) as
select f.token_prefix,
       f.ip,
       f.reason,
       count(*) as failures,
       min(f.at) as first_at,
       max(f.at) as last_at,
       max(f.user_agent) as a_user_agent
from mcp.auth_failures f
where f.at >= now() - interval '7 days'
group by f.token_prefix, f.ip, f.reason;

comment on view public.mcp_auth_failures_summary is
  'Authentication failures of the last 7 days by presented token prefix (null when malformed or missing), client '
  'IP and reason, with counts and first/last times. App users see only failures of their orgs'' (revoked or '
  'expired) tokens; DBAs see all.';
revoke all on table public.mcp_auth_failures_summary from public;
grant select on table public.mcp_auth_failures_summary to mcp_app_user;
