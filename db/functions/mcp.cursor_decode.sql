-- The sort key inside a cursor, checked against the shape the tool expects, so that a tampered or
-- foreign cursor is a clear 22023 and never a cast error inside the tool.
create or replace function mcp.cursor_decode(tool text, encoded text, key_types text[])
returns jsonb
language plpgsql
immutable parallel unsafe -- an EXCEPTION block (here or in what it calls) is a subtransaction, which a parallel worker cannot start
-- no SET clause: on the hot path a SET costs a settings save and restore per call; callers run
-- with search_path = '' (the definer entry points and handlers) and names are qualified
as $$
declare
  b64 text;
  decoded jsonb;
  key jsonb;
  fits boolean := true;
begin
  if encoded is null then
    return null;
  end if;
  b64 := translate(encoded, '-_', '+/');
  b64 := b64 || repeat('=', (4 - char_length(b64) % 4) % 4);
  begin
    decoded := convert_from(decode(b64, 'base64'), 'UTF8')::jsonb;
    key := decoded -> 'k';
    if decoded ->> 't' is distinct from tool or jsonb_typeof(key) is distinct from 'array'
       or jsonb_array_length(key) <> cardinality(key_types) then
      fits := false;
    else
      for i in 1 .. cardinality(key_types) loop
        fits := fits and jsonb_typeof(key -> (i - 1)) = case key_types[i] when 'integer' then 'number' else 'string' end;
        case key_types[i]
          when 'uuid' then perform (key ->> (i - 1))::uuid;
          when 'integer' then perform (key ->> (i - 1))::integer;
          when 'timestamptz' then perform (key ->> (i - 1))::timestamptz;
          else null;
        end case;
      end loop;
    end if;
  exception when others then
    fits := false;
  end;
  if not fits then
    raise exception 'argument "cursor" is not a cursor of %', tool
      using errcode = '22023', hint = 'Pass next_cursor from the previous page of the same tool unchanged, or omit it for the first page.';
  end if;
  return key;
end
$$;

comment on function mcp.cursor_decode(text, text, text[]) is
  'The sort key inside a cursor made by mcp.cursor_encode for this tool, checked against key_types (uuid, integer, '
  'timestamptz or text, one per key part); NULL for a NULL cursor; 22023 for anything else.';
revoke all on function mcp.cursor_decode(text, text, text[]) from public;
grant execute on function mcp.cursor_decode(text, text, text[]) to mcp_reader;
