-- Opaque pagination cursors: the last row's sort key, tagged with the tool that made it, as
-- URL-safe base64 of JSON. Keyset pagination: page 1000 costs what page 1 costs.
create or replace function mcp.cursor_encode(tool text, sort_key jsonb)
returns text
language sql
immutable parallel safe
set search_path = ''
as $$
  select translate(encode(convert_to(jsonb_build_object('t', tool, 'k', sort_key)::text, 'UTF8'), 'base64'),
                   E'+/=\n', '-_')
$$;

comment on function mcp.cursor_encode(text, jsonb) is
  'An opaque next_cursor for a tool: URL-safe base64 of {"t": tool, "k": sort key of the last row returned}.';
revoke all on function mcp.cursor_encode(text, jsonb) from public;
grant execute on function mcp.cursor_encode(text, jsonb) to mcp_reader;
