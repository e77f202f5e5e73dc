create or replace function mcp.cursor_decode(tool text, encoded text)
returns jsonb
language plpgsql
immutable parallel safe
set search_path = ''
as $$
declare
  b64 text;
  decoded jsonb;
begin
  if encoded is null then
    return null;
  end if;
  b64 := translate(encoded, '-_', '+/');
  b64 := b64 || repeat('=', (4 - char_length(b64) % 4) % 4);
  begin
    decoded := convert_from(decode(b64, 'base64'), 'UTF8')::jsonb;
  exception when others then
    decoded := null;
  end;
  if decoded is null or decoded ->> 't' is distinct from tool or jsonb_typeof(decoded -> 'k') is distinct from 'array' then
    raise exception 'argument "cursor" is not a cursor of %', tool
      using errcode = '22023', hint = 'Pass next_cursor from the previous page of the same tool unchanged, or omit it for the first page.';
  end if;
  return decoded -> 'k';
end
$$;

comment on function mcp.cursor_decode(text, text) is
  'The sort key inside a cursor made by mcp.cursor_encode for this tool; NULL for a NULL cursor; 22023 for anything else.';
revoke all on function mcp.cursor_decode(text, text) from public;
grant execute on function mcp.cursor_decode(text, text) to mcp_reader;
