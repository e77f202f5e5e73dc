// The MCP server the SDK runs per request (HTTP) or per connection (stdio): tools/list, tools/call,
// resources/list, resources/templates/list and resources/read, each one SQL call. SQL answers are
// mapped onto MCP per docs/errors.md.
import {
  CLIENT_CAPABILITIES_META_KEY, type JSONRPCRequest, type McpRequestContext, ProtocolError, ProtocolErrorCode, ResourceNotFoundError,
  type Result, Server, type ServerContext, type SpecTypeName, specTypeSchemas, type StandardSchemaV1,
} from '@modelcontextprotocol/server';
import { type CallAnswer, type ClientFacts, type Db, isUnavailable, type ListAnswer, type ResourcesAnswer, type SqlError } from './db.ts';
import type { Log } from './log.ts';

/** What one request carries through the SDK, and what the HTTP layer learns back. */
export type RequestState = {
  token: string;
  facts: Omit<ClientFacts, 'request_id'> & { request_id?: string }; // no request_id: one per call (stdio)
  list?: ListAnswer; // fetched while checking the token (HTTP, every method but tools/call)
  method?: string; // the request's method (HTTP)
  /** an error checking the token in the SDK's factory (HTTP, 2026-07-28), rethrown once it answered */
  failed?: unknown;
  unauthorized?: boolean;
  unavailable?: boolean;
  retryAfter?: number;
  /** MC014/MC015 (not a member of the org, or which org?): HTTP 403 with this refusal */
  forbidden?: SqlError;
  /** MC013 for an OAuth user, its message: HTTP 403 insufficient_scope (step-up) */
  insufficientScope?: string;
};

export const INVALID_TOKEN = -32001;
export const RATE_LIMITED = -32000;

/** A refusal SQL answered with, as the JSON-RPC error the client sees. */
function refusal(state: RequestState, e: SqlError): ProtocolError {
  const message = e.hint ? `${e.message}. ${e.hint}` : e.message;
  if (e.sqlstate === '28000') {
    state.unauthorized = true;
    return new ProtocolError(INVALID_TOKEN, 'invalid token', { sqlstate: e.sqlstate });
  }
  if (e.sqlstate === 'MC014' || e.sqlstate === 'MC015') {
    state.forbidden = e;
    return new ProtocolError(INVALID_TOKEN, message, { sqlstate: e.sqlstate });
  }
  if (e.sqlstate === 'MC013' && state.facts.principal?.claims) state.insufficientScope = message;
  if (e.sqlstate === 'MC020') {
    state.retryAfter = e.retry_after;
    return new ProtocolError(RATE_LIMITED, message, { sqlstate: e.sqlstate, retry_after: e.retry_after });
  }
  // unknown, not allowed or disabled tool
  return new ProtocolError(-32602, message, { sqlstate: e.sqlstate });
}

/** A resources answer's refusal: not found is the SDK's ResourceNotFoundError, whose wire code is
 * the SDK's per-era choice (-32602 on both eras in this SDK, as the 2026-07-28 spec requires and
 * v1.x emitted); what SQL did not write itself is internal, told by the request id only. */
function resourceRefusal(state: RequestState, e: SqlError, uri: unknown, requestId: string): ProtocolError {
  if (e.sqlstate === 'P0002') return new ResourceNotFoundError(String(uri ?? ''), e.hint ? `${e.message}. ${e.hint}` : e.message);
  if (['28000', 'MC020', '22023', '22P02'].includes(e.sqlstate) || /^MC01/.test(e.sqlstate)) return refusal(state, e);
  if (e.sqlstate === '57014') return new ProtocolError(-32603, e.message, { sqlstate: e.sqlstate });
  return new ProtocolError(-32603, `internal error (request id ${requestId})`, { sqlstate: e.sqlstate });
}

/** The spec's schema of each request this server answers (the SDK checks each against it). */
const REQUEST_SCHEMAS: Record<string, SpecTypeName> = {
  initialize: 'InitializeRequest',
  ping: 'PingRequest',
  'tools/list': 'ListToolsRequest',
  'tools/call': 'CallToolRequest',
  'resources/list': 'ListResourcesRequest',
  'resources/templates/list': 'ListResourceTemplatesRequest',
  'resources/read': 'ReadResourceRequest',
};

/** `uri: expected string, received object`: a schema's first issues, each naming its field. */
const describeIssues = (issues: readonly StandardSchemaV1.Issue[]) => issues.slice(0, 3).map((i) => {
  const path = (i.path ?? []).map((p) => (typeof p === 'object' ? p.key : p)).map(String);
  return `${path.slice(path[0] === 'params' ? 1 : 0).join('.') || 'params'}: ${i.message.replace(/^Invalid input: /, '')}`;
}).join('; ');

type Handler = (request: JSONRPCRequest, ctx: ServerContext) => Promise<Result>;

