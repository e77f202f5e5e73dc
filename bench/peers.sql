-- make bench's peers (bench/peers.ts, bench/compare.ts): what the bare and the conventional-gateway
-- peers run, as the table owner, with the org id as a parameter. Loaded by bench/run.ts into the
-- throw-away benchmark database; never part of the migrations.
create schema if not exists bench;

-- query_data_table's handler (db/tools/query_data_table.sql) as the table owner: the org is a
-- parameter rather than a policy (app.data_rows_page, which picks the page's rows, reads it from a
-- setting); the same queries and the same JSON (mcp.page builds the page), so that its
-- structuredContent is byte-identical to the tool's.
-- limit's default (25) comes from the input schema in the pipeline (mcp.validate_args).
create or replace function bench.query_data_table(org uuid, args jsonb)
returns jsonb
language plpgsql
volatile -- sets mcp.org_id
set search_path = ''
as $$
declare
  tid uuid := (args ->> 'table_id')::uuid;
  page_limit integer := coalesce((args ->> 'limit')::integer, 25);
  filter jsonb := coalesce(args -> 'filter', '{}');
  after uuid := coalesce((mcp.cursor_decode('query_data_table', args ->> 'cursor', '{uuid}') ->> 0)::uuid,
                         '00000000-0000-0000-0000-000000000000');
  tbl record;
  bad text;
  ids uuid[];
  page_rows jsonb;
begin
  select t.id, t.name, t.columns into tbl from app.data_tables t where t.org_id = org and t.id = tid;
  if not found then
    raise exception 'data table % not found or not visible', tid using errcode = 'P0002';
  end if;
  select f.key into bad
  from jsonb_object_keys(filter) as f (key)
  where not exists (select from jsonb_array_elements(tbl.columns) c where c ->> 'name' = f.key)
  limit 1;
  if found then
    raise exception 'argument "filter": "%" is not a column of table "%"', bad, tbl.name using errcode = '22023';
  end if;
  -- the page's ids as the tool picks them (app.data_rows_page reads the org from mcp.org_id, as the
  -- pipeline sets it for the tool; a setting local to the transaction, as there)
  perform pg_catalog.set_config('mcp.org_id', org::text, true);
  ids := array(select app.data_rows_page(tid, filter, after, page_limit));
  select jsonb_agg(jsonb_build_array(jsonb_build_array(r.id), jsonb_build_object('id', r.id, 'values', r.data)) order by r.id)
  into page_rows
  from app.data_rows r
  where r.org_id = org and r.id = any (ids);
  return jsonb_build_object('table', jsonb_build_object('id', tbl.id, 'name', tbl.name, 'columns', tbl.columns))
      || mcp.page('query_data_table', 'rows', page_limit, coalesce(page_rows, '[]'));
end
$$;

-- One tool call as the owner: the tool's query and the CallToolResult around it, built as the
-- pipeline builds it (so the bytes from the database are the same size). get_current_time has no
-- org and no table: its handler is called as it is.
create or replace function bench.tools_call(org uuid, tool text, args jsonb)
returns jsonb
language plpgsql
stable
set search_path = ''
as $$
declare
  result jsonb;
begin
  result := case tool
    when 'get_current_time' then mcp_tools.get_current_time(args)
    when 'query_data_table' then bench.query_data_table(org, args)
  end;
  if result is null then
    raise exception 'bench.tools_call: no tool %', tool using errcode = 'P0002';
  end if;
  return jsonb_build_object(
    'content', jsonb_build_array(jsonb_build_object('type', 'text', 'text', result::text)),
    'structuredContent', result,
    'isError', false);
end
$$;

-- The conventional gateway's own tables: a fixed-window rate limit (one row per token and minute,
-- one upsert per call) and a usage log with mcp.usage_log's columns and indexes (not partitioned).
create table if not exists bench.rate_limits (
  token_id uuid not null,
  window_start timestamptz not null,
  count integer not null,
  primary key (token_id, window_start)
);
create table if not exists bench.usage_log (
  org_id uuid not null,
  at timestamptz not null,
  token_id uuid not null,
  tool text not null,
  arguments jsonb,
  outcome text not null,
  errcode text,
  message text,
  duration_us integer not null,
  client_name text,
  client_version text,
  user_agent text,
  ip inet,
  request_id text
);
create index if not exists usage_log_org_at_idx on bench.usage_log (org_id, at);
create index if not exists usage_log_token_at_idx on bench.usage_log (token_id, at);

-- The governed floor's rate limit (bench/peers.ts, the governed peer): exact, as the pipeline's
-- (a GCRA bucket a token, mcp.rate_bucket_take's statement), unlogged and with the fillfactor of
-- mcp.rate_buckets
create unlogged table if not exists bench.rate_buckets (
  token_id uuid primary key,
  tat timestamptz not null
) with (fillfactor = 10); -- as mcp.rate_buckets: room on the page to prune a bucket's dead versions early

-- The bcrypt peer's credentials (a seed product's scheme): found by prefix, checked with bcrypt
create table if not exists bench.token_bcrypt (
  token_id uuid primary key,
  token_prefix text not null,
  bcrypt_hash text not null
);
create index if not exists token_bcrypt_prefix_idx on bench.token_bcrypt (token_prefix);

-- pgbench's clients (pgbench's :client_id, from 0): each its own token, as MCP clients hold them
create table if not exists bench.clients (
  client_id integer primary key,
  raw_token text not null,
  token_hash bytea not null
);
grant usage on schema bench to mcp_gateway;
grant select on bench.clients to mcp_gateway;
