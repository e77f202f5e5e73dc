-- Trigger on public.mcp_grants (bound in db/policies/public.mcp_grants.sql): a grant's identity
-- never changes and rows are never deleted (revoke instead; unlike a token's, a grant's revocation
-- can be undone: the user is the same person, and restoring is an admin's decision).
create or replace function mcp.grants_guard()
returns trigger
language plpgsql
set search_path = ''
as $$
begin
  if tg_op = 'UPDATE' then
    if (new.id, new.org_id, new.issuer, new.subject, new.created_at) is distinct from
       (old.id, old.org_id, old.issuer, old.subject, old.created_at) then
      raise exception 'grant %: id, org_id, issuer, subject and created_at cannot change', old.id
        using errcode = 'MC003', hint = 'Revoke the grant instead: update public.mcp_grants set revoked_at = now() where id = ...';
    end if;
    if new.revoked_at > clock_timestamp() then
      raise exception 'revoked_at % is in the future', new.revoked_at
        using errcode = '22023', hint = 'Use revoked_at = now().';
    end if;
    if new.confirm is distinct from old.confirm then
      perform mcp.token_settings_check('grant', new.allowed_tools, new.rate_limit_per_minute, null, null, new.scopes, new.confirm);
    end if;
    return new;
  end if;
  raise exception 'OAuth grant rows are never deleted'
    using errcode = 'MC003', hint = 'Revoke instead: update public.mcp_grants set revoked_at = now() where id = ...';
end
$$;

comment on function mcp.grants_guard() is
  'Trigger function of public.mcp_grants: keeps identity columns (id, org_id, issuer, subject, created_at) on update '
  '(MC003), checks a changed confirm map, refuses DELETE and TRUNCATE (MC003).';
revoke all on function mcp.grants_guard() from public;
