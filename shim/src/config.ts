// Configuration, parsed once from the environment, with defaults that make `make start` work.
import { z } from 'zod';
import { type OAuthConfig, parseOAuthConfig } from './oauth.ts';

const list = z.string().default('').transform((s) => s.split(',').map((x) => x.trim()).filter(Boolean));

const schema = z.object({
  DATABASE_URL: z.string().min(1, 'DATABASE_URL is required: the connection string of the shim\'s login role'),
  HOST: z.string().default('127.0.0.1'),
  PORT: z.coerce.number().int().min(0).max(65535).default(8788),
  LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error']).default('info'),
  /** extra Host header values accepted besides the bound address (DNS-rebinding protection) */
  ALLOWED_HOSTS: list,
  /** browser origins accepted besides localhost ones when bound to loopback */
  ALLOWED_ORIGINS: list,
  BODY_LIMIT_BYTES: z.coerce.number().int().positive().default(1_048_576),
  DB_POOL_MAX: z.coerce.number().int().positive().default(10),
  /** false behind a transaction pooler (Supabase's on port 6543), which cannot keep prepared statements */
  DB_PREPARE: z.enum(['true', 'false']).default('true').transform((v) => v === 'true'),
  /** take the client IP from X-Forwarded-For (only behind a proxy you run) */
  TRUST_PROXY: z.enum(['true', 'false']).default('false').transform((v) => v === 'true'),
  /** stdio mode: the token every call uses */
  MCP_TOKEN: z.string().optional(),
});

/** oauth: OAUTH_ISSUER, PUBLIC_URL, OAUTH_AUDIENCE, OAUTH_JWT_SECRET (shim/src/oauth.ts); undefined = p88_ tokens only */
export type Config = z.infer<typeof schema> & { oauth: OAuthConfig | undefined };

/** env: process.env under Node, Deno.env.toObject() under Deno */
export function loadConfig(env: Record<string, string | undefined>): Config {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new Error(`configuration: ${problems}`);
  }
  return { ...parsed.data, oauth: parseOAuthConfig(env) };
}

export const isLoopback = (host: string) => ['127.0.0.1', 'localhost', '::1', '[::1]'].includes(host);
