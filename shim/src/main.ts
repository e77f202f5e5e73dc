// pgmcp shim: `node dist/shim/src/main.js` serves MCP over HTTP; with `stdio` as argument, over stdio.
import { existsSync, readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { type Config, loadConfig } from './config.ts';
import { checkDatabase, createDb } from './db.ts';
import { createHandler } from './http.ts';
import { createLog } from './log.ts';
import { serveNode } from './node.ts';
import { runStdio } from './stdio.ts';

export function packageVersion(): string {
  for (const up of ['../../package.json', '../../../package.json']) {
    const file = new URL(up, import.meta.url);
    if (existsSync(file)) return JSON.parse(readFileSync(file, 'utf8')).version as string;
  }
  return '0.0.0';
}

/** Starts the HTTP server; resolves once it listens. */
export async function startHttp(cfg: Config) {
  const log = createLog(cfg.LOG_LEVEL);
  const db = createDb(cfg);
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
    ? await runStdio(cfg, createDb({ ...cfg, DB_POOL_MAX: 2 }), createLog(cfg.LOG_LEVEL), packageVersion())
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
