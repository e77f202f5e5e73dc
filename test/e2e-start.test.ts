// `make start` (dist/scripts/start.js) with nothing but Node: embedded PostgreSQL in a data folder
// that survives restarts, migrated, seeded once, a fresh token per start, clean stop on Ctrl-C.
import assert from 'node:assert/strict';
import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import postgres from 'postgres';
import { rpc } from './lib/shim.ts';

// the data folder sits under a private (0700) directory, like a clone in a home directory: as root,
// where the embedded server runs as the postgres user, start must still get it there
const parent = mkdtempSync(join(tmpdir(), 'pgmcp-start-'));
const dataDir = join(parent, 'data');
after(() => rmSync(parent, { recursive: true, force: true }));

const freePort = () =>
  new Promise<number>((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });

async function start(pgPort: number): Promise<{ proc: ChildProcess; url: string; token: string; out: string }> {
  const envWithoutDb = { ...process.env };
  delete envWithoutDb.DATABASE_URL;
  const proc = spawn(process.execPath, ['dist/scripts/start.js'], {
    env: { ...envWithoutDb, PGMCP_DATA_DIR: dataDir, PGMCP_PG_PORT: String(pgPort), PORT: '0', LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  proc.stderr!.on('data', (d) => (err += d));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`make start did not come up:\n${out}\n${err}`)), 90_000);
    proc.stdout!.on('data', (d) => {
      out += d;
      const url = /serving MCP at (\S+)/.exec(out)?.[1];
      const token = /demo token[^:]*: (p88_\w+)/.exec(out)?.[1];
      if (url && token && out.includes('Ctrl-C')) {
        clearTimeout(timer);
        resolve({ proc, url, token, out });
      }
    });
    proc.once('exit', (code) => reject(new Error(`make start exited (${code}):\n${out}\n${err}`)));
  });
}

test('make start: URL, token and client configs; restart keeps the data, seeds once, rotates the token', async () => {
  const pgPort = await freePort();
  const first = await start(pgPort);
  for (const snippet of ['curl -s', 'claude mcp add --transport http pgmcp', '"mcpServers"', 'mcp-remote']) {
    assert.ok(first.out.includes(snippet), `prints ${snippet}`);
  }
  if (process.getuid?.() === 0) assert.ok(statSync(parent).mode & 0o001, 'start let the postgres user through');
  const tools = await rpc(first.url, { jsonrpc: '2.0', id: 1, method: 'tools/list' }, first.token);
  assert.equal(tools.json.result.tools.length, 10);
  first.proc.kill('SIGINT');
  assert.equal((await once(first.proc, 'exit'))[0], 0, 'Ctrl-C stops cleanly');

  const second = await start(pgPort);
  try {
    assert.notEqual(second.token, first.token);
    assert.equal((await rpc(second.url, { jsonrpc: '2.0', id: 1, method: 'tools/list' }, first.token)).status, 401,
      'the previous demo token is revoked');
    const password = readFileSync(join(dataDir, 'postgres-password'), 'utf8').trim();
    const sql = postgres(`postgres://postgres:${password}@127.0.0.1:${pgPort}/pgmcp`, { max: 1, onnotice: () => {} });
    const [counts] = await sql`
      select (select count(*) from app.orgs)::int as orgs,
             (select count(*) from public.mcp_tokens where name = 'make start demo')::int as tokens,
             (select rolsuper or rolcreaterole or rolbypassrls from pg_roles where rolname = 'pgmcp_shim') as shim_privileged,
             (select array_agg(b.rolname::text) from pg_auth_members m join pg_roles b on b.oid = m.roleid
              join pg_roles r on r.oid = m.member where r.rolname = 'pgmcp_shim') as shim_roles`;
    await sql.end();
    assert.deepEqual({ ...counts }, { orgs: 1, tokens: 2, shim_privileged: false, shim_roles: ['mcp_gateway'] });
  } finally {
    second.proc.kill('SIGINT');
    assert.equal((await once(second.proc, 'exit'))[0], 0);
  }
});
