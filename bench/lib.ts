// What bench/run.ts and bench/compare.ts share: the settings, the statistics, the rows of the
// table, and CPU time from /proc (a process's own, and a whole PostgreSQL cluster's).
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import type postgres from 'postgres';

/** BENCH_QUICK=1: one short round of everything, for a smoke run (its figures mean little) */
export const QUICK = Boolean(process.env.BENCH_QUICK);
export const ROUNDS = Number(process.env.BENCH_ROUNDS ?? (QUICK ? 1 : 3));
export const SECONDS = Number(process.env.BENCH_SECONDS ?? (QUICK ? 1 : 4));

export const say = (s: string) => process.stderr.write(`${s}\n`);
export const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)]!;
export const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * p))]!;
export const round2 = (x: number) => Math.round(x * 100) / 100;

export type Row = { id: string; what: string; value: string; baseline: string; ratio: number; goal: string; met: boolean };
export const rows: Row[] = [];
export const results: Record<string, unknown> = { date: new Date().toISOString(), rounds: ROUNDS, seconds: SECONDS, quick: QUICK };

const TICK_US = 1e6 / (Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100);

/** /proc/<pid>/stat's fields from the state on (field 3): [1] ppid, [11] utime, [12] stime, [13] cutime, [14] cstime */
function stat(pid: number | string): string[] | undefined {
  try {
    const s = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return s.slice(s.lastIndexOf(')') + 2).split(' ');
  } catch {
    return undefined;
  }
}
const ticks = (f: string[], from: number, to: number) => f.slice(from, to + 1).reduce((t, x) => t + Number(x), 0);

/** CPU time (user + system, µs) a process has used so far. */
export function processCpuUs(pid: number): number {
  const f = stat(pid);
  if (!f) throw new Error(`no process ${pid}`);
  return ticks(f, 11, 12) * TICK_US;
}

/** The postmaster of the server sql talks to, when it runs on this machine (else undefined: no CPU figures). */
export async function postmasterPid(sql: postgres.Sql): Promise<number | undefined> {
  const [{ pid }] = (await sql`select pg_backend_pid() as pid`) as unknown as [{ pid: number }];
  const comm = (p: number | string) => { try { return readFileSync(`/proc/${p}/comm`, 'utf8').trim(); } catch { return ''; } };
  const ppid = stat(pid)?.[1];
  return ppid && comm(pid).startsWith('postgres') && comm(ppid).startsWith('postgres') ? Number(ppid) : undefined;
}

/** CPU time (µs) of a whole cluster so far: the postmaster, its live children, and its exited (reaped)
 * children. Read again when a child was reaped during the scan (counted twice, or not at all). */
export function clusterCpuUs(postmaster: number | undefined): number {
  if (postmaster === undefined) return Number.NaN;
  for (let attempt = 0; ; attempt++) {
    const before = stat(postmaster);
    if (!before) return Number.NaN;
    let t = 0;
    for (const d of readdirSync('/proc')) {
      if (!/^\d+$/.test(d)) continue;
      const f = stat(d);
      if (f?.[1] === String(postmaster)) t += ticks(f, 11, 12);
    }
    const after = stat(postmaster);
    if (after && (ticks(after, 13, 14) === ticks(before, 13, 14) || attempt === 4)) return (t + ticks(after, 11, 14)) * TICK_US;
  }
}
