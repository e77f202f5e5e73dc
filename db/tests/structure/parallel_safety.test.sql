-- A function with an EXCEPTION block starts a subtransaction, which PostgreSQL refuses inside a
-- parallel query (25000, "cannot start subtransactions during a parallel operation"). Such a
-- function, and every function that calls one, is PARALLEL UNSAFE, so that the planner never runs
-- it in a worker: a DBA's query over a large table (the usage log's client facts, a data table's
-- values) gets a serial plan rather than an error.
begin;
select plan(3);

create temporary view pgmcp_functions as
  select p.oid, p.oid::regprocedure::text as fn, p.proparallel, n.nspname, p.proname,
         pg_catalog.pg_get_functiondef(p.oid) as def
  from pg_catalog.pg_proc p join pg_catalog.pg_namespace n on n.oid = p.pronamespace
  where p.prokind = 'f' and (n.nspname in ('app', 'mcp', 'mcp_tools') or (n.nspname = 'public' and p.proname like 'mcp\_%'));

select is_empty(
  $$ select fn from pgmcp_functions where proparallel <> 'u' and def ~* '\mexception\s+when\M' $$,
  'no function with an EXCEPTION block is parallel safe or restricted'
);
select is_empty(
  $$ select f.fn || ' calls ' || g.fn from pgmcp_functions f join pgmcp_functions g
       on g.proparallel = 'u' and f.oid <> g.oid
      and f.def ~ ('\m' || g.nspname || '\.' || g.proname || '\(')
     where f.proparallel <> 'u' $$,
  'no parallel safe or restricted function calls a parallel unsafe one'
);

-- and so a query that the planner would otherwise run in parallel workers answers
create table public.tests_parallel_ips as
  select jsonb_build_object('ip', case when i % 2 = 0 then '10.0.0.' || (i % 250) else 'not an ip ' || i end) as facts
  from generate_series(1, 20000) i;
set local parallel_setup_cost = 0;
set local parallel_tuple_cost = 0;
set local min_parallel_table_scan_size = 0;
set local max_parallel_workers_per_gather = 2;
-- a statement of its own: inside pgTAP's is() (parallel unsafe itself) no plan would be parallel
select count(mcp.client_ip(facts))::integer as addresses from public.tests_parallel_ips \gset
select is(:addresses, 10000, 'client ips over a table the planner could scan in parallel: no error, every address read');

select * from finish();
rollback;
