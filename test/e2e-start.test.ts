// `make start` (dist/scripts/start.js) with nothing but Node: embedded PostgreSQL in a data folder
// that survives restarts, migrated, seeded once, a demo token kept across restarts (NEW_TOKEN=1 and
// make token replace it), the psql command and the demo org's id, clean stop on Ctrl-C, and clear
// refusals (data folder in use, ports taken) that change nothing.
import assert from 'node:assert/strict';
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import postgres from 'postgres';
import { sqlBlocks } from './lib/docs.ts';
import { rpc } from './lib/shim.ts';

// the data folder sits under a private (0700) directory, like a clone in a home directory: as root,
// where the embedded server runs as the postgres user, start must still get it there
const parent = mkdtempSync(join(tmpdir(), 'pgmcp-start-'));
const dataDir = join(parent, 'data');
const tokenFile = join(dataDir, 'demo-token');
after(() => rmSync(parent, { recursive: true, force: true }));

const listen = () =>
  new Promise<Server>((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => resolve(s));
  });
const portOf = (s: Server) => (s.address() as { port: number }).port;
const freePort = async () => {
  const s = await listen();
  const port = portOf(s);
  await new Promise((resolve) => s.close(resolve));
  return port;
};
const pgPort = await freePort();

const envFor = (extra: Record<string, string> = {}) => {
  const env: Record<string, string | undefined> = { ...process.env };
  delete env.DATABASE_URL;
  delete env.NEW_TOKEN;
  return { ...env, PGMCP_DATA_DIR: dataDir, PGMCP_PG_PORT: String(pgPort), PORT: '0', LOG_LEVEL: 'warn', ...extra };
};

type Started = { proc: ChildProcess; url: string; token: string; kept: boolean; out: string };

async function start(extra: Record<string, string> = {}): Promise<Started> {
  const proc = spawn(process.execPath, ['dist/scripts/start.js'], { env: envFor(extra), stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  proc.stderr!.on('data', (d) => (err += d));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`make start did not come up:\n${out}\n${err}`)), 90_000);
    proc.stdout!.on('data', (d) => {
      out += d;
      const url = /serving MCP at (\S+)/.exec(out)?.[1];
      const token = /demo token \((kept|new)[^)]*\): (p88_\w+)/.exec(out);
      if (url && token && out.includes('Ctrl-C')) {
        clearTimeout(timer);
        resolve({ proc, url, token: token[2]!, kept: token[1] === 'kept', out });
      }
    });
    proc.once('exit', (code) => reject(new Error(`make start exited (${code}):\n${out}\n${err}`)));
  });
}

async function stop(s: Started) {
  s.proc.kill('SIGINT');
  assert.equal((await once(s.proc, 'exit'))[0], 0, 'Ctrl-C stops cleanly');
}

