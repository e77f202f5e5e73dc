// make bench: every figure is a ratio against a baseline measured in the same run (rounds
// interleaved, medians), with the absolute numbers beside it. Not pass/fail: it reports goals met
// or missed. Writes bench/results.json and bench/scale.svg. `--explain` prints P4's query plans.
// P1–P5 here; the peers (a conventional gateway, a bare query, memory, over the same HTTP and MCP
// code) and the pgbench rows in bench/compare.ts. BENCH_ONLY=P1,peers,… runs some; BENCH_QUICK=1 one
// short round of everything (a smoke run: its figures mean little).
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import autocannon from 'autocannon';
import postgres from 'postgres';
import { type Shim, startShim } from '../test/lib/shim.ts';
import { peersHttp, peersPgbench, peerTable, pgbenchTable, setupPeers } from './compare.ts';
import { instructionCounts, instructionTable } from './instructions.ts';
import { median, pct, postmasterPid, QUICK, ROUNDS, round2, rows, results, say, SECONDS } from './lib.ts';

const SIZES = process.env.BENCH_10M ? [1e4, 1e5, 1e6, 1e7] : QUICK ? [1e4, 1e5] : [1e4, 1e5, 1e6];
const P5_REQUESTS = Number(process.env.BENCH_P5_REQUESTS ?? (QUICK ? 10_000 : 100_000));
const P2_CALLS = QUICK ? 0.25 : 1; // of 1000 (c=1) and 4000 (c=16) calls a round
const EXPLAIN = process.argv.includes('--explain');

const ownerUrl = process.env.PGMCP_BENCH_DB_URL!;
const gatewayUrl = process.env.PGMCP_BENCH_GATEWAY_URL!;
const owner = postgres(ownerUrl, { max: 1, onnotice: () => {} });
const gateway = postgres(gatewayUrl, { max: 16, onnotice: () => {} });

/** n calls of fn spread over `concurrency` workers; per-call latencies (ms) and calls/s. */
async function drive(fn: () => Promise<unknown>, n: number, concurrency: number) {
  const lat: number[] = [];
  const started = performance.now();
  await Promise.all(Array.from({ length: concurrency }, async () => {
    for (let i = 0; i < n / concurrency; i++) {
      const t = performance.now();
      await fn();
      lat.push(performance.now() - t);
    }
  }));
  return { p50: pct(lat, 0.5), p99: pct(lat, 0.99), rps: lat.length / ((performance.now() - started) / 1000) };
}

async function setup() {
  const [org] = await owner`select app.generate_demo_org('Bench org', activities => 1000) as id`;
  const [tok] = await owner`select raw_token from public.mcp_token_issue(${org!.id}::uuid, 'bench', rate_limit_per_minute => 1000000)`;
  await owner.unsafe(`
    create schema if not exists bench;
    create table if not exists bench.floor (org_id uuid, at timestamptz default clock_timestamp(), payload jsonb);
    grant usage on schema bench to mcp_gateway;
    grant insert on bench.floor to mcp_gateway;
    create extension if not exists pgcrypto schema bench;
    create or replace function bench.per_call_us(kind text, tok text, hash text, n integer) returns float8
    language plpgsql as $f$
    declare t0 timestamptz := clock_timestamp();
    begin
      for i in 1 .. n loop
        if kind = 'verify' then perform mcp.token_verify(tok); else perform bench.crypt(tok, hash) = hash; end if;
      end loop;
      return extract(epoch from clock_timestamp() - t0) * 1e6 / n;
    end $f$;`);
  // one token per client, as MCP clients use them; and the single shared token of the contention case
  const tokens = await owner`
    select raw_token from generate_series(1, 16) i,
      lateral public.mcp_token_issue(${org!.id}::uuid, 'bench client ' || i, rate_limit_per_minute => 1000000)`;
  return { org: org!.id as string, token: tok!.raw_token as string, tokens: tokens.map((t) => t.raw_token as string) };
}

