// make bench's peer comparisons (bench/peers.ts): pgmcp over HTTP against the same HTTP and MCP
// code over a bare query (with and without its log row), over the governed floor, over a
// conventional gateway (sha-256, or bcrypt) and from memory; then the database alone under
// pgbench: the pipeline, the conventional gateway's five statements, the floor's and the governed
// floor's one statement, a one-row INSERT and select 1. Same data, same pool size, byte-identical tool results (checked
// before anything is timed). CPU per call: the serving Node process plus the whole cluster.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import autocannon from 'autocannon';
import type postgres from 'postgres';
import { rpc, type Shim, startShim } from '../test/lib/shim.ts';
import { clusterCpuUs, median, processCpuUs, QUICK, ROUNDS, round2, rows, results, say, SECONDS } from './lib.ts';
import { answerKey, type PeerName } from './peers.ts';

const POOL = '16';
const CONCURRENCY = [1, 16] as const;
const HTTP_PEERS = ['pgmcp', 'conventional', 'bcrypt', 'governed', 'logged', 'bare', 'memory'] as const;
type HttpPeer = (typeof HTTP_PEERS)[number];
const LABEL: Record<HttpPeer, string> = {
  pgmcp: 'pgmcp', conventional: 'conventional (sha-256)', bcrypt: 'conventional (bcrypt 10)', governed: 'governed floor',
  logged: 'bare + log row',
  bare: 'bare query', memory: 'memory',
};
/** bcrypt cost 10 costs tens of ms a call: a few requests only */
const bcryptRequests = (c: number) => (QUICK ? 2 : 6) * c + (c === 1 ? 4 : 0);

type Case = { name: string; tool: string; args: Record<string, unknown> };
type Load = { rps: number; p50: number; p99: number; node_us: number; db_us: number; cpu_us: number };

export type PeerSetup = { org: string; tokens: string[]; cases: Case[] };

/** The peers' org (3 tables × 10k rows), its tokens (one per client), and the bench schema's peer objects. */
export async function setupPeers(owner: postgres.Sql, sqlFile: string): Promise<PeerSetup> {
  await owner.unsafe(readFileSync(sqlFile, 'utf8'));
  const [org] = await owner`select app.generate_demo_org('Bench peers', data_tables => 3, rows_per_table => 10000) as id`;
  const issued = await owner`
    select t.id, t.raw_token, t.token_prefix from generate_series(0, 15) i,
      lateral public.mcp_token_issue(${org!.id}::uuid, 'bench peer client ' || i, rate_limit_per_minute => 1000000) t`;
  const tokens = issued.map((t) => t.raw_token as string);
  for (const [i, t] of issued.entries()) {
    await owner`insert into bench.clients values (${i}, ${t.raw_token}, ${createHash('sha256').update(t.raw_token).digest()})`;
    await owner`insert into bench.token_bcrypt values (${t.id}, ${t.token_prefix}, bench.crypt(${t.raw_token}, bench.gen_salt('bf', 10)))`;
  }
  const [t] = await owner`select id from app.data_tables where org_id = ${org!.id} and name = 'Customers'`;
  await owner.unsafe('vacuum analyze');
  const cases: Case[] = [
    { name: 'get_current_time', tool: 'get_current_time', args: {} },
    { name: 'query_data_table first page', tool: 'query_data_table', args: { table_id: t!.id } },
    { name: 'query_data_table filtered page', tool: 'query_data_table', args: { table_id: t!.id, filter: { plan: 'enterprise', active: false } } },
  ];
  return { org: org!.id, tokens, cases };
}

const body = (c: Case) => JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'tools/call', params: { name: c.tool, arguments: c.args } });
const headers = (token: string) => ({
  'content-type': 'application/json', accept: 'application/json, text/event-stream',
  'mcp-protocol-version': '2025-06-18', authorization: `Bearer ${token}`,
});

/** get_current_time's answer moves with the clock: its keys and their types are compared */
const shape = (c: Case, sc: unknown) =>
  c.tool === 'get_current_time' && sc && typeof sc === 'object'
    ? JSON.stringify(Object.entries(sc).map(([k, v]) => [k, typeof v]).sort())
    : JSON.stringify(sc);

