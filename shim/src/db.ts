// The database: one postgres.js pool and the entry points. The shim never hashes tokens,
// checks permissions, counts requests or builds tool queries: the SQL does, in one statement.
import postgres from 'postgres';
import type { Config } from './config.ts';
import type { Log } from './log.ts';

export type ClientFacts = {
  client_name?: string | undefined;
  client_version?: string | undefined;
  user_agent?: string | undefined;
  ip?: string | undefined;
  request_id: string;
  elicitation?: boolean; // tools/call: the client can ask its user (a form), so a write asks in-band
  /** who calls, beyond the bearer value: the org the URL names, and an OAuth user's verified claims */
  principal?: Principal;
};
export type Principal = { org_id?: string; claims?: { iss: string; sub: string; scopes: string[] } };
export type SqlError = { sqlstate: string; message: string; hint?: string; retry_after?: number; orgs?: { id: string; name: string }[] };
export type ListAnswer = { tools: unknown[] } | { error: SqlError };
export type ResourcesAnswer = { error: SqlError } | ({ error?: undefined } & Record<string, unknown>);
export type CallAnswer = { content: unknown[]; isError: boolean; structuredContent?: unknown } | { error: SqlError };

export type Db = ReturnType<typeof createDb>;

export function createDb(cfg: Pick<Config, 'DATABASE_URL' | 'DB_POOL_MAX' | 'DB_PREPARE'>) {
  const sql = postgres(cfg.DATABASE_URL, {
    max: cfg.DB_POOL_MAX,
    prepare: cfg.DB_PREPARE, // false behind a transaction pooler (Supabase's, port 6543)
    connect_timeout: 5,
    idle_timeout: 60,
    onnotice: () => {},
    // UTC, as the tools answer: the pipeline then need not switch the zone for each call
    connection: { application_name: 'pgmcp-shim', TimeZone: 'UTC' },
    // reconnect soon after the database returns: postgres.js's default backoff grows to 20 s,
    // shared by the pool, and calls wait that long after a restart
    backoff: (retries: number) => Math.min(0.05 * 2 ** retries, 0.25),
  });
  const json = (value: unknown) => sql.typed(value as postgres.JSONValue, 114); // type json: JSON.stringify'd
  return {
    // JSON goes as text typed json, as the client sent it: SQL turns it into jsonb itself, so that
    // a string jsonb cannot hold (\u0000) is an answered, logged call rather than a bind error
    async listTools(token: string, facts: ClientFacts): Promise<ListAnswer> {
      const [row] = await sql`select public.mcp_tools_list_json(${token}, ${json(facts)}) as answer`;
      return row!.answer as ListAnswer;
    },
    /** params: the tools/call request's params, {name, arguments, requestState?, inputResponses?} */
    async callTool(token: string, params: unknown, facts: ClientFacts): Promise<CallAnswer> {
      const [row] = await sql`
        select public.mcp_tools_call_json(${token}, ${json(params ?? {})}, ${json(facts)}) as answer`;
      return row!.answer as CallAnswer;
    },
    /** resources/list, resources/templates/list or resources/read: params as the request's params */
    async resources(method: 'resources/list' | 'resources/templates/list' | 'resources/read', token: string, params: unknown,
                    facts: ClientFacts): Promise<ResourcesAnswer> {
      const p = json(params ?? {});
      const f = json(facts);
      const [row] = method === 'resources/read'
        ? await sql`select public.mcp_resources_read_json(${token}, ${p}, ${f}) as answer`
        : method === 'resources/list'
          ? await sql`select public.mcp_resources_list_json(${token}, ${p}, ${f}) as answer`
          : await sql`select public.mcp_resource_templates_list_json(${token}, ${p}, ${f}) as answer`;
      return row!.answer as ResourcesAnswer;
    },
    /** an access token the shim refused (public.mcp_auth_failure_json): only why, and the client facts */
    async authFailure(reason: 'jwt_expired' | 'jwt_refused', facts: ClientFacts): Promise<void> {
      await sql`select public.mcp_auth_failure_json(${reason}, ${json(facts)})`;
    },
    /** what the login role is beyond mcp_gateway (public.mcp_gateway_role_check) */
    async roleCheck(): Promise<{ role: string; warnings: string[] }> {
      const [row] = await sql`select public.mcp_gateway_role_check() as check`;
      return row!.check as { role: string; warnings: string[] };
    },
    async ping(): Promise<number> { // round trip of `select 1`, in ms
      const started = performance.now();
      await sql`select 1`;
      return performance.now() - started;
    },
    end: () => sql.end({ timeout: 5 }),
  };
}

const unavailableCodes = new Set([
  'ECONNREFUSED', 'ECONNRESET', 'ENOTFOUND', 'EAI_AGAIN', 'ETIMEDOUT', 'EPIPE', 'CONNECT_TIMEOUT', 'CONNECTION_CLOSED',
  'CONNECTION_ENDED', 'CONNECTION_DESTROYED', '57P01', '57P02', '57P03', '08000', '08001', '08003', '08004', '08006',
  // refused at login: wrong password, no such role or database, no pg_hba entry, no slots left.
  // (The entry points answer a bad bearer token as data, never by raising 28000.)
  '28P01', '28000', '3D000', '53300', 'SASL_SIGNATURE_MISMATCH',
]);
/** A failure to reach or log in to the database (as opposed to an error raised by SQL). */
export const isUnavailable = (e: unknown) => unavailableCodes.has(String((e as { code?: unknown })?.code));

/** Says at startup, once, what is wrong with the database or the login role (the shim serves anyway: 503 until it works). */
export async function checkDatabase(db: Db, log: Log) {
  try {
    const { role, warnings } = await db.roleCheck();
    for (const warning of warnings) log.warn(`the shim's login role ${role} ${warning}: give the shim a role whose only grant is mcp_gateway`);
  } catch (e) {
    const { code, message } = e as Error & { code?: string };
    const why = code === '42501' ? 'the login role may not call the gateway functions: grant mcp_gateway to it'
      : code === '42883' ? 'pgmcp is not installed in this database, or is older than this shim: run make migrate'
      : isUnavailable(e) ? 'cannot connect: check DATABASE_URL (host, port, database, user, password); answering 503 until it works'
      : 'the startup check failed';
    log.error(`database: ${why}`, { code, error: message });
  }
}