// P1: tools/call get_current_time through the shim over HTTP vs the same server from memory
async function p1(token: string, tokens: string[]) {
  const shim = await startShim({ DATABASE_URL: gatewayUrl, LOG_LEVEL: 'info', DB_POOL_MAX: '16' });
  const base = await startShim({ LOG_LEVEL: 'info' }, ['memory'], ['--import', 'tsx', 'bench/peer-server.ts']);
  const body = JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'tools/call', params: { name: 'get_current_time', arguments: {} } });
  const headers = {
    'content-type': 'application/json', accept: 'application/json, text/event-stream',
    'mcp-protocol-version': '2025-06-18', authorization: `Bearer ${token}`,
  };
  const load = async (s: Shim, connections: number, perClient = false) => {
    let next = 0;
    const r = await autocannon({
      url: s.url, method: 'POST', headers, body, connections, duration: SECONDS,
      // one token per connection, as separate MCP clients would hold
      ...(perClient && { setupClient: (client: any) => client.setHeaders({ ...headers, authorization: `Bearer ${tokens[next++ % tokens.length]}` }) }),
    });
    if (r.non2xx || r.errors) throw new Error(`P1: ${r.non2xx} non-2xx answers and ${r.errors} errors from ${s.url}`);
    return { rps: r.requests.average, p50: r.latency.p50, p99: r.latency.p99 };
  };
  for (const [c, perClient] of [[1, false], [16, true], [16, false]] as const) {
    await load(shim, c, perClient); // warm-up
    await load(base, c);
    const a: Awaited<ReturnType<typeof load>>[] = [];
    const b: Awaited<ReturnType<typeof load>>[] = [];
    for (let i = 0; i < ROUNDS; i++) {
      a.push(await load(shim, c, perClient));
      b.push(await load(base, c));
    }
    const s = { rps: median(a.map((x) => x.rps)), p50: median(a.map((x) => x.p50)), p99: median(a.map((x) => x.p99)) };
    const m = { rps: median(b.map((x) => x.rps)), p50: median(b.map((x) => x.p50)), p99: median(b.map((x) => x.p99)) };
    const ratio = round2(s.rps / m.rps);
    const label = c === 1 ? 'concurrency 1' : perClient ? 'concurrency 16, a token per client' : 'concurrency 16, one shared token';
    results[`P1 ${label}`] = { shim: s, baseline: m, ratio };
    rows.push({
      id: 'P1', what: `HTTP tools/call, ${label}`,
      value: `${Math.round(s.rps)}/s, p50 ${s.p50} ms, p99 ${s.p99} ms`,
      baseline: `${Math.round(m.rps)}/s, p50 ${m.p50} ms, p99 ${m.p99} ms`,
      ratio, goal: c === 16 && perClient ? '≥ 0.8× throughput' : '(context)', met: c === 16 && perClient ? ratio >= 0.8 : true,
    });
  }
  await shim.stop();
  await base.stop();
}

// P2: the SQL entry point vs a one-row INSERT in its own transaction (and select 1), same pool
async function p2(org: string, token: string, tokens: string[]) {
  let next = 0;
  const entry = () => gateway`select public.mcp_tools_call(${token}, 'get_current_time', '{}', '{}')`;
  const entryPerClient = () => gateway`select public.mcp_tools_call(${tokens[next++ % tokens.length]!}, 'get_current_time', '{}', '{}')`;
  const insert = () => gateway`insert into bench.floor (org_id, payload) values (${org}, '{"tool": "get_current_time"}')`;
  const select1 = () => gateway`select 1`;
  for (const [c, perClient] of [[1, false], [16, true], [16, false]] as const) {
    const n = (c === 1 ? 1000 : 4000) * P2_CALLS;
    const call = perClient ? entryPerClient : entry;
    await drive(call, 200, c);
    const got: Record<string, Awaited<ReturnType<typeof drive>>[]> = { entry: [], insert: [], select1: [] };
    for (let i = 0; i < ROUNDS; i++) {
      got.entry!.push(await drive(call, n, c));
      got.insert!.push(await drive(insert, n, c));
      got.select1!.push(await drive(select1, n, c));
    }
    const med = (k: string, f: 'p50' | 'p99' | 'rps') => median(got[k]!.map((x) => x[f]));
    const ratio = round2(med('entry', 'p50') / med('insert', 'p50'));
    const label = c === 1 ? 'concurrency 1' : perClient ? 'concurrency 16, a token per client' : 'concurrency 16, one shared token';
    results[`P2 ${label}`] = Object.fromEntries(['entry', 'insert', 'select1'].map((k) => [k, { p50: med(k, 'p50'), p99: med(k, 'p99'), rps: med(k, 'rps') }]));
    rows.push({
      id: 'P2', what: `SQL mcp_tools_call, ${label}`,
      value: `p50 ${med('entry', 'p50').toFixed(2)} ms, p99 ${med('entry', 'p99').toFixed(2)} ms, ${Math.round(med('entry', 'rps'))}/s`,
      baseline: `INSERT p50 ${med('insert', 'p50').toFixed(2)} ms; select 1 p50 ${med('select1', 'p50').toFixed(2)} ms (${round2(med('entry', 'p50') / med('select1', 'p50'))}×)`,
      ratio, goal: perClient || c === 1 ? '≤ 2× the INSERT' : '(context)', met: perClient || c === 1 ? ratio <= 2 : true,
    });
  }
}

