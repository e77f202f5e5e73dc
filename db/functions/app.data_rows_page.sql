-- The ids of one page of a data table's rows, in id order, after the keyset, matching the filter.
-- Why a SECURITY DEFINER helper: under RLS, PostgreSQL may not use a non-leakproof operator such as
-- jsonb's @> as an index condition, so the GIN index could never serve a filter. Run as the table
-- owner, it may. The org filter here is explicit; the caller (query_data_table, as mcp_reader)
-- reads the rows themselves through RLS, so a mistake here could not show another org's row.
-- rows 26: it returns page_limit + 1 ids at most, 26 for the default page (101 at most). Without it a
-- join costs the function at the default 1000 rows and hashes every row of the org rather than probe
-- the primary key per id; a low estimate errs on the safe side (even 101 tips a join over to hashing
-- once the table holds some 10,000 rows).
--
-- A filtered page in steps, so that its cost follows what the table holds whatever the planner
-- guesses (it cannot estimate how much of one table a value matches: its statistics sample every
-- table of every org at once, and its choice between the two ways below flipped with each ANALYZE):
--  1. a walk of the table's next rows in id order (20 pages' worth: 520 for the default page),
--     keeping the matching ones: a value in one row of 20 or more fills the page here, after reading
--     about as many rows as it takes (a first page of a value in a twentieth of the rows: ~530
--     rows, ~0.2 ms);
--  2. when the walk found some but too few, on with it if that is the cheaper way: walking costs
--     ~0.4 us a row, a page from the GIN index ~2.5 us a match (each match's row is read and
--     rechecked, all of them before the first page is known; both measured at 10k and 1M rows), so
--     walking the rows the density seen so far predicts wins while they are fewer than 6 times the
--     matches the table is predicted to hold (app.data_tables.row_count), and the walk goes on for
--     up to twice that many rows;
--  3. the rest after the last row walked from the GIN index of the table's values (data_rows_doc_idx:
--     a posting list per value and table), which reads that table's matches only: few by now.
-- Step 3 is planned on every call for the filter's value (EXECUTE); its planner may also walk.
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
  -- every row an index returns would be called for each of them
  org constant uuid := mcp.current_org_id();
  wanted constant integer := page_limit + 1;
  span bigint := 20::bigint * wanted; -- rows the next walk reads at most
  walked bigint := 0;
  found_rows integer;
  expected numeric; -- rows a walk would read to fill the page, at the density seen
  table_rows bigint;
  ids uuid[] := '{}';
  edge uuid := after_id; -- the last row walked
begin
  if page_limit is null then -- LIMIT NULL would be no limit, and the walks below would not end the page
    raise exception 'app.data_rows_page: page_limit must not be null' using errcode = '22023';
  end if;
  if filter = '{}'::jsonb then
    return query
      select r.id from app.data_rows r
      where r.org_id = org and r.table_id = data_rows_page.table_id and r.id > after_id
      order by r.id
      limit wanted;
    return;
  end if;
  -- 1. the walk (a subquery with LIMIT: the filter is not pushed into it, so no index on data is used)
  loop
    ids := ids || array(
      select w.id
      from (select r.id, r.data from app.data_rows r
            where r.org_id = org and r.table_id = data_rows_page.table_id and r.id > edge
            order by r.id
            limit span) w
      where w.data @> filter
      limit wanted - cardinality(ids));
    exit when cardinality(ids) = wanted;
    -- the walk's last row; none when the table ended before it, and then the page is complete
    select r.id into edge from app.data_rows r
    where r.org_id = org and r.table_id = data_rows_page.table_id and r.id > edge
    order by r.id
    offset span - 1 limit 1;
    exit when edge is null;
    walked := walked + span;
    found_rows := cardinality(ids);
    if span = walked and found_rows > 0 then -- 2. walk on?
      select t.row_count into table_rows from app.data_tables t where t.org_id = org and t.id = data_rows_page.table_id;
      expected := (wanted - found_rows)::numeric * walked / found_rows;
      span := ceil(2 * expected);
      continue when expected < 6.0 * found_rows * table_rows / walked;
    end if;
    -- 3. the rest, through the table's GIN index
    execute
      'select $6 || array(select r.id from app.data_rows r
                         where r.org_id = $1 and r.table_id = $2 and r.id > $3
                           and app.data_row_doc(r.table_id, r.data) @> app.data_row_doc($2, $4)
                         order by r.id
                         limit $5)'
      into ids using org, table_id, edge, filter, wanted - cardinality(ids), ids;
    exit;
  end loop;
  return query select unnest(ids);
end
$$;

comment on function app.data_rows_page(uuid, jsonb, uuid, integer) is
  'For query_data_table: the ids (page_limit + 1, in id order, after after_id) of the current org''s rows of one '
  'table whose data contains filter. Runs as the owner so that the GIN index of the table''s values (data_rows_doc_idx) '
  'can serve a filter that a walk of the table''s next rows in id order would take long to fill a page with.';
revoke all on function app.data_rows_page(uuid, jsonb, uuid, integer) from public;
grant execute on function app.data_rows_page(uuid, jsonb, uuid, integer) to mcp_reader;
