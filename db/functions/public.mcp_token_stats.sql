-- SECURITY INVOKER: RLS on the usage log decides what a caller sees (DBAs all, app users their orgs).
create or replace function public.mcp_token_stats(token_id uuid)
returns table (
  total bigint,
  ok bigint,
  failed bigint,
  avg_duration_ms numeric,
  p95_duration_ms numeric,
  last_24h bigint,
  top_tools jsonb,
  last_used_at timestamptz
)
language plpgsql
stable
set search_path = ''
as $$
#variable_conflict use_column
begin
  -- a token, or an OAuth user's grant (its id stands where a token's does in the usage log)
  if not exists (select from public.mcp_tokens k where k.id = mcp_token_stats.token_id)
     and not exists (select from public.mcp_grants g where g.id = mcp_token_stats.token_id) then
    raise exception 'token or grant % not found or not visible', mcp_token_stats.token_id
      using errcode = 'P0002', hint = 'List tokens with: select id, name, token_prefix from public.mcp_tokens; grants with: select id, subject from public.mcp_grants;';
  end if;
  return query
  with calls as (
    select u.tool, u.outcome, u.duration_us, u.at from mcp.usage_log u where u.token_id = mcp_token_stats.token_id
  )
  select count(*),
         count(*) filter (where c.outcome = 'ok'),
         count(*) filter (where c.outcome <> 'ok'),
         round(avg(c.duration_us) / 1000.0, 3),
         round((percentile_cont(0.95) within group (order by c.duration_us))::numeric / 1000.0, 3),
         count(*) filter (where c.at >= now() - interval '24 hours'),
         (select coalesce(jsonb_agg(jsonb_build_object('tool', t.tool, 'calls', t.n) order by t.n desc, t.tool), '[]')
          from (select c2.tool, count(*) as n from calls c2 group by c2.tool order by n desc, c2.tool limit 5) t),
         max(c.at)
  from calls c;
end
$$;

comment on function public.mcp_token_stats(uuid) is
  'Usage of one token, or one OAuth user''s grant (its id), from the usage log: total calls, ok, failed (any other outcome), average and p95 duration '
  'in ms, calls in the last 24 hours, the top 5 tools [{tool, calls}] and the time of the last call. P0002 when '
  'the token or grant is unknown or not visible. App users see only their orgs'' tokens and grants.';
revoke all on function public.mcp_token_stats(uuid) from public;
grant execute on function public.mcp_token_stats(uuid) to mcp_app_user;
