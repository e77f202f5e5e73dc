// The same server over stdio (token from MCP_TOKEN). Nothing but protocol goes to stdout.
import { Transform, type Readable } from 'node:stream';
import {
  isJSONRPCNotification, isJSONRPCRequest, isJSONRPCResponse, type JSONRPCMessage, type RequestId, STDIO_DEFAULT_MAX_BUFFER_SIZE,
} from '@modelcontextprotocol/server';
import { serveStdio, StdioServerTransport } from '@modelcontextprotocol/server/stdio';
import type { Config } from './config.ts';
import type { Db } from './db.ts';
import type { Log } from './log.ts';
import { serverFactory } from './mcp.ts';

const idOf = (m: unknown): RequestId | null => {
  const id = (m as { id?: unknown } | null)?.id;
  return typeof id === 'string' || typeof id === 'number' ? id : null;
};
const error = (id: RequestId | null, code: number, message: string) => ({ jsonrpc: '2.0', id, error: { code, message } }) as JSONRPCMessage;

/**
 * The answers to a line the SDK's reader would drop unanswered (it skips a line that is not JSON,
 * and refuses one that is not a JSON-RPC message with only an onerror), leaving a client waiting
 * on its ids; undefined for a line to pass on. Answered as JSON-RPC 2.0 says, each answer a line of
 * its own (a client reads no array): not JSON, -32700 with id null; a batch (MCP removed batching
 * in 2025-06-18), -32600 for each request in it (none for its notifications and responses; one,
 * with id null, for an empty batch); anything else that is not a JSON-RPC message, -32600.
 */
function refusals(line: string): JSONRPCMessage[] | undefined {
  if (!line.trim()) return undefined; // a blank line: the reader skips it
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    return [error(null, -32700, 'parse error: the line is not valid JSON')];
  }
  const valid = (m: unknown) => isJSONRPCRequest(m) || isJSONRPCNotification(m) || isJSONRPCResponse(m);
  if (!Array.isArray(value)) return valid(value) ? undefined : [error(idOf(value), -32600, 'invalid request: not a JSON-RPC 2.0 message')];
  const batched = 'invalid request: batches are not supported: send one JSON-RPC message per line';
  if (value.length === 0) return [error(null, -32600, batched)];
  return value.filter((m) => isJSONRPCRequest(m) || !valid(m)).map((m) => error(idOf(m), -32600, batched));
}

/** The lines of input, minus those refusals answers, which go to answer. */
function screened(input: Readable, answer: (m: JSONRPCMessage) => void): Readable {
  let held = Buffer.alloc(0); // a line not yet ended
  return input.pipe(new Transform({
    transform(chunk: Buffer, _encoding, done) {
      let rest = Buffer.concat([held, chunk]);
      for (let end = rest.indexOf(10); end !== -1; rest = rest.subarray(end + 1), end = rest.indexOf(10)) {
        const line = rest.subarray(0, end + 1);
        const answers = refusals(line.toString('utf8'));
        if (answers) answers.forEach(answer);
        else this.push(line);
      }
      held = rest;
      if (held.length > STDIO_DEFAULT_MAX_BUFFER_SIZE) { // a line past the reader's limit goes on: it refuses it, as before
        this.push(held);
        held = Buffer.alloc(0);
      }
      done();
    },
    flush(done) { // an unended last line: the reader ignores it, as before
      if (held.length > 0) this.push(held);
      done();
    },
  }));
}

/**
 * The SDK's stdio transport, except that closing waits until every request it read has been
 * answered. The SDK's closes itself when stdin ends and the server then aborts the requests in
 * flight unanswered; serveStdio has no hook to wait for them.
 */
class DrainingTransport extends StdioServerTransport {
  private readonly pending = new Set<RequestId>();
  private answered = () => {};
  private closing?: Promise<void>;

  constructor() { // stdin screened: the lines the SDK's reader would leave unanswered are answered here
    // (through super.send: these answers settle none of the pending requests)
    super(screened(process.stdin, (m) => void super.send(m).catch(() => {})), process.stdout);
  }

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
