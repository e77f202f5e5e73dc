// pgmcp as a Supabase Edge Function: Deno serves the shim's own web-standard handler (shim/src,
// imported as is; deno.json maps its npm packages). Same configuration as the Node entry, except:
// without PORT (as on Supabase, whose runtime owns the socket) Deno.serve picks the port and HOST
// defaults to 0.0.0.0 (no loopback Host check); with PORT (local runs, tests) it binds HOST:PORT
// (PORT=0: any free port) and stops on SIGTERM/SIGINT, closing the pool.
import pkg from '../../../package.json' with { type: 'json' };
import { loadConfig } from '../../../shim/src/config.ts';
import { checkDatabase, createDb } from '../../../shim/src/db.ts';
import { createHandler } from '../../../shim/src/http.ts';
import { createLog } from '../../../shim/src/log.ts';

const env = Deno.env.toObject();
const local = env.PORT !== undefined;
const cfg = loadConfig(local ? env : { HOST: '0.0.0.0', ...env });
const log = createLog(cfg.LOG_LEVEL);
const db = createDb(cfg);
const handler = createHandler(cfg, db, log, pkg.version);

const server = Deno.serve({
  ...(local && { hostname: cfg.HOST, port: cfg.PORT }),
  onListen: ({ hostname, port }) => {
    log.info('listening', { url: `http://${hostname.includes(':') ? `[${hostname}]` : hostname}:${port}/mcp` });
    void checkDatabase(db, log);
  },
}, (request, info) => handler(request, { ip: info.remoteAddr.hostname }));

if (local) {
  let stopping = false;
  const stop = async () => { // drain, then the pool; a second signal exits at once
    if (stopping) Deno.exit(1);
    stopping = true;
    await server.shutdown();
    await db.end();
    log.info('stopped');
    Deno.exit(0);
  };
  for (const signal of ['SIGTERM', 'SIGINT'] as const) Deno.addSignalListener(signal, stop);
}
