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
  items jsonb;
  kept integer;
  last_key jsonb;
begin
  -- one statement, not a loop of items || item (each || copies the array: quadratic in the page):
  -- the items in order while their running size stays under the cap, the first one always
  select coalesce(jsonb_agg(s.e -> 1 order by s.n), '[]'), count(*), (array_agg(s.e -> 0 order by s.n desc))[1]
  into items, kept, last_key
  from (select x.e, x.n, sum(octet_length((x.e -> 1)::text)) over (order by x.n) as upto
        from jsonb_array_elements(rows) with ordinality as x (e, n)
        where x.n <= page_limit) s
  where s.n = 1 or s.upto <= cap;
  -- truncated: an item of this page passed the cap; more: rows remain after what is returned
  return jsonb_build_object(field, items,
                            'next_cursor', case when kept < jsonb_array_length(rows) then mcp.cursor_encode(tool, last_key) end)
      || case when kept < least(page_limit, jsonb_array_length(rows))
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
