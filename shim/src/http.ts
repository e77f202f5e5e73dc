// The MCP HTTP surface as one web-standard function, (Request) => Promise<Response>, with no
// Node-only API: Node serves it through node:http (node.ts), Deno through Deno.serve (the Supabase
// Edge Function). Streamable HTTP, stateless, JSON answers: POST /mcp, GET /health. Every MCP
// request costs one SQL call: tools/call and the resources methods run their pipelines; anything
// else (initialize, tools/list, ping, ...) checks the token with tools/list first, so that a bad
// token gets 401 at connect time. Small named steps: route → guard (Host, Origin) → read → the
// transport's own checks (no SQL) → authenticate → call SQL → map.
import {
  type AuthInfo, classifyInboundRequest, createMcpHandler, type InboundClassificationOutcome, isJsonContentType, type McpRequestContext,
  SUPPORTED_PROTOCOL_VERSIONS, validateHostHeader, validateOriginHeader, WebStandardStreamableHTTPServerTransport,
} from '@modelcontextprotocol/server';
import { type Config, isLoopback } from './config.ts';
import { type Db, isUnavailable, type Principal, type SqlError } from './db.ts';
import type { Log } from './log.ts';
import { type RequestState, serverFactory } from './mcp.ts';
import {
  createVerifier, insufficientScopeChallenge, looksLikeJwt, protectedResourceMetadata, SCOPES, unauthorizedChallenge,
} from './oauth.ts';

/** Facts about the connection that a Request does not carry. */
export type Peer = { ip?: string | undefined };
export type Handler = (request: Request, peer?: Peer) => Promise<Response>;

const MAX_DEPTH = 64;
const OWN_SQL_CALL = new Set(['tools/call', 'resources/list', 'resources/templates/list', 'resources/read']);
const CORS_ALLOW_HEADERS = 'Authorization, Content-Type, Accept, Mcp-Protocol-Version, Mcp-Session-Id, Mcp-Method, Mcp-Name';
const CORS_EXPOSE_HEADERS = 'WWW-Authenticate, Retry-After, X-Request-Id';

const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...headers } });
const rpcError = (id: unknown, code: number, message: string) => ({ jsonrpc: '2.0', id: id ?? null, error: { code, message } });
const TOKEN_CHALLENGE = 'Bearer error="invalid_token", error_description="missing, malformed, unknown, revoked or expired token"';
const ORG_PATH = /^\/mcp\/orgs\/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/i;
const unavailable = (id: unknown) => json(503, rpcError(id, -32603, 'database unavailable; retry later'), { 'retry-after': '5' });

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

async function readJson(request: Request, limit: number): Promise<{ text: string; body: unknown }> {
  const tooLarge = () => new BodyError(413, -32600, `request body larger than ${limit} bytes`);
  if (Number(request.headers.get('content-length')) > limit) throw tooLarge();
  const chunks: Uint8Array[] = [];
  let size = 0;
  if (request.body) {
    for (const reader = request.body.getReader(); ;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.length;
      if (size > limit) {
        await reader.cancel();
        throw tooLarge();
      }
      chunks.push(value);
    }
  }
  const bytes = new Uint8Array(size);
  chunks.reduce((at, c) => (bytes.set(c, at), at + c.length), 0);
  const text = new TextDecoder().decode(bytes);
  if (nestedDeeper(text, MAX_DEPTH)) throw new BodyError(400, -32600, `invalid request: JSON nested deeper than ${MAX_DEPTH} levels`);
  try {
    return { text, body: JSON.parse(text) };
  } catch {
    throw new BodyError(400, -32700, 'parse error: the body is not valid JSON');
  }
}

type Message = { id?: unknown; method?: string; params?: Record<string, any> };

export const UNPARSABLE_URL = 'bad request: the Host header or URL cannot be parsed';

/**
 * The request's path, or undefined when its URL cannot be parsed. Under Deno, request.url is built
 * from the Host header, so `Host: localhost:99999` (or `localhost:abc`, `[::1`) makes it throw;
 * Node's has a fixed base, so the Host header is parsed too, for the same answer on both.
 */
function pathOf(request: Request): string | undefined {
  const host = request.headers.get('host');
  if (host !== null && !URL.canParse(`http://${host}`)) return undefined;
  try {
    return new URL(request.url).pathname;
  } catch {
    return undefined;
  }
}

/** The first protocol revision without JSON-RPC batches (revisions are ISO dates: they sort as strings). */
const NO_BATCHES_SINCE = '2025-06-18';

