-- What a write would change, in words: its tool's preview, which must say something (a user asked
-- to confirm nothing but a tool name would be confirming blind).
create or replace function mcp.write_preview(tool_name text, preview_handler regprocedure, args jsonb)
returns text
language plpgsql
stable
-- no SET clause: the caller is a definer function running with search_path = ''
as $$
declare
  words text := mcp.handler_call(tool_name || ':preview', preview_handler, args) ->> 'preview';
begin
  if nullif(btrim(words), '') is null then
    raise exception 'the preview of tool "%" said nothing', tool_name
      using errcode = 'MC030', hint = 'A preview returns {"preview": "<what the call would change, in words>"}.';
  end if;
  return words;
end
$$;

comment on function mcp.write_preview(text, regprocedure, jsonb) is
  'The preview text of a write call (its tool''s preview handler); MC030 when it is missing or empty. For internal use.';
revoke all on function mcp.write_preview(text, regprocedure, jsonb) from public;
