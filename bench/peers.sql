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

-- The governed floor with the guarantees issue 10 asks every gateway to keep (compare.ts's pgbench
-- script "kept", instructions.ts): a SECURITY DEFINER entry point, which the gateway's role calls
-- without any privilege on the tables; the setting the tools' policies read, set for the tool and
-- reset after it; and a durable row for every call of a live token, a failed one too (a block: a
-- subtransaction), or one refused for its allow-list or its limit, which takes the token's lookup
-- as a statement of its own. The tool, the slot and the log row stay in one statement, as in the
-- governed floor: a call that finds the limit used up has run its tool (a read), and its answer is
-- discarded, as pgmcp discards one that loses the last slot. A bad token leaves no row here
-- (pgmcp writes one elsewhere, in mcp.auth_failures).
create or replace function bench.governed_call(raw_token text, tool text, args jsonb)
returns jsonb
language plpgsql
volatile
security definer
set search_path = ''
as $$
declare
  k record;
  answer jsonb;
  failure text;
  code text;
  wanted bytea := sha256(convert_to(raw_token, 'UTF8')); -- once: a plan that scans the tokens would hash for every row
begin
  select t.id, t.org_id, t.rate_limit_per_minute, '*' = any (t.allowed_tools) or tool = any (t.allowed_tools) as allowed
  into k from public.mcp_tokens t
  where t.token_hash = wanted and t.revoked_at is null and (t.expires_at is null or t.expires_at > now());
  if not found then
    return jsonb_build_object('isError', true, 'content', jsonb_build_array(jsonb_build_object(
      'type', 'text', 'text', 'invalid token')));
  end if;
  begin
    if not k.allowed then
      raise exception 'tool % not allowed', tool using errcode = 'MC011';
    end if;
    with called as materialized (
      select pg_catalog.set_config('mcp.org_id', k.org_id::text, true) as org, bench.tools_call(k.org_id, tool, args) as answer,
             pg_catalog.set_config('mcp.org_id', '', true) as reset
    ), take as (
      insert into bench.rate_buckets as b (token_id, tat)
      select k.id, now() + make_interval(secs => floor(60000000.0 / k.rate_limit_per_minute) / 1000000.0) from called
      on conflict (token_id) do update set tat = greatest(b.tat, now()) + (excluded.tat - now())
        where greatest(b.tat, now()) + (excluded.tat - now()) <= now() + interval '1 minute'
      returning b.token_id
    ), logged as (
      insert into bench.usage_log (org_id, at, token_id, tool, arguments, outcome, duration_us, client_name,
                                   client_version, user_agent, ip, request_id)
      select k.org_id, now(), k.id, tool, args, 'ok', 0, 'pgbench', '15', 'pgbench', '127.0.0.1', 'pgbench' from take
    )
    select c.answer into answer from called c cross join take;
    if found then
      return answer;
    end if;
    code := 'MC020';
    failure := 'rate limit exceeded';
  exception when others then -- the tool's work, the slot and the ok row are undone
    code := sqlstate;
    failure := sqlerrm;
  end;
  insert into bench.usage_log (org_id, at, token_id, tool, arguments, outcome, errcode, message, duration_us, client_name,
                               client_version, user_agent, ip, request_id)
  values (k.org_id, now(), k.id, tool, args, case when code in ('MC011', 'MC020') then 'refused' else 'failed' end, code, failure, 0,
          'pgbench', '15', 'pgbench', '127.0.0.1', 'pgbench');
  return jsonb_build_object('isError', true, 'content', jsonb_build_array(jsonb_build_object('type', 'text', 'text', failure)));
end
$$;
revoke all on function bench.governed_call(text, text, jsonb) from public;
grant execute on function bench.governed_call(text, text, jsonb) to mcp_gateway;
