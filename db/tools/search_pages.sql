-- Tool search_pages: pages whose title contains the query, best matches first.
create or replace function mcp_tools.search_pages(args jsonb)
returns jsonb
language plpgsql
stable
security definer
set search_path = ''
as $$
declare
  page_limit integer := (args ->> 'limit')::integer;
  after jsonb := mcp.cursor_decode('search_pages', args ->> 'cursor', '{integer,integer,integer,integer,uuid}');
begin
  -- app.page_search finds and ranks the matches with the trigram index; the pages themselves are
  -- read here, as mcp_reader, through RLS
  return mcp.page('search_pages', 'pages', page_limit, coalesce((
    select jsonb_agg(jsonb_build_array(jsonb_build_array(m.exact, m.prefix, m.pos, m.len, m.id),
                                       jsonb_build_object('id', p.id, 'title', p.title, 'excerpt', left(p.body, 300),
                                                          'updated_at', p.updated_at))
                     order by m.exact, m.prefix, m.pos, m.len, m.id)
    from app.page_search(args ->> 'query', after, page_limit) m
    join app.pages p on p.id = m.id), '[]'));
end
$$;

comment on function mcp_tools.search_pages(jsonb) is 'Handler of the search_pages tool (see mcp.tools).';
revoke all on function mcp_tools.search_pages(jsonb) from public;

select mcp.tool_register(
  name => 'search_pages',
  title => 'Search pages by title',
  description => 'Finds the organisation''s pages whose title contains query (case-insensitive; % and _ are matched '
    'literally), best matches first: exact title, then titles starting with the query, then the rest. Returns id, '
    'title, the first 300 characters of the body (excerpt) and updated_at; up to limit pages (default 10, max 50), '
    'and next_cursor for more.',
  handler => 'mcp_tools.search_pages(jsonb)',
  input_schema => $json${
    "type": "object",
    "properties": {
      "query": {"type": "string", "minLength": 2, "maxLength": 200, "description": "Text to find in page titles (at least 2 characters)."},
      "limit": {"type": "integer", "minimum": 1, "maximum": 50, "default": 10, "description": "Pages per page of results (1-50, default 10)."},
      "cursor": {"type": "string", "maxLength": 1000, "description": "next_cursor from the previous call with the same query."}
    },
    "required": ["query"],
    "additionalProperties": false
  }$json$,
  output_schema => $json${
    "type": "object",
    "properties": {
      "pages": {"type": "array", "items": {"type": "object", "properties": {
        "id": {"type": "string", "format": "uuid"}, "title": {"type": "string"}, "excerpt": {"type": "string"},
        "updated_at": {"type": "string", "format": "date-time"}}, "required": ["id", "title", "excerpt", "updated_at"]}},
      "next_cursor": {"anyOf": [{"type": "string"}, {"type": "null"}]},
      "truncated": {"type": "boolean"}, "note": {"type": "string"}
    },
    "required": ["pages", "next_cursor"]
  }$json$
);
