-- Throttled to one write a minute per token, and skipped without touching the row when the
-- caller's copy of last_used_at is recent: a busy token's row never becomes a hot spot.
create or replace function mcp.token_touch(token_id uuid, seen_last_used_at timestamptz)
returns void
language plpgsql
volatile
-- no SET clause: on the hot path a SET costs a settings save and restore per call; callers run
-- with search_path = '' (the definer entry points and handlers) and names are qualified
as $$
begin
  if seen_last_used_at is null or seen_last_used_at < now() - interval '1 minute' then
    update public.mcp_tokens k set last_used_at = now()
    where k.id = token_id and (k.last_used_at is null or k.last_used_at < now() - interval '1 minute');
    if not found then -- a grant's id (or a token touched within the minute: one index probe more)
      update public.mcp_grants g set last_used_at = now()
      where g.id = token_id and (g.last_used_at is null or g.last_used_at < now() - interval '1 minute');
    end if;
  end if;
end
$$;

comment on function mcp.token_touch(uuid, timestamptz) is
  'Sets last_used_at = now() on a token or grant (the principal id) unless it was set within the last minute. For internal use.';
revoke all on function mcp.token_touch(uuid, timestamptz) from public;
