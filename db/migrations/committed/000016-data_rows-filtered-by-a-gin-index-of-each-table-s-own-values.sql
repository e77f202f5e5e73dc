--! Previous: sha1:4dd0134542622c8ceda76c79bb0f412d48e79321
--! Hash: sha1:341b0ea24181ecfb38d3763313bca0a0cc4d9437
--! Message: data_rows filtered by a GIN index of each table's own values (app.data_row_doc), and the table's id known to imply its org (extended statistics)

-- A data table's rows filtered by their values at a cost of that table's own rows, not every org's.
-- The GIN index on data (jsonb_path_ops) held one posting list per value across every org and
-- table: a first page of rows matching {"plan": "enterprise", "active": false} in a 10,000-row
-- table read the 55,750 matches of the whole database to keep that table's 500 (28 ms against
-- 0.6 ms for a walk in id order, with a 1M-row org beside it). It is replaced by a GIN index of
-- each row's values under its table's id, app.data_row_doc(table_id, data): jsonb_path_ops hashes
-- a value's whole path, so the posting list of a value holds the rows of one table only.
-- app.data_rows_page's query matches it (app.data_row_doc(r.table_id, r.data) @> app.data_row_doc(table, filter),
-- which is data @> filter: containment of an object's member is containment of its value).
-- Building the index locks the table against writes for its length (~4 s a million rows).
create or replace function app.data_row_doc(table_id uuid, data jsonb)
returns jsonb
language sql
immutable parallel safe
return pg_catalog.jsonb_build_object(table_id::text, data);
comment on function app.data_row_doc(uuid, jsonb) is
  'A data row''s values under its table''s id, {table_id: data}: the expression of the GIN index data_rows_doc_idx, '
  'through which app.data_rows_page finds one table''s rows containing a filter.';
revoke all on function app.data_row_doc(uuid, jsonb) from public;
-- an INSERT or UPDATE computes the index's expression as the role writing (write tools: mcp_writer)
grant execute on function app.data_row_doc(uuid, jsonb) to mcp_writer;

drop index if exists app.data_rows_data_idx;
create index if not exists data_rows_doc_idx on app.data_rows using gin (app.data_row_doc(table_id, data) jsonb_path_ops);

-- A table's id implies its org, which the planner does not know: it multiplied the two conditions'
-- selectivities and estimated 282 rows for a 10,000-row table among 1.13M rows, and took a bitmap
-- of every row of the table over a walk of its first ones in id order. Functional dependencies
-- (collected by ANALYZE) give it the table's own count.
create statistics if not exists app.data_rows_org_table (dependencies) on org_id, table_id from app.data_rows;
analyze app.data_rows;
