create or replace function mcp.tool_allowed(allowed_tools text[], tool_name text)
returns boolean
language sql
immutable parallel safe
set search_path = ''
as $$
  select exists (
    select from unnest(allowed_tools) as p
    where p = '*'
       or p = tool_name
       or (right(p, 1) = '*' and starts_with(tool_name, left(p, -1)))
  )
$$;

comment on function mcp.tool_allowed(text[], text) is
  'True when a token''s allow-list admits the tool: an entry ''*'', the exact name, or a trailing glob such as ''list_*''.';
revoke all on function mcp.tool_allowed(text[], text) from public;
grant execute on function mcp.tool_allowed(text[], text) to mcp_app_user;
