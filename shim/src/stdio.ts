// The same server over stdio (token from MCP_TOKEN). Nothing but protocol goes to stdout.
import type { JSONRPCMessage, RequestId } from '@modelcontextprotocol/server';
import { serveStdio, StdioServerTransport } from '@modelcontextprotocol/server/stdio';
import type { Config } from './config.ts';
import type { Db } from './db.ts';
import type { Log } from './log.ts';
import { serverFactory } from './mcp.ts';

/**
 * The SDK's stdio transport, except that closing waits until every request it read has been
 * answered. The SDK's closes itself when stdin ends and the server then aborts the requests in
 * flight unanswered; serveStdio has no hook to wait for them.
 */
class DrainingTransport extends StdioServerTransport {
  private readonly pending = new Set<RequestId>();
  private answered = () => {};
  private closing?: Promise<void>;

  override async start() { // serveStdio sets onmessage before it starts the transport
    const deliver = this.onmessage;
    this.onmessage = (m) => {
      if ('method' in m && 'id' in m) this.pending.add(m.id); // a request
      else if ('method' in m && m.method === 'notifications/cancelled') this.settle(m.params?.requestId as RequestId);
      deliver?.(m);
    };
    return super.start();
  }

  override async send(m: JSONRPCMessage) {
    try {
      await super.send(m); // resolves once stdout took it (or drained)
    } finally {
      if (!('method' in m) && 'id' in m && m.id !== undefined) this.settle(m.id); // an answer
    }
  }

  override close() { // stdin's end calls this too
    return (this.closing ??= (async () => {
      if (this.pending.size > 0) await new Promise<void>((resolve) => (this.answered = resolve));
      await super.close();
    })());
  }

  private settle(id: RequestId) {
    if (this.pending.delete(id) && this.pending.size === 0) this.answered();
  }
}

/** Serves until close(), which reads no more, answers what was read, then ends the pool. */
export async function runStdio(cfg: Config, db: Db, log: Log, version: string) {
  const token = cfg.MCP_TOKEN;
  if (!token) throw new Error('configuration: MCP_TOKEN is required in stdio mode');
  // fail fast, before a client waits on a server that can do nothing
  const check = await db.listTools(token, { request_id: 'stdio-startup' });
  if ('error' in check) throw new Error(`MCP_TOKEN: ${check.error.message}`);
  const wire = new DrainingTransport();
  const server = serveStdio(serverFactory(db, log, version, () => ({ token, facts: { user_agent: 'stdio' } })), {
    transport: wire,
    onerror: (e) => log.warn('stdio', { error: e.message }),
  });
  log.info('serving MCP over stdio');
  let closing: Promise<void> | undefined;
  return {
    close: () => (closing ??= (async () => {
      process.stdin.pause();
      await wire.close();
      await server.close();
      await new Promise<void>((resolve) => process.stdout.write('', () => resolve())); // flushed
      await db.end();
      log.info('stopped');
    })()),
  };
}
