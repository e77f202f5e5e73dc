-- Opaque pagination cursors: the last row's sort key, tagged with the tool that made it, as
-- URL-safe base64 of JSON. Keyset pagination: page 1000 costs what page 1 costs.
create or replace function mcp.cursor_encode(tool text, sort_key jsonb)
returns text
language sql
stable parallel safe
-- inlined into its callers' expressions: no SET clause (every name is qualified instead), and stable
-- as jsonb_build_object is. Not inlined, every page of every list tool parsed and planned it anew
-- (~190k instructions a call)
return pg_catalog.translate(pg_catalog.encode(pg_catalog.convert_to(
         pg_catalog.jsonb_build_object('t', tool, 'k', sort_key)::pg_catalog.text, 'UTF8'), 'base64'), E'+/=\n', '-_');

comment on function mcp.cursor_encode(text, jsonb) is
  'An opaque next_cursor for a tool: URL-safe base64 of {"t": tool, "k": sort key of the last row returned}.';
revoke all on function mcp.cursor_encode(text, jsonb) from public;
grant execute on function mcp.cursor_encode(text, jsonb) to mcp_reader;