/** Each peer's structuredContent for each case, against pgmcp's, before anything is timed. */
async function checkIdentity(servers: Record<HttpPeer, Shim>, cases: Case[], token: string, reference: Record<string, any>) {
  for (const c of cases) {
    const want = shape(c, reference[c.name].structuredContent);
    for (const p of HTTP_PEERS) {
      const r = await rpc(servers[p].url, body(c), token);
      const got = r.json?.result;
      if (r.status !== 200 || !got || got.isError !== false) throw new Error(`peers: ${p} answered ${c.name} with ${r.status} ${r.text.slice(0, 300)}`);
      if (shape(c, got.structuredContent) !== want) {
        throw new Error(`peers: ${p}'s structuredContent for ${c.name} differs from pgmcp's:\n  pgmcp: ${want.slice(0, 400)}\n  ${p}: ${shape(c, got.structuredContent).slice(0, 400)}`);
      }
    }
  }
}

/** HTTP load on one server: a token per connection; req/s, latency, and CPU per call (its Node process, the cluster). */
async function load(
  s: Shim, postmaster: number | undefined, c: Case, connections: number, tokens: string[], amount?: number, seconds = SECONDS,
): Promise<Load> {
  let next = 0;
  const node0 = processCpuUs(s.proc.pid!);
  const db0 = clusterCpuUs(postmaster);
  const r = await autocannon({
    url: s.url, method: 'POST', headers: headers(tokens[0]!), body: body(c), connections,
    ...(amount ? { amount } : { duration: seconds }),
    setupClient: (client: any) => client.setHeaders(headers(tokens[next++ % tokens.length]!)),
  });
  const n = r.requests.total;
  const node_us = (processCpuUs(s.proc.pid!) - node0) / n;
  const db_us = (clusterCpuUs(postmaster) - db0) / n;
  if (r.non2xx || r.errors || r.timeouts) throw new Error(`peers: ${r.non2xx} non-2xx answers, ${r.errors} errors, ${r.timeouts} timeouts from ${s.url}`);
  const elapsed = (new Date(r.finish).getTime() - new Date(r.start).getTime()) / 1000;
  return { rps: n / elapsed, p50: r.latency.p50, p99: r.latency.p99, node_us, db_us, cpu_us: node_us + db_us };
}

const medianLoad = (xs: Load[]): Load => Object.fromEntries(
  (['rps', 'p50', 'p99', 'node_us', 'db_us', 'cpu_us'] as const).map((k) => [k, median(xs.map((x) => x[k]))]),
) as Load;

type PeerResults = Record<string, Record<number, Record<HttpPeer, Load>>>;
const peerResults: PeerResults = {};

