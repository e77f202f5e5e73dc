// The same server over stdio (token from MCP_TOKEN). Nothing but protocol goes to stdout.
import { serveStdio } from '@modelcontextprotocol/server/stdio';
import type { Config } from './config.ts';
import type { Db } from './db.ts';
import type { Log } from './log.ts';
import { serverFactory } from './mcp.ts';

export async function runStdio(cfg: Config, db: Db, log: Log, version: string) {
  const token = cfg.MCP_TOKEN;
  if (!token) throw new Error('configuration: MCP_TOKEN is required in stdio mode');
  // fail fast, before a client waits on a server that can do nothing
  const check = await db.listTools(token, { request_id: 'stdio-startup' });
  if ('error' in check) throw new Error(`MCP_TOKEN: ${check.error.message}`);
  serveStdio(serverFactory(db, log, version, () => ({ token, facts: { user_agent: 'stdio' } })), {
    onerror: (e) => log.warn('stdio', { error: e.message }),
  });
  log.info('serving MCP over stdio');
}
