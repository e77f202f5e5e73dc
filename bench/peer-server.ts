// A peer of make bench (bench/peers.ts): the shim's own HTTP and MCP code (http.ts, node.ts,
// mcp.ts) over another Db, in a Node process of its own. Prints the shim's "listening" log line.
//   node --import tsx bench/peer-server.ts memory|bare|logged|governed|conventional|bcrypt
import { loadConfig } from '../shim/src/config.ts';
import { createHandler } from '../shim/src/http.ts';
import { createLog } from '../shim/src/log.ts';
import { serveNode } from '../shim/src/node.ts';
import { createPeer, PEERS, type PeerName } from './peers.ts';

const peer = process.argv[2] as PeerName;
if (!PEERS.includes(peer)) throw new Error(`peer-server: which peer? one of ${PEERS.join(', ')}`);
const cfg = loadConfig({ DATABASE_URL: 'memory', ...process.env });
const log = createLog(cfg.LOG_LEVEL);
const db = createPeer(peer, process.env, cfg.DB_POOL_MAX);
const server = serveNode(createHandler(cfg, db, log, `bench-${peer}`), cfg.BODY_LIMIT_BYTES, log);
server.listen(cfg.PORT, cfg.HOST, () => {
  const { port } = server.address() as { port: number };
  log.info('listening', { url: `http://${cfg.HOST}:${port}/mcp` });
});
process.on('SIGTERM', () => server.close(() => db.end().then(() => process.exit(0))));
