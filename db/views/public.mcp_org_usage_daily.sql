create or replace view public.mcp_org_usage_daily with (security_invoker = true) as
select u.org_id,
       (u.at at time zone 'UTC')::date as day,
       count(*) as calls,
       count(*) filter (where u.outcome = 'ok') as ok,
       count(*) filter (where u.outcome <> 'ok') as failed,
       count(distinct u.token_id) as tokens,
       count(distinct u.tool) as tools,
       round(avg(u.duration_us) / 1000.0, 3) as avg_ms
from mcp.usage_log u
group by u.org_id, (u.at at time zone 'UTC')::date;

comment on view public.mcp_org_usage_daily is
  'Calls per org per UTC day: calls, ok, failed, distinct tokens and tools used, avg_ms. RLS applies.';
revoke all on table public.mcp_org_usage_daily from public;
grant select on table public.mcp_org_usage_daily to mcp_app_user;
