// The database: one postgres.js pool and the two entry points. The shim never hashes tokens,
// checks permissions, counts requests or builds tool queries: the SQL does, in one statement.
import postgres from 'postgres';

export type ClientFacts = {
  client_name?: string | undefined;
  client_version?: string | undefined;
  user_agent?: string | undefined;
  ip?: string | undefined;
  request_id: string;
};
export type SqlError = { sqlstate: string; message: string; hint?: string; retry_after?: number };
export type ListAnswer = { tools: unknown[] } | { error: SqlError };
export type CallAnswer = { content: unknown[]; isError: boolean; structuredContent?: unknown } | { error: SqlError };

export type Db = ReturnType<typeof createDb>;

export function createDb(url: string, max: number) {
  const sql = postgres(url, {
    max,
    connect_timeout: 5,
    idle_timeout: 60,
    onnotice: () => {},
    connection: { application_name: 'pgmcp-shim' },
  });
  return {
    async listTools(token: string, facts: ClientFacts): Promise<ListAnswer> {
      const [row] = await sql`select public.mcp_tools_list(${token}, ${sql.json(facts)}) as answer`;
      return row!.answer as ListAnswer;
    },
    async callTool(token: string, tool: string, args: unknown, facts: ClientFacts): Promise<CallAnswer> {
      const [row] = await sql`
        select public.mcp_tools_call(${token}, ${tool}, ${sql.json((args ?? {}) as postgres.JSONValue)},
                                     ${sql.json(facts)}) as answer`;
      return row!.answer as CallAnswer;
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
  'ECONNREFUSED', 'ECONNRESET', 'ENOTFOUND', 'ETIMEDOUT', 'EPIPE', 'CONNECT_TIMEOUT', 'CONNECTION_CLOSED',
  'CONNECTION_ENDED', 'CONNECTION_DESTROYED', '57P01', '57P02', '57P03', '08000', '08001', '08003', '08004', '08006',
]);
/** A failure to reach the database at all (as opposed to an error raised by SQL). */
export const isUnavailable = (e: unknown) => unavailableCodes.has(String((e as { code?: unknown })?.code));
