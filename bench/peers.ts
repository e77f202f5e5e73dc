// make bench's peers: the shim's own HTTP and MCP code (http.ts, node.ts, mcp.ts, the same SDK
// transport) over a different Db, each served by bench/peer-server.ts in a Node process of its own.
//   memory        answers from memory (get_current_time now; other calls from a file of answers)
//   bare          the tool's query as the table owner, the org id a parameter (bench/peers.sql):
//                 no token, permission, limit or log
//   conventional  what the seed products do, one round trip each: sha-256 token lookup, allow-list
//                 check here, a fixed-window rate-limit upsert, the tool query, a usage-log INSERT,
//                 a last_used_at UPDATE
//   bcrypt        the same, the token found by its prefix and checked with bcrypt (cost 10)
//   logged        bare, and a durable usage-log row written by the same statement (one round trip,
//                 one commit): the floor of any gateway that logs every call durably, before any
//                 token, permission or limit
//   governed      logged, and a token checked by its sha-256 (revoked, expired, allow-list: the
//                 tool's name or *, no globs) and an exact rate limit's slot taken (a GCRA bucket, as
//                 the pipeline's), all in the same one statement: the floor of a gateway that
//                 governs as pgmcp does, less what it does beyond that (the tool's row: enabled,
//                 its effect and the write scope; an org's ceiling; a log row for a failed call,
//                 which needs a subtransaction; the arguments' check; redaction and the client's
//                 facts; the settings the tools' policies read; a partitioned log; last_used_at)
import { createHash, randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import bcrypt from 'bcryptjs';
import postgres from 'postgres';
import type { CallAnswer, ClientFacts, Db } from '../shim/src/db.ts';

export const PEERS = ['memory', 'bare', 'logged', 'governed', 'conventional', 'bcrypt'] as const;
export type PeerName = (typeof PEERS)[number];

type Params = { name?: string; arguments?: Record<string, unknown> };
const refusal = (sqlstate: string, message: string, retry_after?: number): CallAnswer =>
  ({ error: { sqlstate, message, ...(retry_after !== undefined && { retry_after }) } });
const tools = [
  { name: 'get_current_time', description: 'now', inputSchema: { type: 'object', properties: {} } },
  { name: 'query_data_table', description: 'rows', inputSchema: { type: 'object', properties: {} } },
];

/** The key of a tools/call in a memory peer's answers file. */
export const answerKey = (name: string, args: unknown) => JSON.stringify([name, args ?? {}]);

function memory(answersFile: string | undefined): Db {
  const answers: Record<string, CallAnswer> = answersFile ? JSON.parse(readFileSync(answersFile, 'utf8')) : {};
  return {
    listTools: async () => ({ tools }),
    callTool: async (_token: string, params: unknown) => {
      const { name = '', arguments: args } = params as Params;
      if (name !== 'get_current_time') return answers[answerKey(name, args)] ?? refusal('MC010', `no answer for ${name}`);
      const now = { datetime: new Date().toISOString(), timezone: 'UTC', utc_offset_seconds: 0, unix_time: Date.now() / 1000 };
      return { content: [{ type: 'text', text: JSON.stringify(now) }], structuredContent: now, isError: false };
    },
    resources: async () => refusal('MC010', 'the peers serve no resources'),
    authFailure: async () => {}, // the peers take no OAuth
    roleCheck: async () => ({ role: 'memory', warnings: [] }),
    ping: async () => 0,
    end: async () => {},
  };
}

/** the logged peer checks no token, but its rows carry one id per bearer token, as a gateway's rows
 *  carry the token's id (so that its log index has as many insertion points as the others') */
const bearerIds = new Map<string, string>();
const bearerId = (token: string) => {
  let id = bearerIds.get(token);
  if (!id) bearerIds.set(token, (id = randomUUID()));
  return id;
};

type Token = { id: string; org_id: string; allowed_tools: string[]; rate_limit_per_minute: number; revoked_at: Date | null; expires_at: Date | null };

/** every peer but memory: the same pool as the shim's (DB_POOL_MAX), as the table owner */
function database(peer: Exclude<PeerName, 'memory'>, url: string, poolMax: number, org: string | undefined): Db {
  const sql = postgres(url, { max: poolMax, connect_timeout: 5, idle_timeout: 60, onnotice: () => {}, connection: { application_name: `pgmcp-bench-${peer}` } });
  const toolQuery = async (orgId: string, name: string, args: unknown) => {
    const [row] = await sql`select bench.tools_call(${orgId}, ${name}, ${sql.json((args ?? {}) as postgres.JSONValue)}) as answer`;
    return row!.answer as CallAnswer;
  };
  /** the tool's query and the log row in one statement (the row as the conventional gateway writes it) */
  const loggedQuery = async (token: string, orgId: string, name: string, args: unknown, facts: ClientFacts) => {
    const json = sql.json((args ?? {}) as postgres.JSONValue);
    const [row] = await sql`
      with logged as (
        insert into bench.usage_log (org_id, at, token_id, tool, arguments, outcome, duration_us,
                                     client_name, client_version, user_agent, ip, request_id)
        values (${orgId}, now(), ${bearerId(token)}, ${name}, ${json}, 'ok', 0, ${facts.client_name ?? null},
                ${facts.client_version ?? null}, ${facts.user_agent ?? null}, ${facts.ip ?? null}, ${facts.request_id}))
      select bench.tools_call(${orgId}, ${name}, ${json}) as answer`;
    return row!.answer as CallAnswer;
  };

  /** logged, with the token checked and the limit's slot taken by the same statement: no row when
   *  the token is missing, revoked, expired or not allowed the tool, or its bucket is full */
  const governedQuery = async (token: string, name: string, args: unknown, facts: ClientFacts): Promise<CallAnswer> => {
    const json = sql.json((args ?? {}) as postgres.JSONValue);
    const [row] = await sql`
      with k as (
        select k.id, k.org_id, k.rate_limit_per_minute from public.mcp_tokens k
        where k.token_hash = ${createHash('sha256').update(token).digest()} and k.revoked_at is null
          and (k.expires_at is null or k.expires_at > now()) and ('*' = any (k.allowed_tools) or ${name} = any (k.allowed_tools))
      ), take as (
        insert into bench.rate_buckets as b (token_id, tat)
        select k.id, now() + make_interval(secs => floor(60000000.0 / k.rate_limit_per_minute) / 1000000.0) from k
        on conflict (token_id) do update set tat = greatest(b.tat, now()) + (excluded.tat - now())
          where greatest(b.tat, now()) + (excluded.tat - now()) <= now() + interval '1 minute'
        returning b.token_id
      ), logged as (
        insert into bench.usage_log (org_id, at, token_id, tool, arguments, outcome, duration_us,
                                     client_name, client_version, user_agent, ip, request_id)
        select k.org_id, now(), k.id, ${name}, ${json}, 'ok', 0, ${facts.client_name ?? null}, ${facts.client_version ?? null},
               ${facts.user_agent ?? null}, ${facts.ip ?? null}, ${facts.request_id}
        from k join take on take.token_id = k.id)
      select bench.tools_call(k.org_id, ${name}, ${json}) as answer from k join take on take.token_id = k.id`;
    if (row) return row.answer as CallAnswer;
    // refused (the bench never should be): a row that peersHttp's check of failed calls finds
    await sql`insert into bench.usage_log (org_id, at, token_id, tool, outcome, duration_us, request_id)
              values (${org!}, now(), ${bearerId(token)}, ${name}, 'refused', 0, ${facts.request_id})`;
    return refusal('MC020', 'invalid token, tool not allowed, or rate limit exceeded (one answer for all three)');
  };

  /** the token's row, or undefined: by sha-256 (conventional) or by prefix, then bcrypt (bcrypt) */
  const lookup = async (token: string): Promise<Token | undefined> => {
    if (peer === 'conventional') {
      const [k] = await sql<Token[]>`
        select id, org_id, allowed_tools, rate_limit_per_minute, revoked_at, expires_at
        from public.mcp_tokens where token_hash = ${createHash('sha256').update(token).digest()}`;
      return k;
    }
    const candidates = await sql<(Token & { bcrypt_hash: string })[]>`
      select k.id, k.org_id, k.allowed_tools, k.rate_limit_per_minute, k.revoked_at, k.expires_at, b.bcrypt_hash
      from bench.token_bcrypt b join public.mcp_tokens k on k.id = b.token_id
      where b.token_prefix = ${token.slice(0, 12)}`;
    for (const k of candidates) if (await bcrypt.compare(token, k.bcrypt_hash)) return k;
    return undefined;
  };
  const allowed = (list: string[], name: string) =>
    list.some((p) => p === '*' || p === name || (p.endsWith('*') && name.startsWith(p.slice(0, -1))));

  async function gateway(token: string, params: Params, facts: ClientFacts): Promise<CallAnswer> {
    const started = performance.now();
    const name = params.name ?? '';
    const k = await lookup(token);
    if (!k || k.revoked_at || (k.expires_at && k.expires_at <= new Date())) return refusal('28000', 'invalid token');
    if (!allowed(k.allowed_tools, name)) return refusal('MC011', `this token may not call tool "${name}"`);
    const [w] = await sql<{ count: number; retry_after: number }[]>`
      insert into bench.rate_limits as l (token_id, window_start, count) values (${k.id}, date_trunc('minute', now()), 1)
      on conflict (token_id, window_start) do update set count = l.count + 1
      returning count, 60 - extract(second from now())::integer as retry_after`;
    if (w!.count > k.rate_limit_per_minute) return refusal('MC020', 'rate limit exceeded', w!.retry_after);
    let answer: CallAnswer;
    let outcome = 'ok';
    let code: string | null = null;
    let message: string | null = null;
    try {
      answer = await toolQuery(k.org_id, name, params.arguments);
    } catch (e) {
      outcome = 'tool_error';
      code = (e as { code?: string }).code ?? null;
      message = (e as Error).message;
      answer = { content: [{ type: 'text', text: message }], isError: true };
    }
    await sql`
      insert into bench.usage_log (org_id, at, token_id, tool, arguments, outcome, errcode, message, duration_us,
                                   client_name, client_version, user_agent, ip, request_id)
      values (${k.org_id}, now(), ${k.id}, ${name}, ${sql.json((params.arguments ?? {}) as postgres.JSONValue)}, ${outcome}, ${code},
              ${message}, ${Math.round((performance.now() - started) * 1000)}, ${facts.client_name ?? null},
              ${facts.client_version ?? null}, ${facts.user_agent ?? null}, ${facts.ip ?? null}, ${facts.request_id})`;
    await sql`update public.mcp_tokens set last_used_at = now() where id = ${k.id}`;
    return answer;
  }

  return {
    listTools: async () => ({ tools }),
    callTool: async (token: string, params: unknown, facts: ClientFacts) => {
      const { name = '', arguments: args } = params as Params;
      if (peer === 'governed') return governedQuery(token, name, args, facts);
      if (peer !== 'bare' && peer !== 'logged') return gateway(token, params as Params, facts);
      return peer === 'bare' ? toolQuery(org!, name, args) : loggedQuery(token, org!, name, args, facts);
    },
    resources: async () => refusal('MC010', 'the peers serve no resources'),
    authFailure: async () => {}, // the peers take no OAuth
    roleCheck: async () => ({ role: peer, warnings: [] }),
    ping: async () => {
      const started = performance.now();
      await sql`select 1`;
      return performance.now() - started;
    },
    end: () => sql.end({ timeout: 5 }),
  };
}

/** The peer's Db. env: DATABASE_URL (the table owner), DB_POOL_MAX, BENCH_ORG (bare, logged, governed), BENCH_MEMORY_ANSWERS (memory). */
export function createPeer(peer: PeerName, env: Record<string, string | undefined>, poolMax: number): Db {
  if (peer === 'memory') return memory(env.BENCH_MEMORY_ANSWERS);
  if (['bare', 'logged', 'governed'].includes(peer) && !env.BENCH_ORG) throw new Error(`the ${peer} peer needs BENCH_ORG (the org id)`);
  return database(peer, env.DATABASE_URL!, poolMax, env.BENCH_ORG);
}
