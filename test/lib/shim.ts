// Starts the built shim (dist/, as `make start` runs it) as a child process on a free port.
import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { createInterface } from 'node:readline';

export type Shim = { url: string; base: string; proc: ChildProcess; logs: string[]; stop: () => Promise<number | null> };

export async function startShim(env: Record<string, string>, args: string[] = [], entry = ['dist/shim/src/main.js']): Promise<Shim> {
  const proc = spawn(process.execPath, [...entry, ...args], {
    env: { ...process.env, PORT: '0', LOG_LEVEL: 'debug', ...env },
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
