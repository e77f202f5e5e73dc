-- plpgsql, not sql: called on every tools/call and for every tool of a tools/list (a non-inlined sql
-- function is planned anew on each call before PostgreSQL 18).
create or replace function mcp.tool_allowed(allowed_tools text[], tool_name text)
returns boolean
language plpgsql
immutable parallel safe
-- no SET clause: on the hot path a SET costs a settings save and restore per call; callers run
-- with search_path = '' (the definer entry points and handlers) and names are qualified
as $$
declare
  p text;
begin
  foreach p in array coalesce(allowed_tools, '{}') loop
    if p = '*' or p = tool_name or (right(p, 1) = '*' and starts_with(tool_name, left(p, -1))) then
      return true;
    end if;
  end loop;
  return false;
end
$$;

comment on function mcp.tool_allowed(text[], text) is
  'True when a token''s allow-list admits the tool: an entry ''*'', the exact name, or a trailing glob such as ''list_*''.';
revoke all on function mcp.tool_allowed(text[], text) from public;
grant execute on function mcp.tool_allowed(text[], text) to mcp_app_user;