/**
 * What the SDK refuses before any handler runs, answered here before the token check (an SQL call,
 * and an auth-failure row for a bad token): the rejections of its classification (e.g. an
 * Mcp-Protocol-Version header naming no revision it knows), and the 2025-era transport's checks of
 * Accept and of the protocol-version header, in its words; and a batch under a revision that
 * removed batching, which the SDK would serve.
 */
function transportRefusal(request: Request, body: unknown, route: InboundClassificationOutcome): Response | undefined {
  if (route.kind === 'reject') { // answered as the SDK would, the request's id echoed
    const { id, method } = (body && typeof body === 'object' && !Array.isArray(body) ? body : {}) as Message;
    return json(route.httpStatus, {
      jsonrpc: '2.0', id: typeof method === 'string' && (typeof id === 'string' || typeof id === 'number') ? id : null,
      error: { code: route.code, message: route.message, ...(route.data !== undefined && { data: route.data }) },
    });
  }
  if (route.kind !== 'legacy') return undefined; // the modern path's own checks run before its factory, which checks the token
  const accept = request.headers.get('accept') ?? '';
  if (!accept.includes('application/json') || !accept.includes('text/event-stream')) {
    return json(406, rpcError(null, -32000, 'Not Acceptable: Client must accept both application/json and text/event-stream'));
  }
  const version = request.headers.get('mcp-protocol-version');
  if (version === null) return undefined; // no header: 2025-03-26 or earlier, batches allowed
  if (route.reason !== 'initialize' && !SUPPORTED_PROTOCOL_VERSIONS.includes(version)) {
    return json(400, rpcError(null, -32000,
      `Bad Request: Unsupported protocol version: ${version} (supported versions: ${SUPPORTED_PROTOCOL_VERSIONS.join(', ')})`));
  }
  if (Array.isArray(body) && version >= NO_BATCHES_SINCE) {
    return json(400, rpcError(null, -32600,
      `invalid request: JSON-RPC batches are not supported under protocol version ${version} (MCP removed them in ${NO_BATCHES_SINCE}): send one message per request`));
  }
  return undefined;
}

