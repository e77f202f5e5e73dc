// make bench's instruction counts: what one call costs the database in CPU instructions, counted
// by valgrind's callgrind, which counts rather than times: the same figure whatever else the
// machine is doing (the CPU-time rows move with the machine's other work). The server's own
// backend in single-user mode (postgres --single) runs each script N/3 times (a warm-up), N/3
// times and N times; the difference of the last two over the 2N/3 extra runs is one run's cost,
// start-up, catalog caches and once-a-minute work left out. Each line is
// its own transaction with its commit, as under pgbench; prepared statements, as pgbench -M prepared.
// It stops the cluster (single-user mode needs the data directory to itself) and starts it again:
// it runs last. User-space instructions only: the kernel's share (fsync, sockets) is not counted.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type postgres from 'postgres';
import { SCRIPTS } from './compare.ts';
import { QUICK, results, say } from './lib.ts';

type Script = { name: string; prepare: string[]; run: string };

const haveValgrind = () => spawnSync('valgrind', ['--version']).status === 0;

/** Instructions per run of each script; undefined when valgrind or a local server is missing. */
export async function instructionCounts(owner: postgres.Sql, postmaster: number | undefined, org: string, closePools: () => Promise<unknown>) {
  if (postmaster === undefined || !haveValgrind()) {
    say('instructions: skipped (needs valgrind and the server on this machine)');
    await closePools();
    return undefined;
  }
  const [s] = await owner`
    select current_setting('data_directory') as data, current_setting('config_file') as config, current_database() as db,
           current_setting('server_version_num')::integer / 10000 as major`;
  const [c] = await owner`select c.raw_token, c.token_hash, k.id as token_id from bench.clients c
                          join public.mcp_tokens k on k.token_hash = c.token_hash where c.client_id = 0`;
  const lit = (v: string) => `'${v.replace(/'/g, "''")}'`;
  const token = lit(c!.raw_token);
  const hash = `'\\x${Buffer.from(c!.token_hash).toString('hex')}'::bytea`;
  const facts = lit(JSON.stringify({ client_name: 'bench', client_version: '1.0', user_agent: 'node', ip: '127.0.0.1', request_id: 'r-1' }));
  const scripts: Script[] = [
    { name: 'mcp_tools_call(get_current_time)', prepare: [], run: `select public.mcp_tools_call(${token}, 'get_current_time', '{}', '{}')` },
    {
      name: "the shim's call: mcp_tools_call_json, with client facts", prepare: [],
      run: `select public.mcp_tools_call_json(${token}, '{"name": "get_current_time", "arguments": {}}', ${facts})`,
    },
    {
      name: 'conventional 5 statements', // bench/compare.ts's pgbench script, the token row known (\gset)
      prepare: [
        `prepare a as select k.id as token_id, k.org_id from public.mcp_tokens k where k.token_hash = ${hash}`,
        `prepare b as insert into bench.rate_limits as l (token_id, window_start, count) values ('${c!.token_id}', date_trunc('minute', now()), 1) on conflict (token_id, window_start) do update set count = l.count + 1 returning count`,
        `prepare c as select bench.tools_call('${org}', 'get_current_time', '{}')`,
        `prepare d as insert into bench.usage_log (org_id, at, token_id, tool, arguments, outcome, duration_us, client_name, client_version, user_agent, ip, request_id) values ('${org}', now(), '${c!.token_id}', 'get_current_time', '{}', 'ok', 100, 'pgbench', '15', 'pgbench', '127.0.0.1', 'pgbench')`,
        `prepare e as update public.mcp_tokens set last_used_at = now() where id = '${c!.token_id}'`,
      ],
      run: 'execute a\nexecute b\nexecute c\nexecute d\nexecute e',
    },
    {
      name: 'the tool + a log row, one statement (the floor)',
      prepare: [`prepare h as with logged as (insert into bench.usage_log (org_id, at, token_id, tool, arguments, outcome, duration_us, client_name, client_version, user_agent, ip, request_id) values ('${org}', now(), '00000000-0000-0000-0000-000000000000', 'get_current_time', '{}', 'ok', 0, 'pgbench', '15', 'pgbench', '127.0.0.1', 'pgbench')) select bench.tools_call('${org}', 'get_current_time', '{}')`],
      run: 'execute h',
    },
    {
      name: 'the floor + token check + exact limit, one statement (the governed floor)', // its pgbench script, client 0's token
      prepare: [`prepare j as ${SCRIPTS.governed.replaceAll(':client_id', '0').replace(/ \\gset\n$/, '').replace(/\s*\n\s*/g, ' ')}`], // one line: --single reads a statement a line
      run: 'execute j',
    },
    {
      name: "the governed floor + issue 10's guarantees (SECURITY DEFINER, the policies' setting, a failed call's row)",
      prepare: [`prepare k as select bench.governed_call(${token}, 'get_current_time', '{}')`], run: 'execute k',
    },
    { name: 'one-row INSERT', prepare: [`prepare f as insert into bench.floor (org_id, payload) values ('${org}', '{"tool": "get_current_time"}')`], run: 'execute f' },
    { name: 'select 1', prepare: ['prepare g as select 1'], run: 'execute g' },
  ];

  const owner_ = statSync(s!.data).uid;
  const as = (cmd: string, args: string[]) => (process.getuid?.() === 0 && owner_ !== 0 ? ['runuser', ['-u', userName(owner_), '--', cmd, ...args]] : [cmd, args]) as [string, string[]];
  const bin = `/usr/lib/postgresql/${s!.major}/bin`;
  const dir = mkdtempSync(join(tmpdir(), 'pgmcp-callgrind-'));
  execFileSync('chmod', ['777', dir]);
  const n = QUICK ? 30 : 150;
  const count = (script: Script, times: number, i: number): number => {
    const input = join(dir, 'in.sql');
    writeFileSync(input, `${[...script.prepare, ...Array(times).fill(script.run)].join('\n')}\n`);
    const out = join(dir, `callgrind.${i}.${times}`); // kept: callgrind_annotate shows where the instructions go
    const [cmd, args] = as('valgrind', ['--tool=callgrind', `--callgrind-out-file=${out}`, `${bin}/postgres`, '--single', '-D', s!.data,
      '-c', `config_file=${s!.config}`, '-c', 'shared_preload_libraries=', s!.db]);
    const r = spawnSync(cmd, args, { input: readFileSync(input), encoding: 'utf8', maxBuffer: 1 << 28 });
    const m = /Collected : (\d+)/.exec(r.stderr);
    if (!m || /ERROR:/.test(r.stdout + r.stderr)) throw new Error(`callgrind ${script.name}: ${(r.stdout + r.stderr).slice(-2000)}`);
    return Number(m[1]);
  };

  say(`instructions: stopping the cluster for single-user runs under callgrind (${n / 3}, ${n / 3} and ${n} runs of each script)`);
  const [stopCmd, stopArgs] = as(`${bin}/pg_ctl`, ['stop', '-D', s!.data, '-m', 'fast', '-w']);
  await closePools(); // the server goes away for a while: no connection is left to break
  execFileSync(stopCmd, stopArgs, { stdio: 'ignore' });
  const counts: Record<string, number> = {};
  try {
    for (const [i, script] of scripts.entries()) {
      // a first run pays what happens once a minute or once a session (last_used_at, compiling
      // regexes and functions): the two measured runs then differ by their extra calls alone
      count(script, n / 3, i);
      const fewer = count(script, n / 3, i);
      counts[script.name] = Math.round((count(script, n, i) - fewer) / (n - n / 3));
      say(`  ${script.name}: ${counts[script.name]!.toLocaleString('en')} instructions`);
    }
  } finally {
    const [startCmd, startArgs] = as(`${bin}/pg_ctl`, ['start', '-D', s!.data, '-o', `-c config_file=${s!.config}`, '-w', '-l', join(dir, 'server.log')]);
    execFileSync(startCmd, startArgs, { stdio: 'ignore' });
  }
  say(`  callgrind's files (script i, runs n): ${dir}/callgrind.<i>.<n>`);
  results.instructions = counts;
  return counts;
}

function userName(uid: number): string {
  return readFileSync('/etc/passwd', 'utf8').split('\n').map((l) => l.split(':')).find((f) => Number(f[2]) === uid)?.[0] ?? String(uid);
}

/** The instruction counts as a table, with ratios to the one-row INSERT. */
export function instructionTable(): string {
  const counts = results.instructions as Record<string, number> | undefined;
  if (!counts) return '';
  const floor = counts['one-row INSERT']!;
  const head = '| callgrind, one run (its own transaction) | instructions | ÷ one-row INSERT |\n|---|---|---|';
  return [head, ...Object.entries(counts).map(([k, v]) => `| ${k} | ${v.toLocaleString('en')} | ${Math.round((v / floor) * 100) / 100} |`)].join('\n');
}