// P3: token verification (format + checksum + sha-256 + indexed lookup) vs bcrypt cost 10, both
// timed inside the database in a plpgsql loop
async function p3(token: string) {
  const [{ hash }] = (await owner`select bench.crypt(${token}, bench.gen_salt('bf', 10)) as hash`) as any;
  const us = async (kind: string, n: number) =>
    Number((await owner`select bench.per_call_us(${kind}, ${token}, ${hash}, ${n}) as us`)[0]!.us);
  const v: number[] = [];
  const b: number[] = [];
  for (let i = 0; i < ROUNDS; i++) {
    v.push(await us('verify', 5000));
    b.push(await us('bcrypt', 5));
  }
  const ratio = Math.round(median(b) / median(v));
  results.P3 = { verify_us: median(v), bcrypt10_us: median(b), ratio };
  rows.push({
    id: 'P3', what: 'token verification', value: `${median(v).toFixed(1)} µs`,
    baseline: `bcrypt cost 10: ${(median(b) / 1000).toFixed(1)} ms`, ratio, goal: '≥ 1000× faster', met: ratio >= 1000,
  });
}

// P4: the data tools at 10k, 100k, 1M rows (10M with BENCH_10M=1) vs the same tool at 10k
async function p4() {
  const cases: Record<string, (ids: any) => object> = {
    'query_data_table first page': (x) => ({ table_id: x.table_id }),
    'query_data_table deep page': (x) => ({ table_id: x.table_id, cursor: x.deep_cursor }),
    // a distinctive word, as people search: one of the titles' topic words found in 5 to 20 pages
    // of the org at every size (an arbitrary one: the first by md5; app.generate_demo_org draws them
    // by Zipf's law from a vocabulary that grows with the org); and, for context, a common word
    // with a number
    search_pages: (x) => ({ query: x.distinctive_word }),
    'search_pages common word': () => ({ query: 'handbook 1234' }),
    list_calendar_events: () => ({}),
    get_dial_bucket_stats: (x) => ({ bucket_id: x.bucket_id }),
    'get_dial_bucket_stats 30 days': (x) => ({ bucket_id: x.bucket_id, since: new Date(Date.now() - 30 * 86400e3).toISOString() }),
  };
  const series: Record<string, Record<number, number>> = Object.fromEntries(Object.keys(cases).map((k) => [k, {}]));
  for (const size of SIZES) {
    const t0 = performance.now();
    const [org] = await owner`
      select app.generate_demo_org(${`Bench ${size}`}, data_tables => 1, rows_per_table => ${size}, pages => ${size},
                                   events => ${size}, buckets => 10, activities => ${size}, agents => 3) as id`;
    await owner.unsafe('vacuum analyze');
    say(`P4: generated ${size.toLocaleString('en')} of each in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
    const [tok] = await owner`select raw_token from public.mcp_token_issue(${org!.id}::uuid, 'bench p4', rate_limit_per_minute => 1000000)`;
    const [ids] = await owner`
      select (select id from app.data_tables where org_id = ${org!.id}) as table_id,
             (select id from app.dial_buckets where org_id = ${org!.id} order by name limit 1) as bucket_id,
             (select mcp.cursor_encode('query_data_table', jsonb_build_array(id)) from app.data_rows
              where org_id = ${org!.id} order by id offset ${Math.floor(size * 0.9)} limit 1) as deep_cursor,
             (select w from (select split_part(title, ' ', 3) as w from app.pages where org_id = ${org!.id}) t
              group by w having count(*) between 5 and 20 order by md5(w) limit 1) as distinctive_word`;
    for (const [name, args] of Object.entries(cases)) {
      const tool = name.split(' ')[0]!;
      const call = async () => {
        const [r] = await gateway`select public.mcp_tools_call(${tok!.raw_token}, ${tool}, ${gateway.json(args(ids) as never)}, '{}') as a`;
        if (r!.a.isError !== false) throw new Error(`P4 ${name}: ${JSON.stringify(r!.a).slice(0, 300)}`);
      };
      for (let i = 0; i < 5; i++) await call();
      const lat: number[] = [];
      for (let r = 0; r < ROUNDS; r++) lat.push((await drive(call, 20, 1)).p50);
      series[name]![size] = median(lat);
      if (EXPLAIN && size === SIZES.at(-1)) await explain(tok!.raw_token, tool, args(ids));
    }
  }
  const largest = SIZES.at(-1)!;
  for (const [name, s] of Object.entries(series)) {
    const ratio = round2(s[largest]! / s[SIZES[0]!]!);
    rows.push({
      id: 'P4', what: `${name} at ${largest.toLocaleString('en')}`, value: `${s[largest]!.toFixed(2)} ms`,
      baseline: `${s[SIZES[0]!]!.toFixed(2)} ms at ${SIZES[0]!.toLocaleString('en')}`, ratio,
      ...(name.endsWith('common word') ? { goal: '(context)', met: true } : { goal: '≤ 2× growth', met: ratio <= 2 }),
    });
  }
  results.P4 = series;
  writeFileSync('bench/scale.svg', chart(series));
}

/** The plans of one tool call's statements (auto_explain, nested statements), index use at a glance. */
async function explain(token: string, tool: string, args: object) {
  const lines: string[] = [];
  const sql = postgres(ownerUrl, { max: 1, onnotice: (n) => lines.push(String(n.message)) });
  await sql.unsafe(`load 'auto_explain'; set auto_explain.log_min_duration = 0; set auto_explain.log_nested_statements = on;
                    set auto_explain.log_analyze = on; set auto_explain.log_level = notice; set client_min_messages = notice`);
  await sql`select public.mcp_tools_call(${token}, ${tool}, ${sql.json(args as never)}, '{}')`;
  await sql.end();
  say(`\n--- EXPLAIN ${tool} ${JSON.stringify(args).slice(0, 80)}`);
  for (const l of lines.join('\n').split('\n')) {
    if (/(Scan|Index Cond|Heap Fetches|Rows Removed|Sort Method)/.test(l) && !/Function Scan|Result/.test(l)) say(l);
  }
}

/** P5: the shim's resident memory after 100k requests vs after warm-up. */
async function p5(token: string) {
  const shim = await startShim({ DATABASE_URL: gatewayUrl, LOG_LEVEL: 'info', DB_POOL_MAX: '16' });
  const rss = () => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${shim.proc.pid}/status`, 'utf8'))![1]) / 1024;
  const opts = {
    url: shim.url, method: 'POST' as const, connections: 16,
    headers: { 'content-type': 'application/json', accept: 'application/json, text/event-stream', 'mcp-protocol-version': '2025-06-18', authorization: `Bearer ${token}` },
    body: JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'tools/call', params: { name: 'get_current_time', arguments: {} } }),
  };
  await autocannon({ ...opts, amount: 5000 });
  const start = rss();
  const r = await autocannon({ ...opts, amount: P5_REQUESTS });
  const end = rss();
  await shim.stop();
  const growth = round2((end - start) / start);
  results.P5 = { rss_start_mb: start, rss_end_mb: end, requests: r.requests.total, growth };
  rows.push({
    id: 'P5', what: `shim RSS after ${r.requests.total.toLocaleString('en')} requests`, value: `${end.toFixed(1)} MB`,
    baseline: `${start.toFixed(1)} MB after warm-up`, ratio: round2(end / start), goal: '< 10% growth', met: growth < 0.1,
  });
}