/** HTTP: pgmcp and its peers, every case at concurrency 1 and 16, rounds interleaved, medians. */
export async function peersHttp(owner: postgres.Sql, ownerUrl: string, gatewayUrl: string, postmaster: number | undefined, setup: PeerSetup) {
  const { org, tokens, cases } = setup;
  const servers = {} as Record<HttpPeer, Shim>;
  // every server keeps its pool's connections open between its rounds
  const [{ max }] = (await owner`select current_setting('max_connections')::integer as max`) as unknown as [{ max: number }];
  const wanted = HTTP_PEERS.length * Number(POOL) + 10;
  if (max < wanted) throw new Error(`peers: the server's max_connections is ${max}; the HTTP peers need ${wanted} (${HTTP_PEERS.length} servers, a pool of ${POOL} each)`);
  try {
    servers.pgmcp = await startShim({ DATABASE_URL: gatewayUrl, LOG_LEVEL: 'info', DB_POOL_MAX: POOL });
    const reference: Record<string, any> = {};
    for (const c of cases) {
      const r = await rpc(servers.pgmcp.url, body(c), tokens[0]);
      if (r.json?.result?.isError !== false) throw new Error(`peers: pgmcp answered ${c.name} with ${r.text.slice(0, 300)}`);
      if (c.tool === 'query_data_table' && !(r.json.result.structuredContent.rows.length > 0)) throw new Error(`peers: ${c.name} has no rows`);
      reference[c.name] = r.json.result;
    }
    // the memory peer answers query_data_table with pgmcp's answers (its identity is by construction)
    const answers = join(mkdtempSync(join(tmpdir(), 'pgmcp-bench-')), 'answers.json');
    writeFileSync(answers, JSON.stringify(Object.fromEntries(cases.map((c) => [answerKey(c.tool, c.args), reference[c.name]]))));
    const peerEnv = { DATABASE_URL: ownerUrl, LOG_LEVEL: 'info', DB_POOL_MAX: POOL, BENCH_ORG: org, BENCH_MEMORY_ANSWERS: answers };
    for (const p of ['conventional', 'bcrypt', 'governed', 'logged', 'bare', 'memory'] as const satisfies readonly PeerName[]) {
      servers[p] = await startShim(peerEnv, [p], ['--import', 'tsx', 'bench/peer-server.ts']);
    }
    await checkIdentity(servers, cases, tokens[0]!, reference);
    say(`  peers: structuredContent identical to pgmcp's for ${cases.map((c) => c.name).join(', ')} (get_current_time: keys and types)`);

    for (const c of cases) {
      peerResults[c.name] = {};
      for (const conc of CONCURRENCY) {
        const toks = conc === 1 ? tokens.slice(0, 1) : tokens;
        const run = (p: HttpPeer, warm = false) => p === 'bcrypt'
          ? load(servers[p], postmaster, c, conc, toks, warm ? conc : bcryptRequests(conc))
          : load(servers[p], postmaster, c, conc, toks, undefined, warm ? Math.max(1, SECONDS / 2) : SECONDS);
        for (const p of HTTP_PEERS) await run(p, true); // warm-up
        const got = Object.fromEntries(HTTP_PEERS.map((p) => [p, [] as Load[]])) as Record<HttpPeer, Load[]>;
        for (let i = 0; i < ROUNDS; i++) for (const p of HTTP_PEERS) got[p].push(await run(p));
        const m = Object.fromEntries(HTTP_PEERS.map((p) => [p, medianLoad(got[p])])) as Record<HttpPeer, Load>;
        peerResults[c.name]![conc] = m;
        say(`  ${c.name}, c=${conc}: ${HTTP_PEERS.map((p) => `${p} ${Math.round(m[p].rps)}/s ${Math.round(m[p].cpu_us)} µs`).join('; ')}`);
      }
    }
  } finally {
    for (const s of Object.values(servers)) await s.stop();
  }
  // autocannon sees only HTTP 200: every call under load must also have been answered with a result
  const failed = await owner`
    select 'pgmcp' as peer, outcome, count(*)::integer as n from mcp.usage_log where org_id = ${org} and outcome <> 'ok' group by 1, 2
    union all
    select 'bench peers', outcome, count(*)::integer from bench.usage_log where org_id = ${org} and outcome <> 'ok' group by 1, 2`;
  if (failed.length > 0) throw new Error(`peers: calls under load that failed: ${JSON.stringify(failed)}`);
  results.peers = peerResults;
  for (const c of cases) {
    const m = peerResults[c.name]![16]!;
    const vsConv = round2(m.pgmcp.rps / m.conventional.rps);
    const vsBare = round2(m.pgmcp.rps / m.bare.rps);
    const bareGoal = c.tool === 'get_current_time' ? 0.7 : 0.5;
    const floorVsConv = round2(m.logged.rps / m.conventional.rps);
    const governedVsConv = round2(m.governed.rps / m.conventional.rps);
    rows.push({
      id: 'peers', what: `HTTP ${c.name}, c=16, vs conventional gateway`, value: `${Math.round(m.pgmcp.rps)}/s`,
      baseline: `${Math.round(m.conventional.rps)}/s`, ratio: vsConv, goal: '≥ 2× throughput', met: vsConv >= 2,
    }, {
      // what any gateway that logs each call durably can reach: the bare query and its log row, nothing else
      id: 'peers', what: `HTTP ${c.name}, c=16, bare query + a durable log row (the floor) vs conventional gateway`,
      value: `${Math.round(m.logged.rps)}/s`, baseline: `${Math.round(m.conventional.rps)}/s`, ratio: floorVsConv,
      goal: '(context)', met: true,
    }, {
      // what a gateway that checks the token and takes an exact limit's slot can reach: the floor and
      // those two, in the same one statement
      id: 'peers', what: `HTTP ${c.name}, c=16, the governed floor (the floor + token check + exact limit, one statement) vs conventional gateway`,
      value: `${Math.round(m.governed.rps)}/s`, baseline: `${Math.round(m.conventional.rps)}/s`, ratio: governedVsConv,
      goal: '(context)', met: true,
    }, {
      id: 'peers', what: `HTTP ${c.name}, c=16, vs the governed floor`, value: `${Math.round(m.pgmcp.rps)}/s`,
      baseline: `${Math.round(m.governed.rps)}/s`, ratio: round2(m.pgmcp.rps / m.governed.rps), goal: '(context)', met: true,
    }, {
      id: 'peers', what: `HTTP ${c.name}, c=16, vs bare query`, value: `${Math.round(m.pgmcp.rps)}/s`,
      baseline: `${Math.round(m.bare.rps)}/s`, ratio: vsBare, goal: `≥ ${bareGoal}× throughput`, met: vsBare >= bareGoal,
    });
  }
}

