-- Trigger on public.mcp_tokens (bound in db/policies/mcp_tokens.sql). SECURITY INVOKER so that
-- current_user is the role that issued the token. Enforces what privileges alone cannot, also for
-- the table owner: who issued a token is recorded, not claimed; a token's identity never changes;
-- revocation is final; rows are never deleted.
create or replace function mcp.tokens_guard()
returns trigger
language plpgsql
set search_path = ''
as $$
begin
  if tg_op = 'INSERT' then
    -- the same rules as mcp_token_issue, also for rows inserted directly (the privilege exists because
    -- issuing is SECURITY INVOKER)
    perform mcp.token_settings_check(new.name, new.allowed_tools, new.rate_limit_per_minute, new.expires_at, new.description,
                                     new.scopes, new.confirm);
    if new.rotated_from is not null
       and not exists (select from public.mcp_tokens k where k.id = new.rotated_from and k.org_id = new.org_id) then
      raise exception 'rotated_from must name a token of the same org'
        using errcode = '22023', hint = 'Rotate with public.mcp_token_rotate.';
    end if;
    new.created_by := coalesce(app.current_user_id()::text, current_user::text);
    new.created_at := now();
    new.last_used_at := null;
    new.revoked_at := null;
    return new;
  elsif tg_op = 'UPDATE' then
    if (new.id, new.org_id, new.token_prefix, new.token_hash, new.created_by, new.created_at, new.rotated_from)
       is distinct from
       (old.id, old.org_id, old.token_prefix, old.token_hash, old.created_by, old.created_at, old.rotated_from) then
      raise exception 'token %: id, org_id, token_prefix, token_hash, created_by, created_at and rotated_from cannot change', old.id
        using errcode = 'MC003', hint = 'Issue a new token with public.mcp_token_issue instead.';
    end if;
    -- the settings as mcp_token_issue checks them, when one changes (not for last_used_at, which
    -- every minute of use updates): an UPDATE answers 22023 as the function would, not a constraint's
    -- 23514. Only what changed is checked against the registry: an allow-list or confirm map naming
    -- a tool since removed must not stop a token from being renamed ('{*}' and '{}' always pass).
    if (new.name, new.allowed_tools, new.rate_limit_per_minute, new.description, new.scopes, new.confirm)
       is distinct from (old.name, old.allowed_tools, old.rate_limit_per_minute, old.description, old.scopes, old.confirm) then
      perform mcp.token_settings_check(
        new.name, case when new.allowed_tools is distinct from old.allowed_tools then new.allowed_tools else '{*}' end,
        new.rate_limit_per_minute, null, new.description, new.scopes,
        case when (new.confirm, new.scopes) is distinct from (old.confirm, old.scopes) then new.confirm else '{}' end);
    end if;
    if old.revoked_at is not null then
      if new.revoked_at is null then
        raise exception 'token % was revoked at %: revocation cannot be undone', old.id, old.revoked_at
          using errcode = 'MC003', hint = 'Issue a new token with public.mcp_token_issue instead.';
      end if;
      new.revoked_at := old.revoked_at; -- the first revocation stands
    elsif new.revoked_at > clock_timestamp() then
      raise exception 'revoked_at % is in the future', new.revoked_at
        using errcode = '22023', hint = 'Use revoked_at = now(); to make a token stop working later, set expires_at.';
    end if;
    return new;
  end if;
  raise exception 'MCP token rows are never deleted'
    using errcode = 'MC003', hint = 'Revoke instead: update public.mcp_tokens set revoked_at = now() where id = ...';
end
$$;

comment on function mcp.tokens_guard() is
  'Trigger function of public.mcp_tokens: checks the settings and rotated_from and sets created_by/created_at on '
  'insert, keeps identity columns and '
  'revocations final on update (MC003), refuses DELETE and TRUNCATE (MC003).';
revoke all on function mcp.tokens_guard() from public;