/**
 * The SDK's Server, except that a request whose params its schema refuses is answered -32602
 * (Invalid params) with a short message naming the field. For every method but tools/call the SDK
 * throws a plain Error holding the raw issue list, which goes out as -32603 (Internal error); for
 * tools/call it answers -32602 with that list. _wrapHandler is the SDK's hook for wrapping each
 * registered handler (its own, like initialize's, too); the schema is consulted only once the SDK
 * refused, so what it admits is never refused here.
 */
class GatewayServer extends Server {
  protected override _wrapHandler(method: string, handler: Handler): Handler {
    const wrapped = super._wrapHandler(method, handler);
    const name = REQUEST_SCHEMAS[method];
    if (!name) return wrapped;
    return async (request, ctx) => {
      try {
        return await wrapped(request, ctx);
      } catch (e) {
        const code = (e as { code?: unknown }).code;
        if (Number.isSafeInteger(code) && code !== ProtocolErrorCode.InvalidParams) throw e; // an answer already
        const checked = await specTypeSchemas[name]['~standard'].validate(request);
        if (!checked.issues) throw e; // the params are fine: not a params error
        throw new ProtocolError(ProtocolErrorCode.InvalidParams, `Invalid ${method} params: ${describeIssues(checked.issues)}`);
      }
    };
  }
}

export function serverFactory(db: Db, log: Log, version: string, stateOf: (ctx: McpRequestContext) => RequestState) {
  return (ctx: McpRequestContext) => {
    const server = new GatewayServer({ name: 'pgmcp', title: 'pgmcp gateway', version }, { capabilities: { tools: {}, resources: {} } });
    const state = stateOf(ctx);
    // stdio learns the client's name at initialize; HTTP requests carry their own facts
    const facts = (): ClientFacts => {
      const client = server.getClientVersion();
      const known = client ? { client_name: client.name, client_version: client.version } : {};
      return { ...known, ...state.facts, request_id: state.facts.request_id ?? crypto.randomUUID() };
    };
    const sqlCall = async <T>(what: string, run: (f: ClientFacts) => Promise<T>): Promise<T> => {
      const f = facts();
      try {
        return await run(f);
      } catch (e) {
        const code = (e as { code?: string }).code;
        if (isUnavailable(e)) {
          state.unavailable = true;
          log.warn('database unavailable', { request_id: f.request_id, code, error: (e as Error).message });
          throw new ProtocolError(-32603, 'database unavailable; retry later');
        }
        log.error(`${what} failed`, { request_id: f.request_id, code, error: (e as Error).message });
        throw new ProtocolError(-32603, `internal error (request id ${f.request_id})`);
      }
    };

    server.setRequestHandler('tools/list', async () => {
      const answer = state.list ?? (await sqlCall('tools/list', (f) => db.listTools(state.token, f)));
      if ('error' in answer) throw refusal(state, answer.error);
      return answer as { tools: [] };
    });
    server.setRequestHandler('tools/call', async (request, ctx) => {
      const { name, arguments: args } = request.params;
      // a write tool asks its user in-band (input_required) only of a client that can show a form:
      // the request's own capabilities (2026-07-28), or those of initialize (stdio); SQL decides
      const caps = (ctx.mcpReq.envelope as Record<string, any> | undefined)?.[CLIENT_CAPABILITIES_META_KEY] ?? server.getClientCapabilities();
      const elicitation = Boolean(caps?.elicitation && (caps.elicitation.form || !caps.elicitation.url));
      // a retry carries the state SQL gave out and the user's answers, which SQL checks
      const params = { name, arguments: args, requestState: ctx.mcpReq.requestState(), inputResponses: ctx.mcpReq.inputResponses };
      const answer: CallAnswer = await sqlCall('tools/call', (f) => db.callTool(state.token, params, { ...f, elicitation }));
      if ('error' in answer) throw refusal(state, answer.error);
      return answer as { content: []; isError: boolean };
    });
    // resources: params go to SQL as sent (only what the method defines), the answer comes back as the result
    const resources = (method: 'resources/list' | 'resources/templates/list' | 'resources/read') =>
      async (request: { params?: Record<string, unknown> }) => {
        const { cursor, uri } = request.params ?? {};
        const params = method === 'resources/read' ? { uri } : method === 'resources/list' ? { cursor } : {};
        let requestId = '';
        const answer: ResourcesAnswer = await sqlCall(method, (f) => {
          requestId = f.request_id;
          return db.resources(method, state.token, params, f);
        });
        if (answer.error) throw resourceRefusal(state, answer.error, uri, requestId);
        return answer as any;
      };
    server.setRequestHandler('resources/list', resources('resources/list'));
    server.setRequestHandler('resources/templates/list', resources('resources/templates/list'));
    server.setRequestHandler('resources/read', resources('resources/read'));
    return server;
  };
}
