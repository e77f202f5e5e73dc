// Streamable HTTP, stateless, JSON responses: POST /mcp, GET /health. Every MCP request costs one
// SQL call: tools/call runs the pipeline; anything else (initialize, tools/list, ping, ...) checks
// the token with tools/list first, so that a bad token gets 401 at connect time.
import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { toWebRequest } from '@modelcontextprotocol/node';
import {
  type AuthInfo, createMcpHandler, isLegacyRequest, validateHostHeader, validateOriginHeader, WebStandardStreamableHTTPServerTransport,
} from '@modelcontextprotocol/server';
import { type Config, isLoopback } from './config.ts';
import { type Db, isUnavailable } from './db.ts';
import type { Log } from './log.ts';
import { type RequestState, serverFactory } from './mcp.ts';

const send = (res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) => {
  res.writeHead(status, { 'content-type': 'application/json', ...headers }).end(JSON.stringify(body));
};
const rpcError = (id: unknown, code: number, message: string) => ({ jsonrpc: '2.0', id: id ?? null, error: { code, message } });
const unauthorized = (res: ServerResponse, id: unknown) => send(res, 401, rpcError(id, -32001, 'invalid or missing token'), {
    'www-authenticate': 'Bearer error="invalid_token", error_description="missing, malformed, unknown, revoked or expired token"',
  });
const unavailable = (res: ServerResponse, id: unknown) =>
  send(res, 503, rpcError(id, -32603, 'database unavailable; retry later'), { 'retry-after': '5' });

class BodyError extends Error {
  constructor(readonly status: number, readonly code: number, message: string) { super(message); }
}

/** True when JSON text nests arrays/objects deeper than max: checked before anything recurses. */
function nestedDeeper(text: string, max: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92) i++; // backslash: skip the escaped character
      else if (c === 34) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 123 || c === 91) { if (++depth > max) return true; } // { [
    else if (c === 125 || c === 93) depth--; // } ]
  }
  return false;
}

async function readJson(req: IncomingMessage, limit: number): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > limit) throw new BodyError(413, -32600, `request body larger than ${limit} bytes`);
    chunks.push(chunk);
  }
  const text = Buffer.concat(chunks).toString('utf8');
  if (nestedDeeper(text, MAX_DEPTH)) throw new BodyError(400, -32600, `invalid request: JSON nested deeper than ${MAX_DEPTH} levels`);
  try {
    return JSON.parse(text);
  } catch {
    throw new BodyError(400, -32700, 'parse error: the body is not valid JSON');
  }
}
const MAX_DEPTH = 64;

type Message = { id?: unknown; method?: string; params?: Record<string, any> };

