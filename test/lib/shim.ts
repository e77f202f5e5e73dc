// Starts the shim as a child process on a free port of 127.0.0.1: the built Node shim (dist/, as
// `make start` runs it), or with PGMCP_SHIM_TARGET=deno the Supabase Edge Function under Deno
// (supabase/functions/mcp), which gets the same environment.
import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { connect as tcp } from 'node:net';
import { createInterface } from 'node:readline';
import { sqlBlocks } from './docs.ts';

export type Shim = { url: string; base: string; proc: ChildProcess; logs: string[]; stop: () => Promise<number | null> };

/** Which entry startShim runs: 'node' (the default) or 'deno'. */
export const target = process.env.PGMCP_SHIM_TARGET === 'deno' ? 'deno' : 'node';

/** Deno's arguments in the README's "try the function locally" command: what the Deno run starts. */
export function denoFunctionArgs(): string[] {
  const line = sqlBlocks('README.md', 'sh').map((b) => b.replaceAll('\\\n', ' '))
    .flatMap((b) => b.split('\n')).find((l) => /\bdeno run .*supabase\/functions\/mcp\/index\.ts$/.test(l));
  if (!line) throw new Error('the README has no ```sh line running supabase/functions/mcp/index.ts with deno run');
  return line.slice(line.indexOf('deno run ') + 'deno '.length).trim().split(/\s+/);
}

/** env: added to the test's environment; a variable set to undefined is removed from it. */
export async function startShim(env: Record<string, string | undefined>, args: string[] = [], entry = ['dist/shim/src/main.js']): Promise<Shim> {
  if (target === 'deno' && (args.length > 0 || entry[0] !== 'dist/shim/src/main.js')) {
    throw new Error('PGMCP_SHIM_TARGET=deno: the Edge Function serves HTTP only (no arguments, no other entry)');
  }
  const [command, argv] = target === 'deno'
    ? ['node_modules/.bin/deno', denoFunctionArgs()]
    : [process.execPath, [...entry, ...args]];
  // DENO_NO_PACKAGE_JSON=1, as Supabase's bundler sets it: the npm packages come from deno.json only
  const merged = { ...process.env, HOST: '127.0.0.1', PORT: '0', LOG_LEVEL: 'debug', ...(target === 'deno' && { DENO_NO_PACKAGE_JSON: '1' }), ...env };
  const proc = spawn(command, argv, {
    env: Object.fromEntries(Object.entries(merged).filter(([, v]) => v !== undefined)),
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const logs: string[] = [];
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the shim did not start:\n${logs.join('\n')}`)), 15_000);
    createInterface({ input: proc.stderr! }).on('line', (line) => {
      logs.push(line);
      const m = /"msg":"listening","url":"([^"]+)"/.exec(line);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]!);
      }
    });
    proc.once('exit', (code) => reject(new Error(`the shim exited (${code}):\n${logs.join('\n')}`)));
  });
  return {
    url,
    base: url.replace(/\/mcp$/, ''),
    proc,
    logs,
    async stop() {
      if (proc.exitCode !== null) return proc.exitCode;
      proc.kill('SIGTERM');
      const [code] = await once(proc, 'exit');
      return code as number | null;
    },
  };
}

/** One JSON-RPC POST to the shim, as curl would send it. */
export async function rpc(url: string, body: unknown, token?: string, headers: Record<string, string> = {}) {
  const res = await fetch(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      accept: 'application/json, text/event-stream',
      'mcp-protocol-version': '2025-06-18',
      ...(token && { authorization: `Bearer ${token}` }),
      ...headers,
    },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  const text = await res.text();
  let json: any;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  return { status: res.status, headers: res.headers, text, json };
}

/**
 * Raw bytes to the shim at url, for requests fetch will not send (a forged Host, bad framing);
 * returns the status, the content type, the x-request-id header and the body.
 */
export function rawHttp(url: string, request: string): Promise<{ status: number; type: string; requestId: string | undefined; body: string }> {
  const u = new URL(url);
  return new Promise((resolve, reject) => {
    const socket = tcp(Number(u.port), u.hostname, () => socket.end(request));
    let data = '';
    socket.on('data', (d) => (data += d)).on('error', reject).on('close', () => {
      const split = data.indexOf('\r\n\r\n');
      const head = data.slice(0, split);
      let body = data.slice(split + 4);
      if (/transfer-encoding: chunked/i.test(head)) { // de-chunk
        let out = '';
        for (let at = 0; ;) {
          const eol = body.indexOf('\r\n', at);
          const size = parseInt(body.slice(at, eol), 16);
          if (!size) break;
          out += body.slice(eol + 2, eol + 2 + size);
          at = eol + 2 + size + 2;
        }
        body = out;
      }
      const header = (name: string) => new RegExp(`^${name}: ([^\r]+)`, 'im').exec(head)?.[1];
      resolve({ status: Number(head.split(' ')[1]), type: header('content-type') ?? '', requestId: header('x-request-id'), body });
    });
  });
}
