create or replace view public.mcp_usage_daily with (security_invoker = true) as
select u.org_id,
       u.token_id,
       coalesce(k.name, 'OAuth ' || g.subject) as token_name,
       k.token_prefix,
       (u.at at time zone 'UTC')::date as day,
       count(*) as calls,
       count(*) filter (where u.outcome = 'ok') as ok,
       count(*) filter (where u.outcome <> 'ok') as failed,
       count(*) filter (where u.outcome = 'rate_limited') as rate_limited,
       round(avg(u.duration_us) / 1000.0, 3) as avg_ms,
       round(max(u.duration_us) / 1000.0, 3) as max_ms
from mcp.usage_log u
left join public.mcp_tokens k on k.id = u.token_id
left join public.mcp_grants g on g.id = u.token_id
group by u.org_id, u.token_id, k.name, g.subject, k.token_prefix, (u.at at time zone 'UTC')::date;

comment on view public.mcp_usage_daily is
  'Calls per principal (token, or OAuth grant: token_name ''OAuth <subject>'') per UTC day: calls, ok, failed, rate_limited, avg_ms, max_ms. Filter on day (and org_id) to keep '
  'it cheap. RLS applies: app users see their orgs'' tokens only.';
revoke all on table public.mcp_usage_daily from public;
grant select on table public.mcp_usage_daily to mcp_app_user;