const perSec = (x: number) => `${Math.round(x)}/s`;
const micros = (x: number) => (Number.isFinite(x) ? `${Math.round(x)} µs` : '—');

/** req/s and CPU per call of every peer, and pgmcp's ratios to the conventional gateway and to the bare query. */
export function peerTable(): string {
  if (Object.keys(peerResults).length === 0) return '';
  const head = `| tool | c | ${HTTP_PEERS.map((p) => LABEL[p]).join(' | ')} | pgmcp ÷ conventional | pgmcp ÷ governed floor | pgmcp ÷ bare + log row | pgmcp ÷ bare |\n` +
    `|---|---|${HTTP_PEERS.map(() => '---').join('|')}|---|---|---|---|`;
  const lines = Object.entries(peerResults).flatMap(([name, byC]) => Object.entries(byC).map(([c, m]) => {
    const ratio = (b: Load) => `${round2(m.pgmcp.rps / b.rps)}× req/s, ${round2(m.pgmcp.cpu_us / b.cpu_us)}× CPU`;
    return `| ${name} | ${c} | ${HTTP_PEERS.map((p) => `${perSec(m[p].rps)}, ${micros(m[p].cpu_us)}`).join(' | ')} | ${ratio(m.conventional)} | ${ratio(m.governed)} | ${ratio(m.logged)} | ${ratio(m.bare)} |`;
  }));
  return [head, ...lines].join('\n');
}

// ---------------------------------------------------------------------------------------- pgbench