export function createHandler(cfg: Config, db: Db, log: Log, version: string): Handler {
  // OAuth (OAUTH_ISSUER set): JWTs verified here, their claims alone go to SQL; unset: tokens only, as before
  const oauth = cfg.oauth;
  const verifier = oauth && createVerifier(oauth);
  const unauthorized = (id: unknown, why?: string) => json(401, rpcError(id, -32001, why ?? 'invalid or missing token'), {
    'www-authenticate': !oauth ? TOKEN_CHALLENGE
      : unauthorizedChallenge(oauth.resourceMetadataUrl, why !== undefined ? { message: why } : undefined),
  });
  // MC014 (not a member, or a token at another org's URL) and MC015 (which org? the URLs to use)
  const refused = (id: unknown, e: SqlError) => {
    const base = (oauth?.resource ?? '').replace(/\/$/, '');
    const urls = (e.orgs ?? []).map((o) => `${base}/orgs/${o.id} (${o.name})`);
    return json(403, rpcError(id, -32001, [e.message, urls.length ? `use one of: ${urls.join(', ')}` : e.hint].filter(Boolean).join('. ')));
  };
  const stateOf = (ctx: McpRequestContext) => ctx.authInfo!.extra!.state as RequestState;
  const factory = serverFactory(db, log, version, stateOf);
  // The token check of a method without an SQL entry point of its own (those check it there: one
  // call per request); the answer is kept for tools/list. A refusal is noted in the state, and
  // turned into 401/403/503 once the SDK answered.
  async function checkToken(state: RequestState, method: string | undefined, requestId: string): Promise<void> {
    if (OWN_SQL_CALL.has(method ?? '')) return;
    try {
      state.list = await db.listTools(state.token, { ...state.facts, request_id: requestId });
    } catch (e) {
      if (!isUnavailable(e)) throw e;
      log.warn('database unavailable', { request_id: requestId, code: (e as { code?: string }).code, error: (e as Error).message });
      state.unavailable = true;
      return;
    }
    if ('error' in state.list && state.list.error.sqlstate === '28000') state.unauthorized = true;
    if ('error' in state.list && ['MC014', 'MC015'].includes(state.list.error.sqlstate)) state.forbidden = state.list.error;
  }
  // 2026-07-28 requests: the SDK's stateless handler
  // (answers are single JSON bodies: the tools emit no notifications before their result).
  // It makes the server only for a request that passed its own checks: the token is checked there.
  const modern = createMcpHandler(async (ctx) => {
    const state = stateOf(ctx);
    try {
      await checkToken(state, state.method, state.facts.request_id!);
    } catch (e) {
      state.failed = e; // rethrown once the SDK answered, as on the 2025-era path
    }
    return factory(ctx);
  }, {
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
  // Host names and Origins, plus the configured ones. CORS only for origins ALLOWED_ORIGINS names.
  const local = ['localhost', '127.0.0.1', '[::1]'];
  const checkHost = isLoopback(cfg.HOST) || cfg.ALLOWED_HOSTS.length > 0;
  const hosts = [...local, ...cfg.ALLOWED_HOSTS];
  const origins = [...local, ...cfg.ALLOWED_ORIGINS];
  const forbidden = (message: string) => json(403, rpcError(null, -32000, message));
  const corsFor = (origin: string | null): Record<string, string> =>
    origin && cfg.ALLOWED_ORIGINS.length > 0 && validateOriginHeader(origin, origins).ok
      ? { 'access-control-allow-origin': origin, 'access-control-expose-headers': CORS_EXPOSE_HEADERS, vary: 'Origin' }
      : {};

  async function route(request: Request, path: string | undefined, peer: Peer, requestId: string): Promise<Response> {
    const host = request.headers.get('host');
    if (!host) return json(400, rpcError(null, -32600, 'bad request: no Host header'));
    if (path === undefined) return json(400, rpcError(null, -32600, UNPARSABLE_URL));
    if (checkHost && !validateHostHeader(host, hosts).ok) {
      return forbidden(`Host "${host}" is not allowed: add its name to ALLOWED_HOSTS (now: ${cfg.ALLOWED_HOSTS.join(',') || 'empty'})`);
    }
    // /mcp, also behind Supabase's /functions/v1 prefix; /mcp/health and /mcp/.well-known too, for
    // a deployment (an Edge Function) that only receives paths under /mcp
    path = path.replace(/^\/functions\/v1(?=\/)/, '').replace(/^\/mcp(?=\/(health$|\.well-known\/))/, '');
    if (path === '/health') {
      try {
        const ms = await db.ping();
        return json(200, { status: 'healthy', version, database: { ok: true, latency_ms: Math.round(ms * 100) / 100 } });
      } catch (e) {
        return json(503, { status: 'unhealthy', version, database: { ok: false, error: (e as { code?: string }).code ?? 'error' } });
      }
    }
    if (oauth && /^\/\.well-known\/oauth-protected-resource(\/.*)?$/.test(path)) {
      return json(200, protectedResourceMetadata(oauth, 'pgmcp'), { 'cache-control': 'max-age=300', 'access-control-allow-origin': '*' });
    }
    if (path.startsWith('/.well-known/')) return json(404, { error: 'not_found', message: 'this server uses bearer tokens, not OAuth' });
    const org = oauth ? ORG_PATH.exec(path)?.[1] : undefined;
    if (path !== '/mcp' && !org) return json(404, { error: 'not_found', message: 'the MCP endpoint is POST /mcp' });
    const origin = request.headers.get('origin');
    if (origin && !validateOriginHeader(origin, origins).ok) {
      return forbidden(`Origin "${origin}" is not allowed: add its host name to ALLOWED_ORIGINS (now: ${cfg.ALLOWED_ORIGINS.join(',') || 'empty'})`);
    }
    if (request.method === 'OPTIONS' && corsFor(origin)['access-control-allow-origin']) { // a CORS preflight
      return new Response(null, {
        status: 204,
        headers: { 'access-control-allow-methods': 'POST', 'access-control-allow-headers': CORS_ALLOW_HEADERS, 'access-control-max-age': '600' },
      });
    }
    if (request.method !== 'POST') return json(405, rpcError(null, -32000, 'method not allowed: use POST'), { allow: 'POST' });
    return mcp(request, peer, requestId, org);
  }

  async function mcp(request: Request, peer: Peer, requestId: string, org?: string): Promise<Response> {
    // the transport's checks that need no database come before the token's: the media type before
    // the body is read (as the SDK checks it), the rest once it is parsed (transportRefusal)
    if (!isJsonContentType(request.headers.get('content-type'))) {
      return json(415, rpcError(null, -32000, 'Unsupported Media Type: Content-Type must be application/json'));
    }
    let read: { text: string; body: unknown };
    try {
      read = await readJson(request, cfg.BODY_LIMIT_BYTES);
    } catch (e) {
      if (!(e instanceof BodyError)) throw e;
      return json(e.status, rpcError(null, e.code, e.message), e.status === 413 ? { connection: 'close' } : {});
    }
    const { body } = read;
    const message: Message = body && typeof body === 'object' && !Array.isArray(body) ? (body as Message) : {};
    // the SDK's own classification (2025-era or 2026-07-28), as createMcpHandler makes it
    const era = classifyInboundRequest({
      httpMethod: 'POST',
      body,
      protocolVersionHeader: request.headers.get('mcp-protocol-version') ?? undefined,
      mcpMethodHeader: request.headers.get('mcp-method') ?? undefined,
      mcpNameHeader: request.headers.get('mcp-name') ?? undefined,
    });
    const refusal = transportRefusal(request, body, era);
    if (refusal) return refusal;
    const client = message.params?._meta?.['io.modelcontextprotocol/clientInfo'] ?? message.params?.clientInfo;
    // a missing or non-Bearer Authorization still goes to SQL, which answers 28000 and logs the failure
    const authorization = request.headers.get('authorization') ?? '';
    // the entry our proxy appended (rightmost): the ones before it are whatever the client sent
    const forwarded = cfg.TRUST_PROXY ? (request.headers.get('x-forwarded-for') ?? '').split(',').at(-1)?.trim() : '';
    const token = /^Bearer\s+(\S+)\s*$/i.exec(authorization)?.[1] ?? authorization;
    const facts = {
      client_name: client?.name,
      client_version: client?.version,
      user_agent: request.headers.get('user-agent') ?? undefined,
      ip: forwarded || peer.ip,
      request_id: requestId,
    };
    let principal: Principal | undefined = org ? { org_id: org } : undefined;
    if (verifier && !token.startsWith('p88_') && looksLikeJwt(token)) {
      const verified = await verifier.verifyAccessToken(token);
      if (!verified.ok) {
        if (verified.reason === 'unavailable') {
          log.warn('authorization server unavailable', { request_id: requestId, error: verified.detail });
          return json(503, rpcError(message.id, -32603, 'the authorization server cannot be reached; retry later'), { 'retry-after': '5' });
        }
        log.debug('access token refused', { request_id: requestId, reason: verified.reason });
        // logged like a bad p88_ token (this path only: a verified JWT costs no extra call)
        await db.authFailure(['expired', 'not_yet_valid'].includes(verified.reason) ? 'jwt_expired' : 'jwt_refused', facts)
          .catch((e) => log.warn('could not log a refused access token', { request_id: requestId, error: (e as Error).message }));
        return unauthorized(message.id, verified.message);
      }
      const { iss, sub, scopes } = verified.claims;
      principal = { ...principal, claims: { iss, sub, scopes } };
    }
    const state: RequestState = {
      token: principal?.claims ? '' : token,
      facts: { ...facts, ...(principal && { principal }) },
      ...(message.method !== undefined && { method: message.method }),
    };
    const presented = oauth && token !== '' ? 'invalid, revoked or expired token' : undefined;
    // the SDK reads the body we already parsed; it gets a Request of its own with the same text
    const sdkRequest = new Request(request.url, { method: 'POST', headers: request.headers, body: read.text });
    const authInfo: AuthInfo = { token: state.token, clientId: 'pgmcp', scopes: [], extra: { state } };
    let response: Response | undefined;
    if (era.kind === 'legacy') {
      // the 2025-era transport makes the server before its checks (transportRefusal ran them): the
      // token is checked first, and a refused one reaches no handler (a batch would call SQL again)
      await checkToken(state, message.method, requestId);
      if (!state.unauthorized && !state.forbidden && !state.unavailable) response = await legacy(sdkRequest, body, authInfo);
    } else {
      response = await modern.fetch(sdkRequest, { parsedBody: body, authInfo });
      if (state.failed) throw state.failed;
    }
    if (state.unauthorized) return unauthorized(message.id, presented);
    if (state.forbidden) return refused(message.id, state.forbidden);
    if (state.insufficientScope && oauth) {
      return json(403, rpcError(message.id, -32001, state.insufficientScope), { // the scope it lacks: mcp:write, or mcp:read
        'www-authenticate': insufficientScopeChallenge(oauth.resourceMetadataUrl, SCOPES),
      });
    }
    if (state.unavailable || !response) return unavailable(message.id);
    if (state.retryAfter) response.headers.set('retry-after', String(state.retryAfter));
    return response;
  }

  return async (request, peer = {}) => {
    const started = performance.now();
    const requestId = crypto.randomUUID();
    const path = pathOf(request); // never throws, unlike new URL(request.url)
    let response: Response;
    try {
      response = await route(request, path, peer, requestId);
    } catch (e) {
      log.error('request failed', { request_id: requestId, error: (e as Error).message });
      response = json(500, rpcError(null, -32603, `internal error (request id ${requestId})`));
    }
    const headers = new Headers(response.headers);
    headers.set('x-request-id', requestId);
    for (const [k, v] of Object.entries(corsFor(request.headers.get('origin')))) headers.set(k, v);
    log.debug('request', { request_id: requestId, method: request.method, path, status: response.status, ms: Math.round(performance.now() - started) });
    return new Response(response.body, { status: response.status, headers });
  };
}
