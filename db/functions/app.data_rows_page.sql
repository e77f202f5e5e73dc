-- The ids of one page of a data table's rows, in id order, after the keyset, matching the filter.
-- Why a SECURITY DEFINER helper: under RLS, PostgreSQL may not use a non-leakproof operator such as
-- jsonb's @> as an index condition, so the GIN index on data could never serve a filter. Run as the
-- table owner, the planner may choose it for a selective filter (or the (org_id, table_id, id)
-- index for a common one). The org filter here is explicit; the caller (query_data_table, as
-- mcp_reader) reads the rows themselves through RLS, so a mistake here could not show another org's row.
-- rows 26: it returns page_limit + 1 ids at most, 26 for the default page (101 at most). Without it a
-- join costs the function at the default 1000 rows and hashes every row of the org rather than probe
-- the primary key per id; a low estimate errs on the safe side (even 101 tips a join over to hashing
-- once the table holds some 10,000 rows).
create or replace function app.data_rows_page(table_id uuid, filter jsonb, after_id uuid, page_limit integer)
returns setof uuid
language plpgsql
stable
security definer
rows 26
set search_path = ''
as $$
declare
  -- once: mcp.current_org_id() (not inlinable: it has a SET clause) in a condition rechecked for
  -- every row the GIN index returns cost 16 ms for the 2,500 rows of a common filter
  org constant uuid := mcp.current_org_id();
begin
  if filter = '{}'::jsonb then
    return query
      select r.id from app.data_rows r
      where r.org_id = org and r.table_id = data_rows_page.table_id and r.id > after_id
      order by r.id
      limit page_limit + 1;
  else
    -- planned on every call for the filter's value (EXECUTE): after five calls in a session a static
    -- statement would switch to a cached generic plan, one choice of index for every filter, whether
    -- it matches three rows (the GIN index) or a quarter of the table (data_rows_table_idx, in id order)
    return query execute
      'select r.id from app.data_rows r
       where r.org_id = $1 and r.table_id = $2 and r.id > $3 and r.data @> $4
       order by r.id
       limit $5 + 1'
      using org, table_id, after_id, filter, page_limit;
  end if;
end
$$;

comment on function app.data_rows_page(uuid, jsonb, uuid, integer) is
  'For query_data_table: the ids (page_limit + 1, in id order, after after_id) of the current org''s rows of one '
  'table whose data contains filter. Runs as the owner so that the GIN index on data can serve selective filters.';
revoke all on function app.data_rows_page(uuid, jsonb, uuid, integer) from public;
grant execute on function app.data_rows_page(uuid, jsonb, uuid, integer) to mcp_reader;