function chart(series: Record<string, Record<number, number>>): string {
  const W = 720, H = 400, L = 60, R = 230, T = 30, B = 50;
  const xs = SIZES.map((s) => Math.log10(s));
  const ymax = Math.max(...Object.values(series).flatMap((s) => Object.values(s))) * 1.1;
  const x = (s: number) => L + ((Math.log10(s) - xs[0]!) / (xs.at(-1)! - xs[0]! || 1)) * (W - L - R);
  const y = (v: number) => H - B - (v / ymax) * (H - T - B);
  const colors = ['#1f77b4', '#ff7f0e', '#2ca02c', '#d62728', '#9467bd', '#8c564b'];
  const lines = Object.entries(series).map(([name, s], i) => {
    const pts = SIZES.map((z) => `${x(z).toFixed(1)},${y(s[z]!).toFixed(1)}`).join(' ');
    return `<polyline fill="none" stroke="${colors[i % 6]}" stroke-width="2" points="${pts}"/>` +
      `<text x="${W - R + 10}" y="${T + 18 * i + 10}" fill="${colors[i % 6]}" font-size="12">${name}</text>`;
  });
  const ticks = SIZES.map((z) => `<text x="${x(z)}" y="${H - B + 18}" font-size="11" text-anchor="middle">${z.toLocaleString('en')}</text>`);
  const yticks = [0, 0.25, 0.5, 0.75, 1].map((f) => `<text x="${L - 6}" y="${y(f * ymax) + 4}" font-size="11" text-anchor="end">${(f * ymax).toFixed(1)}</text>`);
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" font-family="sans-serif">` +
    `<rect width="100%" height="100%" fill="white"/><text x="${L}" y="18" font-size="14">P4: median ms per tool call vs rows per table (log scale)</text>` +
    `<line x1="${L}" y1="${H - B}" x2="${W - R}" y2="${H - B}" stroke="#333"/><line x1="${L}" y1="${T}" x2="${L}" y2="${H - B}" stroke="#333"/>` +
    `${ticks.join('')}${yticks.join('')}${lines.join('')}</svg>\n`;
}

