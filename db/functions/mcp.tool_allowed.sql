-- SQL, inlined into the statement or expression that uses it (every tools/call, every tool of a
-- tools/list): '*' or the tool's own name, what nearly every token's list holds, is answered there;
-- only a list without them costs mcp.tool_allowed_glob's call (~7k instructions). A string body,
-- so that it may come before the function it calls when the files are applied.
create or replace function mcp.tool_allowed(allowed_tools text[], tool_name text)
returns boolean
language sql
immutable parallel safe
as $$
  select coalesce('*' = any (allowed_tools) or tool_name = any (allowed_tools), false)
         or mcp.tool_allowed_glob(allowed_tools, tool_name)
$$;

comment on function mcp.tool_allowed(text[], text) is
  'True when a token''s allow-list admits the tool: an entry ''*'', the exact name, or a trailing glob such as ''list_*''.';
revoke all on function mcp.tool_allowed(text[], text) from public;
grant execute on function mcp.tool_allowed(text[], text) to mcp_app_user;
