-- Validates the settings of a token about to be issued, with an error that names the argument.
-- The table's CHECK constraints hold the same rules for direct writes; this gives the friendly errors.
create or replace function mcp.token_settings_check(
  name text,
  allowed_tools text[],
  rate_limit_per_minute integer,
  expires_at timestamptz,
  description text,
  scopes text[] default '{mcp:read}',
  confirm jsonb default '{}'
)
returns void
language plpgsql
stable
set search_path = ''
as $$
declare
  bad text;
begin
  if name is null or btrim(name) = '' then
    raise exception 'name must not be empty'
      using errcode = '22023', hint = 'Name the token after where it is used, e.g. ''Claude Desktop on my laptop''.';
  end if;
  if char_length(btrim(name)) > 200 then
    raise exception 'name is % characters long: at most 200 are allowed', char_length(btrim(name))
      using errcode = '22023';
  end if;
  if char_length(description) > 2000 then
    raise exception 'description is % characters long: at most 2000 are allowed', char_length(description)
      using errcode = '22023';
  end if;
  if allowed_tools is null or cardinality(allowed_tools) = 0 then
    raise exception 'allowed_tools must list at least one tool name or pattern'
      using errcode = '22023', hint = 'Use ''{*}'' for all tools, or names and trailing globs such as ''{list_*,whoami}''.';
  end if;
  if cardinality(allowed_tools) > 256 then
    raise exception 'allowed_tools has % entries: at most 256 are allowed', cardinality(allowed_tools)
      using errcode = '22023';
  end if;
  select t into bad
  from unnest(allowed_tools) as t
  where t is null or t !~ '^(\*|[A-Za-z0-9_.-]{1,128}\*?)$'
  limit 1;
  if found then
    raise exception 'allowed_tools entry % is not a tool name or pattern', coalesce(quote_literal(bad), 'NULL')
      using errcode = '22023',
            hint = 'Entries are ''*'', a tool name of 1 to 128 characters [A-Za-z0-9_.-], or such a name ending in *.';
  end if;
  select t into bad
  from unnest(allowed_tools) as t
  where t <> '*' and not exists (select from mcp.tools r where mcp.tool_allowed(array[t], r.name))
                 and not exists (select from mcp.resource_kinds k where mcp.tool_allowed(array[t], k.name))
  limit 1;
  if found then
    raise exception 'allowed_tools entry % matches no tool or resource kind', quote_literal(bad)
      using errcode = '22023',
            hint = 'Known tools: ' || coalesce((select string_agg(r.name, ', ' order by r.name) from mcp.tools r), 'none')
                   || '; resource kinds: ' || coalesce((select string_agg(k.name, ', ' order by k.name) from mcp.resource_kinds k), 'none') || '.';
  end if;
  if rate_limit_per_minute is null or rate_limit_per_minute not between 1 and 1000000 then
    raise exception 'rate_limit_per_minute must be between 1 and 1000000, not %', coalesce(rate_limit_per_minute::text, 'NULL')
      using errcode = '22023';
  end if;
  if scopes is null or cardinality(scopes) = 0 or not scopes <@ '{mcp:read,mcp:write}' or not 'mcp:read' = any (scopes)
     or cardinality(scopes) > 2 or cardinality(scopes) <> (select count(distinct x) from unnest(scopes) x) then
    raise exception 'scopes % is not {mcp:read} or {mcp:read,mcp:write}', coalesce(scopes::text, 'NULL')
      using errcode = '22023', hint = 'mcp:read lets a token call the read tools; add mcp:write for the write tools.';
  end if;
  if jsonb_typeof(confirm) is distinct from 'object' then
    raise exception 'confirm must be a JSON object, not %', coalesce(jsonb_typeof(confirm), 'NULL')
      using errcode = '22023', hint = 'For example {"*": "user", "delete_calendar_event": "admin"}.';
  end if;
  select e.key || ': ' || e.value::text into bad
  from jsonb_each(confirm) e
  where e.value not in ('"user"', '"admin"', '"none"')
     or (e.key <> '*' and not exists (select from mcp.tools r where r.name = e.key and r.effect <> 'read'))
  limit 1;
  if found then
    raise exception 'confirm entry % is not a write tool (or *) with the policy user, admin or none', bad
      using errcode = '22023',
            hint = 'Write tools: ' || coalesce((select string_agg(r.name, ', ' order by r.name) from mcp.tools r
                                               where r.effect <> 'read'), 'none') || '.';
  end if;
  if expires_at <= now() then
    raise exception 'expires_at % is not in the future', expires_at
      using errcode = '22023', hint = 'Leave expires_at NULL for a token that does not expire.';
  end if;
end
$$;

comment on function mcp.token_settings_check(text, text[], integer, timestamptz, text, text[], jsonb) is
  'Raises 22023 naming the argument when a token''s name, allowed_tools (also: an entry that matches no registered '
  'tool or resource kind), rate_limit_per_minute, expires_at, description, scopes ({mcp:read} or '
  '{mcp:read,mcp:write}) or confirm map ({"<write tool>|*": "user"|"admin"|"none"}) is not acceptable; returns '
  'nothing otherwise.';
revoke all on function mcp.token_settings_check(text, text[], integer, timestamptz, text, text[], jsonb) from public;
grant execute on function mcp.token_settings_check(text, text[], integer, timestamptz, text, text[], jsonb) to mcp_app_user;