function table(): string {
  const head = '| id | what | measured | baseline | ratio | goal | met |\n|---|---|---|---|---|---|---|';
  const main = [head, ...rows.map((r) => `| ${r.id} | ${r.what} | ${r.value} | ${r.baseline} | ${r.ratio} | ${r.goal} | ${r.met ? 'yes' : '**no**'} |`)].join('\n');
  // the peers (HTTP: req/s and CPU per call = the serving Node process + the whole cluster) and pgbench's rows
  return [main, peerTable(), pgbenchTable(), instructionTable()].filter(Boolean).join('\n\n');
}

/** What a commit waits for on the server, as the gateway's sessions see it: the figures depend on it. */
async function durability() {
  const [d] = await gateway`select current_setting('fsync') as fsync, current_setting('synchronous_commit') as synchronous_commit,
                                   current_setting('wal_sync_method') as wal_sync_method`;
  const { fsync, synchronous_commit, wal_sync_method } = d!;
  // without standbys every synchronous_commit but off waits for the local flush
  const durable = fsync === 'on' && synchronous_commit !== 'off';
  results.durability = { fsync, synchronous_commit, wal_sync_method, durable };
  return `durability: fsync ${fsync}, synchronous_commit ${synchronous_commit}, wal_sync_method ${wal_sync_method}` +
    (durable ? '' : ' (NOT durable: commits do not wait for a flush to disk; the figures flatter every write)');
}

async function main() {
  const t0 = performance.now();
  const settings = await durability();
  say(settings);
  const { org, token, tokens } = await setup();
  const only = process.env.BENCH_ONLY?.split(',');
  const want = (id: string) => !only || only.includes(id);
  if (want('P1')) { say('P1: HTTP throughput (autocannon)'); await p1(token, tokens); }
  if (want('P2')) { say('P2: SQL entry point vs INSERT floor'); await p2(org, token, tokens); }
  if (want('P3')) { say('P3: token verification vs bcrypt'); await p3(token); }
  if (want('P4')) { say('P4: tools at scale'); await p4(); }
  if (want('P5')) { say('P5: shim memory'); await p5(token); }
  if (want('peers') || want('pgbench') || want('instructions')) {
    const postmaster = await postmasterPid(owner);
    if (postmaster === undefined) say('peers: the server is not on this machine: no CPU figures');
    const peers = await setupPeers(owner, 'bench/peers.sql');
    if (want('peers')) { say('peers: HTTP, pgmcp vs the same SDK code over a conventional gateway, a bare query with and without a log row, the governed floor, memory'); await peersHttp(owner, ownerUrl, gatewayUrl, postmaster, peers); }
    if (want('pgbench')) { say('pgbench: the database alone'); await peersPgbench(owner, ownerUrl, gatewayUrl, postmaster, peers.org); }
    // last: it stops and restarts the cluster, after closing the pools
    if (want('instructions')) { say('instructions: the database alone, counted'); await instructionCounts(owner, postmaster, peers.org, closePools); }
  }
  results.rows = rows;
  results.machine = { cpus: execFileSync('nproc', { encoding: 'utf8' }).trim(), node: process.version };
  writeFileSync('bench/results.json', `${JSON.stringify(results, null, 2)}\n`);
  process.stdout.write(`\n${settings}\n\n${table()}\n\n(${((performance.now() - t0) / 1000).toFixed(0)} s; bench/results.json, bench/scale.svg)\n`);
  await closePools();
}
let closed: Promise<unknown> | undefined;
const closePools = () => (closed ??= Promise.all([gateway.end(), owner.end()]));

main().catch(async (e) => {
  say(`bench: ${(e as Error).stack}`);
  process.exit(1);
});
