// pgmcp shim: `node dist/shim/src/main.js` serves MCP over HTTP; with `stdio` as argument, over stdio.
import { existsSync, readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { type Config, loadConfig } from './config.ts';
import { createDb, type Db, isUnavailable } from './db.ts';
import { createHandler } from './http.ts';
import { createLog, type Log } from './log.ts';
import { serveNode } from './node.ts';
import { runStdio } from './stdio.ts';

export function packageVersion(): string {
  for (const up of ['../../package.json', '../../../package.json']) {
    const file = new URL(up, import.meta.url);
    if (existsSync(file)) return JSON.parse(readFileSync(file, 'utf8')).version as string;
  }
  return '0.0.0';
}

/** Says at startup, once, what is wrong with the database or the login role (the shim serves anyway: 503 until it works). */
export async function checkDatabase(db: Db, log: Log) {
  try {
    const { role, warnings } = await db.roleCheck();
    for (const warning of warnings) log.warn(`the shim's login role ${role} ${warning}: give the shim a role whose only grant is mcp_gateway`);
  } catch (e) {
    const { code, message } = e as Error & { code?: string };
    const why = code === '42501' ? 'the login role may not call the gateway functions: grant mcp_gateway to it'
      : code === '42883' ? 'pgmcp is not installed in this database, or is older than this shim: run make migrate'
      : isUnavailable(e) ? 'cannot connect: check DATABASE_URL (host, port, database, user, password); answering 503 until it works'
      : 'the startup check failed';
    log.error(`database: ${why}`, { code, error: message });
  }
}

/** Starts the HTTP server; resolves once it listens. */
export async function startHttp(cfg: Config) {
  const log = createLog(cfg.LOG_LEVEL);
  const db = createDb(cfg.DATABASE_URL, cfg.DB_POOL_MAX);
  const server = serveNode(createHandler(cfg, db, log, packageVersion()), cfg.BODY_LIMIT_BYTES, log);
  await new Promise<void>((resolve, reject) => server.once('error', reject).listen(cfg.PORT, cfg.HOST, resolve));
  const { port } = server.address() as AddressInfo;
  const host = cfg.HOST.includes(':') ? `[${cfg.HOST}]` : cfg.HOST;
  log.info('listening', { url: `http://${host}:${port}/mcp` });
  void checkDatabase(db, log);
  return {
    url: `http://${host}:${port}/mcp`,
    port,
    async close() { // stop accepting, drain, then the pool
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeIdleConnections();
        setTimeout(() => server.closeAllConnections(), 10_000).unref();
      });
      await db.end();
      log.info('stopped');
    },
  };
}

async function main() {
  const cfg = loadConfig(process.env);
  const stdio = process.argv[2] === 'stdio';
  const server = stdio
    ? await runStdio(cfg, createDb(cfg.DATABASE_URL, 2), createLog(cfg.LOG_LEVEL), packageVersion())
    : await startHttp(cfg);
  // SIGINT/SIGTERM drain, then exit 0; a second signal exits at once. Over stdio, so does stdin's end.
  let stopping = false;
  const stop = () => {
    if (stopping) process.exit(1);
    stopping = true;
    server.close().then(() => process.exit(0));
  };
  process.on('SIGINT', stop).on('SIGTERM', stop);
  if (stdio) process.stdin.once('end', () => server.close().then(() => process.exit(0)));
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  main().catch((e: Error) => {
    process.stderr.write(`${JSON.stringify({ time: new Date().toISOString(), level: 'error', msg: e.message })}\n`);
    process.exit(1);
  });
}
