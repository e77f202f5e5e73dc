// P1's baseline: the shim's own HTTP and MCP code (http.ts, node.ts, mcp.ts, the same SDK transport),
// answering from memory instead of the database. Prints the same "listening" log line.
import { loadConfig } from '../shim/src/config.ts';
import type { Db } from '../shim/src/db.ts';
import { createHandler } from '../shim/src/http.ts';
import { createLog } from '../shim/src/log.ts';
import { serveNode } from '../shim/src/node.ts';

const tools = [{ name: 'get_current_time', description: 'now', inputSchema: { type: 'object', properties: {} } }];
const memory = {
  listTools: async () => ({ tools }),
  callTool: async () => {
    const now = { datetime: new Date().toISOString(), timezone: 'UTC', utc_offset_seconds: 0, unix_time: Date.now() / 1000 };
    return { content: [{ type: 'text', text: JSON.stringify(now) }], structuredContent: now, isError: false };
  },
  ping: async () => 0,
  end: async () => {},
} as unknown as Db;

const cfg = loadConfig({ ...process.env, DATABASE_URL: 'memory' });
const log = createLog(cfg.LOG_LEVEL);
const server = serveNode(createHandler(cfg, memory, log, 'baseline'), cfg.BODY_LIMIT_BYTES, log);
server.listen(cfg.PORT, cfg.HOST, () => {
  const { port } = server.address() as { port: number };
  log.info('listening', { url: `http://${cfg.HOST}:${port}/mcp` });
});
process.on('SIGTERM', () => server.close(() => process.exit(0)));