/** A start that must fail: its exit code and output. */
async function failing(extra: Record<string, string> = {}) {
  const proc = spawn(process.execPath, ['dist/scripts/start.js'], { env: envFor(extra), stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  proc.stdout!.on('data', (d) => (out += d));
  proc.stderr!.on('data', (d) => (err += d));
  const [code] = await once(proc, 'exit');
  return { code: code as number | null, out, err };
}

const tools = async (url: string, token: string) => (await rpc(url, { jsonrpc: '2.0', id: 1, method: 'tools/list' }, token)).status;

async function admin<T>(fn: (sql: postgres.Sql) => Promise<T>): Promise<T> {
  const password = readFileSync(join(dataDir, 'postgres-password'), 'utf8').trim();
  const sql = postgres(`postgres://postgres:${password}@127.0.0.1:${pgPort}/pgmcp`, { max: 1, onnotice: () => {} });
  try {
    return await fn(sql);
  } finally {
    await sql.end();
  }
}
const demoTokens = () => admin(async (sql) => (await sql`select count(*)::int as n from public.mcp_tokens where name = 'make start demo'`)[0]!.n as number);

let first: Started;

test('make start: URL, token, client configs, psql command and demo org id; restart keeps the data, seeds once, keeps the token', async () => {
  first = await start();
  for (const snippet of ['curl -s', 'claude mcp add --transport http pgmcp', '"mcpServers"', 'mcp-remote']) {
    assert.ok(first.out.includes(snippet), `prints ${snippet}`);
  }
  assert.equal(first.kept, false, 'the first token is new');
  if (process.getuid?.() === 0) assert.ok(statSync(parent).mode & 0o001, 'start let the postgres user through');
  assert.equal(await tools(first.url, first.token), 200);

  // the raw token lives in a 0600 file only; the database has its sha-256
  assert.equal(readFileSync(tokenFile, 'utf8').trim(), first.token);
  assert.equal(statSync(tokenFile).mode & 0o777, 0o600);
  const [stored] = await admin((sql) => sql`
    select count(*) filter (where token_hash = sha256(convert_to(${first.token}, 'UTF8')))::int as by_hash,
           count(*) filter (where to_jsonb(t)::text like ${`%${first.token}%`})::int as raw
    from public.mcp_tokens t`);
  assert.deepEqual({ ...stored }, { by_hash: 1, raw: 0 });

  // the printed psql command works as printed, and the printed org id is the demo org's
  const password = readFileSync(join(dataDir, 'postgres-password'), 'utf8').trim();
  assert.ok(!first.out.includes(password), 'the postgres password is not printed');
  const psql = /^ {2}(PGPASSWORD=.* psql .*)$/m.exec(first.out)?.[1];
  assert.ok(psql, `prints a psql command:\n${first.out}`);
  assert.ok(psql.includes(`-p ${pgPort} `) && psql.includes(join(dataDir, 'postgres-password')), psql);
  const readme = sqlBlocks('README.md', 'sh').find((b) => b.includes('psql -h'))?.trim();
  assert.equal(psql.replace(join(dataDir, 'postgres-password'), '.data/postgres-password').replace(`-p ${pgPort} `, '-p 54329 '), readme,
    "the README's psql command is the one printed, for the default data folder and port");
  const orgId = /demo org id[^:]*: (\S+)/.exec(first.out)?.[1];
  const orgs = execFileSync('bash', ['-c', `${psql} -X -At -c "select id from app.orgs where name = 'Demo org'"`], { encoding: 'utf8' });
  assert.equal(orgs.trim(), orgId);
  await stop(first);

  // a pid file left by a make start that is gone (killed) does not stop the next one
  const gone = spawn(process.execPath, ['-e', '']);
  await once(gone, 'exit');
  writeFileSync(join(dataDir, 'start.pid'), `${gone.pid}\n`);

  const second = await start();
  try {
    assert.equal(second.token, first.token, 'the same token');
    assert.equal(second.kept, true, 'the banner says it is kept');
    assert.equal(await tools(second.url, first.token), 200, 'configs pasted before the restart still work');
    const [counts] = await admin((sql) => sql`
      select (select count(*) from app.orgs)::int as orgs,
             (select count(*) from public.mcp_tokens where name = 'make start demo')::int as tokens,
             (select rolsuper or rolcreaterole or rolbypassrls from pg_roles where rolname = 'pgmcp_shim') as shim_privileged,
             (select array_agg(b.rolname::text) from pg_auth_members m join pg_roles b on b.oid = m.roleid
              join pg_roles r on r.oid = m.member where r.rolname = 'pgmcp_shim') as shim_roles`);
    assert.deepEqual({ ...counts }, { orgs: 1, tokens: 1, shim_privileged: false, shim_roles: ['mcp_gateway'] });

    // while it runs: a second make start on the same data folder says so and changes nothing
    const again = await failing();
    assert.notEqual(again.code, 0);
    assert.match(again.err, new RegExp(`another make start is already using \\S+ \\(pid ${second.proc.pid}\\)`));
    assert.doesNotMatch(again.err + again.out, /TypeError|p88_/);
    assert.equal(await demoTokens(), 1, 'no token issued or revoked');
    assert.equal(await tools(second.url, first.token), 200);
    // and so does make token
    const token = (() => {
      try {
        return execFileSync('make', ['-s', 'token'], { env: envFor(), encoding: 'utf8', stdio: 'pipe' });
      } catch (e) {
        return (e as { stderr: string }).stderr;
      }
    })();
    assert.match(token, /another make start is already using/);
  } finally {
    await stop(second);
  }
});

test('make start NEW_TOKEN=1 replaces the demo token; a token revoked in the database is replaced', async () => {
  const renewed = await start({ NEW_TOKEN: '1' });
  try {
    assert.notEqual(renewed.token, first.token);
    assert.equal(renewed.kept, false, 'the banner says it is new');
    assert.equal(await tools(renewed.url, first.token), 401, 'the previous demo token is revoked');
    assert.equal(await tools(renewed.url, renewed.token), 200);
    assert.equal(readFileSync(tokenFile, 'utf8').trim(), renewed.token);
    await admin((sql) => sql`update public.mcp_tokens set revoked_at = now() where token_hash = sha256(convert_to(${renewed.token}, 'UTF8'))`);
  } finally {
    await stop(renewed);
  }
  const next = await start();
  try {
    assert.notEqual(next.token, renewed.token, 'a revoked token is not kept');
    assert.equal(next.kept, false);
    assert.equal(await tools(next.url, next.token), 200);
    assert.equal(await demoTokens(), 3);
  } finally {
    await stop(next);
  }
});

test('make token issues a new demo token without serving; make start then keeps it', async () => {
  const before = readFileSync(tokenFile, 'utf8').trim();
  const out = execFileSync('make', ['-s', 'token'], { env: envFor(), encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  const token = /demo token \(new[^)]*\): (p88_\w+)/.exec(out)?.[1];
  assert.ok(token, out);
  assert.notEqual(token, before);
  assert.ok(!out.includes('serving MCP'), 'serves nothing');
  const s = await start();
  try {
    assert.equal(s.token, token);
    assert.equal(s.kept, true);
    assert.equal(await tools(s.url, before), 401, 'the previous demo token is revoked');
  } finally {
    await stop(s);
  }
});

test('make start refuses clearly, and changes nothing, when the MCP port or the PostgreSQL port is taken', async () => {
  const before = readFileSync(tokenFile, 'utf8');
  const busy = await listen();
  try {
    const http = await failing({ PORT: String(portOf(busy)) });
    assert.notEqual(http.code, 0);
    assert.match(http.err, new RegExp(`port ${portOf(busy)} on 127\\.0\\.0\\.1 is not available for the MCP server \\(EADDRINUSE\\).*set PORT=`));
    assert.doesNotMatch(http.err + http.out, /p88_|starting embedded PostgreSQL/);

    const pg = await failing({ PGMCP_PG_PORT: String(portOf(busy)) });
    assert.notEqual(pg.code, 0);
    assert.match(pg.err, new RegExp(`port ${portOf(busy)} on 127\\.0\\.0\\.1 for the embedded PostgreSQL is not available \\(EADDRINUSE\\).*set PGMCP_PG_PORT=`));
    assert.doesNotMatch(pg.err + pg.out, /p88_|TypeError/);
  } finally {
    busy.close();
  }
  assert.equal(readFileSync(tokenFile, 'utf8'), before, 'the token file is untouched');
  const s = await start();
  try {
    assert.equal(s.kept, true, 'the token survived the failed starts');
    assert.equal(await demoTokens(), 4, 'no token issued or revoked');
  } finally {
    await stop(s);
  }
});
