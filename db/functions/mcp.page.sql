-- One page of a list tool's answer, from up to limit + 1 rows fetched in order as [sort_key, item]
-- pairs: the first `page_limit` items, cut earlier when they pass the response size cap, and a
-- next_cursor (the last returned row's key) when more rows remain.
create or replace function mcp.page(tool text, field text, page_limit integer, rows jsonb)
returns jsonb
language plpgsql
immutable parallel safe
-- no SET clause: on the hot path a SET costs a settings save and restore per call; callers run
-- with search_path = '' (the definer entry points and handlers) and names are qualified
as $$
declare
  cap constant integer := 60000; -- bytes of items per page; the answer carries them twice (text + structured)
  items jsonb := '[]';
  bytes integer := 0;
  size integer;
  last_key jsonb;
  more boolean := jsonb_array_length(rows) > page_limit;
  truncated boolean := false;
  r jsonb;
begin
  for r in select e from jsonb_array_elements(rows) as e limit page_limit loop
    size := octet_length((r -> 1)::text);
    if bytes > 0 and bytes + size > cap then
      truncated := true;
      more := true;
      exit;
    end if;
    items := items || jsonb_build_array(r -> 1);
    bytes := bytes + size;
    last_key := r -> 0;
  end loop;
  return jsonb_build_object(field, items,
                            'next_cursor', case when more then mcp.cursor_encode(tool, last_key) end)
      || case when truncated
              then jsonb_build_object('truncated', true,
                                      'note', 'truncated: the response size cap was reached; call again with next_cursor for the rest')
              else '{}'::jsonb end;
end
$$;

comment on function mcp.page(text, text, integer, jsonb) is
  'Builds a list tool''s page {<field>: items, next_cursor, truncated?, note?} from up to limit + 1 [sort_key, item] '
  'pairs in order; cuts at 60 kB of items (marking truncated) and encodes the last returned key as next_cursor.';
revoke all on function mcp.page(text, text, integer, jsonb) from public;
grant execute on function mcp.page(text, text, integer, jsonb) to mcp_reader;
