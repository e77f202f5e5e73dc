-- The allow-list walked entry by entry, trailing globs included: what mcp.tool_allowed asks for
-- when the list holds neither '*' nor the tool's own name.
create or replace function mcp.tool_allowed_glob(allowed_tools text[], tool_name text)
returns boolean
language plpgsql
immutable parallel safe
-- no SET clause: callers run with search_path = '' (the definer entry points and handlers)
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

comment on function mcp.tool_allowed_glob(text[], text) is
  'True when an entry of the allow-list admits the tool (''*'', the exact name, or a trailing glob such as '
  '''list_*''), walked entry by entry; mcp.tool_allowed calls it for globs. For internal use.';
revoke all on function mcp.tool_allowed_glob(text[], text) from public;
grant execute on function mcp.tool_allowed_glob(text[], text) to mcp_app_user;