export const SCRIPTS = {
  pipeline: `select public.mcp_tools_call((select c.raw_token from bench.clients c where c.client_id = :client_id),
                             'get_current_time', '{}', '{}');\n`,
  // the conventional gateway (bench/peers.ts) without Node: the allow-list check is the only step left out
  conventional: `select k.id as token_id, k.org_id from public.mcp_tokens k
  where k.token_hash = (select c.token_hash from bench.clients c where c.client_id = :client_id) \\gset
insert into bench.rate_limits as l (token_id, window_start, count) values (:token_id, date_trunc('minute', now()), 1)
  on conflict (token_id, window_start) do update set count = l.count + 1 returning count;
select bench.tools_call(:org_id, 'get_current_time', '{}');
insert into bench.usage_log (org_id, at, token_id, tool, arguments, outcome, duration_us, client_name, client_version, user_agent, ip, request_id)
  values (:org_id, now(), :token_id, 'get_current_time', '{}', 'ok', 100, 'pgbench', '15', 'pgbench', '127.0.0.1', 'pgbench');
update public.mcp_tokens set last_used_at = now() where id = :token_id;\n`,
  // the HTTP table's logged peer: the tool's query and a durable log row, one statement (an id per
  // client in the token column, as the peer writes an id per bearer token)
  logged: `with logged as (insert into bench.usage_log (org_id, at, token_id, tool, arguments, outcome, duration_us, client_name,
    client_version, user_agent, ip, request_id) values (:org, now(), md5(:client_id::text)::uuid, 'get_current_time',
    '{}', 'ok', 0, 'pgbench', '15', 'pgbench', '127.0.0.1', 'pgbench'))
  select bench.tools_call(:org, 'get_current_time', '{}');\n`,
  // the HTTP table's governed peer: the floor, with the token checked and the limit's slot taken
  // in the same statement
  governed: `with k as (select k.id, k.org_id, k.rate_limit_per_minute from public.mcp_tokens k
    where k.token_hash = (select c.token_hash from bench.clients c where c.client_id = :client_id) and k.revoked_at is null
      and (k.expires_at is null or k.expires_at > now()) and ('*' = any (k.allowed_tools) or 'get_current_time' = any (k.allowed_tools))),
  take as (insert into bench.rate_buckets as b (token_id, tat)
    select k.id, now() + make_interval(secs => floor(60000000.0 / k.rate_limit_per_minute) / 1000000.0) from k
    on conflict (token_id) do update set tat = greatest(b.tat, now()) + (excluded.tat - now())
      where greatest(b.tat, now()) + (excluded.tat - now()) <= now() + interval '1 minute'
    returning b.token_id),
  logged as (insert into bench.usage_log (org_id, at, token_id, tool, arguments, outcome, duration_us, client_name,
    client_version, user_agent, ip, request_id) select k.org_id, now(), k.id, 'get_current_time', '{}', 'ok', 0, 'pgbench',
    '15', 'pgbench', '127.0.0.1', 'pgbench' from k join take on take.token_id = k.id)
  select bench.tools_call(k.org_id, 'get_current_time', '{}') as answer from k join take on take.token_id = k.id \\gset\n`, // no row: a failed transaction
  // the governed floor with the guarantees issue 10 asks to keep (bench/peers.sql): a SECURITY
  // DEFINER function the gateway's role calls, the setting the policies read, a failed call's row
  kept: `select bench.governed_call((select c.raw_token from bench.clients c where c.client_id = :client_id),
                           'get_current_time', '{}');\n`,
  insert: `insert into bench.floor (org_id, payload) values (:org, '{"tool": "get_current_time"}');\n`,
  select1: 'select 1;\n',
} as const;
type Script = keyof typeof SCRIPTS;
const SCRIPT_LABEL: Record<Script, string> = {
  pipeline: "mcp_tools_call(get_current_time)", conventional: 'conventional 5 statements',
  logged: 'the tool + a log row, one statement (the floor)',
  governed: 'the floor + token check + exact limit, one statement (the governed floor)',
  kept: "the governed floor + issue 10's guarantees (SECURITY DEFINER, the policies' setting, a failed call's row)",
  insert: 'one-row INSERT', select1: 'select 1',
};
type Bench = { tps: number; latency_ms: number; db_us: number };
/** by concurrency ("1", "16"), and "16 at <rate>/s": throttled to the shim's HTTP rate (pgbench -R) */
const benchResults: Record<string, Partial<Record<Script, Bench>>> = {};
/** the rate of the throttled runs when no HTTP figure was measured in this run (BENCH_ONLY=pgbench) */
const DEFAULT_HTTP_RATE = 1500;

async function pgbenchBinary(sql: postgres.Sql): Promise<string> {
  const [{ major }] = (await sql`select current_setting('server_version_num')::integer / 10000 as major`) as unknown as [{ major: number }];
  const own = `/usr/lib/postgresql/${major}/bin/pgbench`;
  return existsSync(own) ? own : 'pgbench';
}

