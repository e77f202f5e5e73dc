create or replace view public.mcp_token_error_rates with (security_invoker = true) as
select u.org_id,
       u.token_id,
       coalesce(k.name, 'OAuth ' || g.subject) as token_name,
       k.token_prefix,
       count(*) as calls,
       count(*) filter (where u.outcome <> 'ok') as failed,
       round(count(*) filter (where u.outcome <> 'ok')::numeric / count(*), 4) as error_rate,
       count(*) filter (where u.outcome = 'invalid_arguments') as invalid_arguments,
       count(*) filter (where u.outcome in ('not_allowed', 'unknown_tool', 'tool_disabled')) as refused,
       count(*) filter (where u.outcome = 'rate_limited') as rate_limited,
       count(*) filter (where u.outcome = 'timeout') as timeouts,
       count(*) filter (where u.outcome in ('tool_error', 'internal_error')) as tool_errors
from mcp.usage_log u
left join public.mcp_tokens k on k.id = u.token_id
left join public.mcp_grants g on g.id = u.token_id
where u.at >= now() - interval '7 days'
group by u.org_id, u.token_id, k.name, g.subject, k.token_prefix;

comment on view public.mcp_token_error_rates is
  'Per principal (a token, or an OAuth grant named ''OAuth <subject>''). Per token over the last 7 days: calls, failed, error_rate (failed / calls) and the failures by kind. RLS applies.';
revoke all on table public.mcp_token_error_rates from public;
grant select on table public.mcp_token_error_rates to mcp_app_user;
