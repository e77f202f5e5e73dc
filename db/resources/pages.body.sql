-- Resource kind pages.body: each page of the org as pgmcp://pages/<id>, whose text is its body (Markdown).
create or replace function mcp_tools.pages_body_list(args jsonb)
returns jsonb
language plpgsql
stable
security definer
set search_path = ''
as $$
declare
  page_limit integer := coalesce((args ->> 'limit')::integer, 50);
  after jsonb := mcp.cursor_decode('pages.body', args ->> 'cursor', '{text,uuid}');
begin
  return mcp.page('pages.body', 'resources', page_limit, coalesce((
    select jsonb_agg(jsonb_build_array(jsonb_build_array(p.title, p.id), jsonb_build_object(
             'uri', 'pgmcp://pages/' || p.id, 'name', p.title, 'title', p.title,
             'description', format('Page "%s" (%s characters of Markdown)', p.title, p.size),
             'mimeType', 'text/markdown')) order by p.title, p.id)
    from (select p.id, p.title, char_length(p.body) as size from app.pages p
          where (p.title, p.id) > (coalesce(after ->> 0, ''), coalesce((after ->> 1)::uuid, '00000000-0000-0000-0000-000000000000'::uuid))
          order by p.title, p.id
          limit page_limit + 1) p), '[]'));
end
$$;

comment on function mcp_tools.pages_body_list(jsonb) is 'List handler of the pages.body resource kind (see mcp.resource_kinds).';
revoke all on function mcp_tools.pages_body_list(jsonb) from public;

create or replace function mcp_tools.pages_body_read(args jsonb)
returns jsonb
language plpgsql
stable
security definer
set search_path = ''
as $$
declare
  wanted uuid := mcp.resource_id(args);
  body text;
begin
  select p.body into body from app.pages p where p.id = wanted;
  if not found then
    raise exception 'no page with id %', wanted
      using errcode = 'P0002', hint = 'Call resources/list for the resources this token may read.';
  end if;
  return jsonb_build_object('contents', jsonb_build_array(jsonb_build_object(
    'uri', 'pgmcp://pages/' || wanted, 'mimeType', 'text/markdown', 'text', body)));
end
$$;

comment on function mcp_tools.pages_body_read(jsonb) is 'Read handler of the pages.body resource kind (see mcp.resource_kinds).';
revoke all on function mcp_tools.pages_body_read(jsonb) from public;

select mcp.resource_kind_register(
  name => 'pages.body',
  title => 'Page body',
  description => 'A page of the organisation''s notes: its body as Markdown. Find pages by words in their titles '
    'with the search_pages tool.',
  uri_prefix => 'pgmcp://pages/',
  mime_type => 'text/markdown',
  list_handler => 'mcp_tools.pages_body_list(jsonb)',
  read_handler => 'mcp_tools.pages_body_read(jsonb)'
);