/** The database alone: each script under pgbench -M prepared, a token per client; TPS and the cluster's CPU per transaction. */
export async function peersPgbench(owner: postgres.Sql, ownerUrl: string, gatewayUrl: string, postmaster: number | undefined, org: string) {
  const bin = await pgbenchBinary(owner);
  const dir = mkdtempSync(join(tmpdir(), 'pgmcp-pgbench-'));
  for (const [k, text] of Object.entries(SCRIPTS)) writeFileSync(join(dir, `${k}.sql`), text);
  const urlOf: Record<Script, string> = {
    pipeline: gatewayUrl, conventional: ownerUrl, logged: ownerUrl, governed: ownerUrl, kept: gatewayUrl, insert: gatewayUrl,
    select1: gatewayUrl,
  };
  // -P 1: a progress line a second. Its first second (connections, each backend's first plans and
  // caches) is left out: TPS and CPU are those of the seconds after it, the cluster's CPU read at each line
  const run = (script: Script, c: number, rate?: number): Promise<Bench> => new Promise((resolve, reject) => {
    const args = ['-n', '-M', 'prepared', '-P', '1', '-f', join(dir, `${script}.sql`), '-c', String(c), '-j', String(Math.min(c, 2)),
      '-T', String(SECONDS + 2), '-D', `org=${org}`, ...(rate ? ['-R', String(rate)] : []), urlOf[script]];
    const proc = spawn(bin, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    const marks: { tps: number; lat: number; cpu: number }[] = [];
    let out = '';
    proc.stdout.on('data', (d) => { out += d; });
    createInterface({ input: proc.stderr }).on('line', (line) => {
      out += `${line}\n`;
      const m = /^progress: [\d.]+ s, ([\d.]+) tps, lat ([\d.]+) ms/.exec(line);
      if (m) marks.push({ tps: Number(m[1]), lat: Number(m[2]), cpu: clusterCpuUs(postmaster) });
    });
    proc.on('error', reject);
    proc.on('close', (code) => {
      const steady = marks.slice(1);
      if (code !== 0 || steady.length === 0 || /failed transactions: [1-9]/.test(out)) {
        reject(new Error(`pgbench ${script} -c ${c} (exit ${code}):\n${out}`));
        return;
      }
      const transactions = steady.reduce((t, x) => t + x.tps, 0); // a second each
      resolve({
        tps: transactions / steady.length,
        latency_ms: steady.reduce((t, x) => t + x.lat * x.tps, 0) / transactions,
        db_us: (steady.at(-1)!.cpu - marks[0]!.cpu) / transactions,
      });
    });
  });
  const measure = async (key: string, scripts: Script[], c: number, rate?: number) => {
    const got = Object.fromEntries(scripts.map((s) => [s, [] as Bench[]])) as Record<Script, Bench[]>;
    for (let i = 0; i < ROUNDS; i++) for (const s of scripts) got[s].push(await run(s, c, rate));
    benchResults[key] = Object.fromEntries(scripts.map((s) => [s, {
      tps: median(got[s].map((x) => x.tps)), latency_ms: median(got[s].map((x) => x.latency_ms)), db_us: median(got[s].map((x) => x.db_us)),
    }]));
    say(`  pgbench c=${key}: ${scripts.map((s) => `${s} ${Math.round(benchResults[key]![s]!.tps)} tps ${micros(benchResults[key]![s]!.db_us)}`).join('; ')}`);
  };
  for (const c of CONCURRENCY) await measure(String(c), Object.keys(SCRIPTS) as Script[], c);
  // The same SQL offered at the rate the shim served get_current_time over HTTP (c=16) in this run:
  // a database's CPU per transaction grows as its rate falls (fewer commits share a WAL flush, and
  // each backend sleeps and wakes for every statement), so these, not the full-speed rows, are what
  // the HTTP table's database CPU compares with.
  const http = (results.peers as Record<string, Record<number, Record<string, { rps: number }>>> | undefined)?.get_current_time?.[16]?.pgmcp?.rps;
  const rate = Math.round(http ?? DEFAULT_HTTP_RATE);
  await measure(`16 at ${rate}/s`, ['pipeline', 'conventional', 'governed', 'kept', 'logged', 'insert'], 16, rate);
  results.pgbench = benchResults;
  const m = benchResults['16'] as Record<Script, Bench>;
  const tpsRatio = round2(m.pipeline.tps / m.conventional.tps);
  const cpuRatio = round2(m.pipeline.db_us / m.insert.db_us);
  rows.push({
    id: 'pgbench', what: 'mcp_tools_call TPS, c=16, vs the conventional 5 statements', value: `${Math.round(m.pipeline.tps)} tps`,
    baseline: `${Math.round(m.conventional.tps)} tps`, ratio: tpsRatio, goal: '≥ 2×', met: tpsRatio >= 2,
  }, {
    id: 'pgbench', what: 'TPS of the tool + a log row in one statement (the floor), c=16, vs the conventional 5 statements',
    value: `${Math.round(m.logged.tps)} tps`, baseline: `${Math.round(m.conventional.tps)} tps`,
    ratio: round2(m.logged.tps / m.conventional.tps), goal: '(context)', met: true,
  }, {
    id: 'pgbench', what: 'TPS of the governed floor (the floor + token check + exact limit, one statement), c=16, vs the conventional 5 statements',
    value: `${Math.round(m.governed.tps)} tps`, baseline: `${Math.round(m.conventional.tps)} tps`,
    ratio: round2(m.governed.tps / m.conventional.tps), goal: '(context)', met: true,
  }, {
    id: 'pgbench', what: "TPS of the governed floor + issue 10's guarantees (a SECURITY DEFINER function: the policies' setting, a failed call's row), c=16, vs the conventional 5 statements",
    value: `${Math.round(m.kept.tps)} tps`, baseline: `${Math.round(m.conventional.tps)} tps`,
    ratio: round2(m.kept.tps / m.conventional.tps), goal: '(context)', met: true,
  }, {
    id: 'pgbench', what: 'database CPU per mcp_tools_call, c=16, vs a one-row INSERT', value: micros(m.pipeline.db_us),
    baseline: micros(m.insert.db_us), ratio: cpuRatio, goal: '≤ 2.5×', met: Number.isFinite(cpuRatio) && cpuRatio <= 2.5,
  });
  const paced = benchResults[`16 at ${rate}/s`] as Record<'pipeline' | 'governed' | 'logged' | 'insert', Bench>;
  rows.push({
    id: 'pgbench', what: `database CPU per mcp_tools_call vs a one-row INSERT, both offered ${rate}/s (the shim's HTTP rate), c=16`,
    value: micros(paced.pipeline.db_us), baseline: micros(paced.insert.db_us), ratio: round2(paced.pipeline.db_us / paced.insert.db_us),
    goal: '(context)', met: true,
  }, {
    id: 'pgbench', what: `database CPU of the floor (the tool + a log row) vs a one-row INSERT, both offered ${rate}/s, c=16`,
    value: micros(paced.logged.db_us), baseline: micros(paced.insert.db_us), ratio: round2(paced.logged.db_us / paced.insert.db_us),
    goal: '(context)', met: true,
  }, {
    id: 'pgbench', what: `database CPU of the governed floor vs a one-row INSERT, both offered ${rate}/s, c=16`,
    value: micros(paced.governed.db_us), baseline: micros(paced.insert.db_us), ratio: round2(paced.governed.db_us / paced.insert.db_us),
    goal: '(context)', met: true,
  });
}

/** pgbench's rows: TPS, latency and the cluster's CPU per transaction, with ratios to the one-row INSERT. */
export function pgbenchTable(): string {
  if (Object.keys(benchResults).length === 0) return '';
  const head = '| pgbench -M prepared | c | TPS | latency | database CPU / transaction | TPS ÷ INSERT | CPU ÷ INSERT |\n|---|---|---|---|---|---|---|';
  const lines = Object.entries(benchResults).flatMap(([c, m]) => (Object.keys(SCRIPTS) as Script[]).flatMap((s) => {
    const b = m[s];
    const insert = m.insert!;
    return b ? [`| ${SCRIPT_LABEL[s]} | ${c} | ${Math.round(b.tps)} | ${b.latency_ms.toFixed(2)} ms | ${micros(b.db_us)} | ` +
      `${round2(b.tps / insert.tps)} | ${round2(b.db_us / insert.db_us)} |`] : [];
  }));
  return [head, ...lines].join('\n');
}
