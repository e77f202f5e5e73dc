-- The ranked ids of the current org's pages whose title contains the query, one page of them.
-- Why a SECURITY DEFINER helper: under RLS, PostgreSQL may not use a non-leakproof operator such as
-- ILIKE as an index condition (it must run above the policy), so the trigram index would only
-- narrow by org. Run as the table owner, the same query uses the (org_id, title) trigram index.
-- The org filter here is explicit; the caller (search_pages, as mcp_reader) still reads the rows
-- themselves through RLS, so a mistake here could not show another org's page.
create or replace function app.page_search(query text, after jsonb, page_limit integer)
returns table (id uuid, exact integer, prefix integer, pos integer, len integer)
language sql
stable
security definer
set search_path = ''
as $$
  select m.id, m.exact, m.prefix, m.pos, m.len
  from (select p.id,
               (lower(p.title) <> lower(query))::integer as exact,
               (not starts_with(lower(p.title), lower(query)))::integer as prefix,
               strpos(lower(p.title), lower(query)) as pos,
               char_length(p.title) as len
        from app.pages p
        where p.org_id = mcp.current_org_id()
          -- the query is text, not a pattern: LIKE's wildcards and escape character are literal
          and p.title ilike '%' || replace(replace(replace(query, '\', '\\'), '%', '\%'), '_', '\_') || '%') m
  where after is null
     or (m.exact, m.prefix, m.pos, m.len, m.id)
        > ((after ->> 0)::integer, (after ->> 1)::integer, (after ->> 2)::integer, (after ->> 3)::integer, (after ->> 4)::uuid)
  order by m.exact, m.prefix, m.pos, m.len, m.id
  limit page_limit + 1
$$;

comment on function app.page_search(text, jsonb, integer) is
  'For search_pages: one page (page_limit + 1) of the current org''s pages whose title contains query, ranked '
  '(exact title, title starting with it, earlier match, shorter title, id), after the keyset "after". Runs as the '
  'owner so that the trigram index serves ILIKE; returns ids and rank keys only.';
revoke all on function app.page_search(text, jsonb, integer) from public;
grant execute on function app.page_search(text, jsonb, integer) to mcp_reader;