export function createHttpServer(cfg: Config, db: Db, log: Log, version: string) {
  const factory = serverFactory(db, log, version, (ctx) => ctx.authInfo!.extra!.state as RequestState);
  // 2026-07-28 requests: the SDK's stateless handler
  // (answers are single JSON bodies: the tools emit no notifications before their result)
  const modern = createMcpHandler(factory, {
    legacy: 'reject',
    maxRequestBodySize: cfg.BODY_LIMIT_BYTES,
    onerror: (e) => log.debug('mcp', { error: e.message }),
  });
  // 2025-era requests (most clients today): a fresh server per request, answered as plain JSON
  async function legacy(request: Request, body: unknown, authInfo: AuthInfo): Promise<Response> {
    const server = factory({ era: 'legacy', authInfo, requestInfo: request }) as ReturnType<typeof factory>;
    const transport = new WebStandardStreamableHTTPServerTransport({ sessionIdGenerator: undefined, enableJsonResponse: true });
    await server.connect(transport);
    try {
      return await transport.handleRequest(request, { parsedBody: body, authInfo });
    } finally {
      await server.close();
    }
  }
  // DNS-rebinding protection when bound to loopback (or when ALLOWED_HOSTS is set): only local
  // Host names and Origins, plus the configured ones
  const local = ['localhost', '127.0.0.1', '[::1]'];
  const checkHost = isLoopback(cfg.HOST) || cfg.ALLOWED_HOSTS.length > 0;
  const hosts = [...local, ...cfg.ALLOWED_HOSTS];
  const origins = [...local, ...cfg.ALLOWED_ORIGINS];
  const forbidden = (res: ServerResponse, message: string) => send(res, 403, rpcError(null, -32000, message));

  async function handle(req: IncomingMessage, res: ServerResponse) {
    const requestId = randomUUID();
    res.setHeader('x-request-id', requestId);
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    if (!req.headers.host) return send(res, 400, rpcError(null, -32600, 'bad request: no Host header'));
    if (checkHost && !validateHostHeader(req.headers.host, hosts).ok) {
      return forbidden(res, `Host "${req.headers.host}" is not allowed: add its name to ALLOWED_HOSTS (now: ${cfg.ALLOWED_HOSTS.join(',') || 'empty'})`);
    }
    if (path === '/health') {
      try {
        const ms = await db.ping();
        return send(res, 200, { status: 'healthy', version, database: { ok: true, latency_ms: Math.round(ms * 100) / 100 } });
      } catch (e) {
        return send(res, 503, { status: 'unhealthy', version, database: { ok: false, error: (e as { code?: string }).code ?? 'error' } });
      }
    }
    if (path.startsWith('/.well-known/')) return send(res, 404, { error: 'not_found', message: 'this server uses bearer tokens, not OAuth' });
    if (path !== '/mcp') return send(res, 404, { error: 'not_found', message: 'the MCP endpoint is POST /mcp' });
    if (req.method !== 'POST') return send(res, 405, rpcError(null, -32000, 'method not allowed: use POST'), { allow: 'POST' });
    if (req.headers.origin && !validateOriginHeader(req.headers.origin, origins).ok) {
      return forbidden(res, `Origin "${req.headers.origin}" is not allowed: add its host name to ALLOWED_ORIGINS (now: ${cfg.ALLOWED_ORIGINS.join(',') || 'empty'})`);
    }

    let body: unknown;
    try {
      body = await readJson(req, cfg.BODY_LIMIT_BYTES);
    } catch (e) {
      if (!(e instanceof BodyError)) throw e;
      return send(res, e.status, rpcError(null, e.code, e.message), e.status === 413 ? { connection: 'close' } : {});
    }
    // a missing or non-Bearer Authorization still goes to SQL, which answers 28000 and logs the failure
    const token = /^Bearer\s+(\S+)\s*$/i.exec(req.headers.authorization ?? '')?.[1] ?? req.headers.authorization ?? '';
    const message: Message = body && typeof body === 'object' && !Array.isArray(body) ? (body as Message) : {};
    const client = message.params?._meta?.['io.modelcontextprotocol/clientInfo'] ?? message.params?.clientInfo;
    // the entry our proxy appended (rightmost): the ones before it are whatever the client sent
    const forwarded = cfg.TRUST_PROXY ? String(req.headers['x-forwarded-for'] ?? '').split(',').at(-1)?.trim() : '';
    const state: RequestState = {
      token,
      facts: {
        client_name: client?.name,
        client_version: client?.version,
        user_agent: req.headers['user-agent'],
        ip: forwarded || req.socket.remoteAddress,
        request_id: requestId,
      },
    };
    if (message.method !== 'tools/call') {
      try {
        state.list = await db.listTools(state.token, { ...state.facts, request_id: requestId });
      } catch (e) {
        if (!isUnavailable(e)) throw e;
        log.warn('database unavailable', { request_id: requestId, code: (e as { code?: string }).code, error: (e as Error).message });
        return unavailable(res, message.id);
      }
      if ('error' in state.list && state.list.error.sqlstate === '28000') return unauthorized(res, message.id);
    }
    const request = await toWebRequest(req, body);
    const authInfo: AuthInfo = { token: state.token, clientId: 'pgmcp', scopes: [], extra: { state } };
    const response = (await isLegacyRequest(request, body, { maxRequestBodySize: cfg.BODY_LIMIT_BYTES }))
      ? await legacy(request, body, authInfo)
      : await modern.fetch(request, { parsedBody: body, authInfo });
    if (state.unauthorized) return unauthorized(res, message.id);
    if (state.unavailable) return unavailable(res, message.id);
    const headers = Object.fromEntries(response.headers);
    if (state.retryAfter) headers['retry-after'] = String(state.retryAfter);
    res.writeHead(response.status, headers).end(Buffer.from(await response.arrayBuffer()));
  }

  const server = createServer({ requireHostHeader: false }, (req, res) => {
    const started = performance.now();
    handle(req, res)
      .catch((e) => {
        log.error('request failed', { request_id: res.getHeader('x-request-id'), error: (e as Error).message });
        if (!res.headersSent) send(res, 500, rpcError(null, -32603, `internal error (request id ${res.getHeader('x-request-id')})`));
      })
      .finally(() =>
        log.debug('request', { method: req.method, path: req.url, status: res.statusCode, ms: Math.round(performance.now() - started) }),
      );
  });
  // what Node's HTTP parser refuses (oversized headers, bad framing) is answered in JSON too
  server.on('clientError', (e: Error & { code?: string }, socket) => {
    if (e.code === 'ECONNRESET' || !socket.writable) return void socket.destroy();
    const [status, text] = e.code === 'HPE_HEADER_OVERFLOW' ? [431, 'Request Header Fields Too Large'] : [400, 'Bad Request'];
    const body = JSON.stringify(rpcError(null, -32600, `${text.toLowerCase()}: ${e.code ?? 'unparsable HTTP request'}`));
    socket.end(`HTTP/1.1 ${status} ${text}\r\ncontent-type: application/json\r\ncontent-length: ${Buffer.byteLength(body)}\r\n`
      + `connection: close\r\n\r\n${body}`);
    log.debug('bad http request', { status, code: e.code });
  });
  return server;
}
