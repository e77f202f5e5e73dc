// OAuth 2.1 resource server (issue 13): pgmcp accepts JWT access tokens from one configured
// authorization server (Supabase Auth or any OpenID provider) beside its own p88_ tokens.
// Web-standard only (fetch, URL, WebCrypto through jose), so Node and the Deno Edge Function share it.
// The shim verifies the token here (signature from the issuer's JWKS, iss, aud, exp/nbf, algorithm);
// SQL receives only the verified claims. Nothing here logs or returns the raw token.
import { createRemoteJWKSet, decodeJwt, decodeProtectedHeader, errors, jwtVerify, type JWTPayload } from 'jose';
import { z } from 'zod';

/** mcp:read for read tools and resources, mcp:write for write tools */
export const SCOPES = ['mcp:read', 'mcp:write'] as const;
/** from the issuer's JWKS; HS256 only with OAUTH_JWT_SECRET */
export const ASYMMETRIC_ALGORITHMS = ['RS256', 'PS256', 'ES256', 'EdDSA', 'Ed25519'];
const CLOCK_TOLERANCE_SECONDS = 30;
const WELL_KNOWN_RESOURCE = '/.well-known/oauth-protected-resource';

export type OAuthConfig = {
  /** the authorization server's issuer identifier, exactly as tokens carry it in `iss` */
  issuer: string;
  /** the resource identifier (RFC 8707/9728): PUBLIC_URL, the canonical URL of the MCP endpoint */
  resource: string;
  /** the `aud` a token must carry: OAUTH_AUDIENCE, or the resource (Supabase Auth: `authenticated`) */
  audience: string;
  /** HS256 shared secret (older Supabase projects); unset = asymmetric keys from the JWKS only */
  jwtSecret?: string;
  /** where clients fetch the protected resource metadata: the path-aware URL of RFC 9728 */
  resourceMetadataUrl: string;
};

const isLoopback = (host: string) => ['127.0.0.1', 'localhost', '[::1]'].includes(host);
const parseUrl = (s: string) => { try { return new URL(s); } catch { return undefined; } };

/** An absolute https URL (http only on loopback), without query or fragment. */
const endpointUrl = (what: string) => z.string().trim().superRefine((s, ctx) => {
  const u = parseUrl(s);
  const problem = !u ? `${what} must be an absolute URL, got "${s}"`
    : u.protocol !== 'https:' && !(u.protocol === 'http:' && isLoopback(u.hostname)) ? `${what} must use https (http only on 127.0.0.1/localhost)`
    : u.search || u.hash || s.includes('#') ? `${what} must not have a query or fragment`
    : undefined;
  if (problem) ctx.addIssue({ code: 'custom', message: problem });
});

const schema = z.object({
  OAUTH_ISSUER: endpointUrl('the issuer URL, e.g. https://<project-ref>.supabase.co/auth/v1,').optional(),
  PUBLIC_URL: endpointUrl('the public URL of the MCP endpoint, e.g. https://mcp.example.com/mcp,').optional(),
  OAUTH_AUDIENCE: z.string().trim().min(1, 'must not be empty (unset: the PUBLIC_URL)').optional(),
  OAUTH_JWT_SECRET: z.string().min(32, 'must be at least 32 characters (the project\'s JWT secret)').optional(),
}).superRefine((v, ctx) => {
  if (!v.OAUTH_ISSUER) {
    for (const k of ['OAUTH_AUDIENCE', 'OAUTH_JWT_SECRET'] as const) {
      if (v[k] !== undefined) ctx.addIssue({ code: 'custom', path: [k], message: 'has no effect without OAUTH_ISSUER' });
    }
  } else if (!v.PUBLIC_URL) {
    ctx.addIssue({ code: 'custom', path: ['PUBLIC_URL'], message: 'is required with OAUTH_ISSUER: the canonical URL clients use, e.g. https://mcp.example.com/mcp' });
  }
});

/** The OAuth settings, or undefined when OAUTH_ISSUER is unset (p88_ tokens only, as before). */
export function parseOAuthConfig(env: Record<string, string | undefined>): OAuthConfig | undefined {
  const pick = (k: string) => (env[k] === undefined || env[k] === '' ? undefined : env[k]);
  const parsed = schema.safeParse({
    OAUTH_ISSUER: pick('OAUTH_ISSUER'), PUBLIC_URL: pick('PUBLIC_URL'),
    OAUTH_AUDIENCE: pick('OAUTH_AUDIENCE'), OAUTH_JWT_SECRET: pick('OAUTH_JWT_SECRET'),
  });
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new Error(`configuration: ${problems}`);
  }
  const { OAUTH_ISSUER: issuer, PUBLIC_URL, OAUTH_AUDIENCE, OAUTH_JWT_SECRET } = parsed.data;
  if (!issuer || !PUBLIC_URL) return undefined;
  const resource = new URL(PUBLIC_URL).href;
  return {
    issuer,
    resource,
    audience: OAUTH_AUDIENCE ?? resource,
    ...(OAUTH_JWT_SECRET !== undefined && { jwtSecret: OAUTH_JWT_SECRET }),
    resourceMetadataUrl: protectedResourceMetadataUrls(resource).pathAware,
  };
}

// ------------------------------------------------------------------------------------- tokens

/** Three base64url segments whose first decodes to a JOSE header with an `alg` (p88_ tokens never do). */
export function looksLikeJwt(token: string): boolean {
  if (!/^[\w-]+\.[\w-]+\.[\w-]*$/.test(token)) return false;
  try {
    return typeof decodeProtectedHeader(token).alg === 'string';
  } catch {
    return false;
  }
}

export type VerifiedClaims = JWTPayload & { iss: string; sub: string; aud: string[]; exp: number; scopes: string[] };
export type VerifyFailure = {
  ok: false;
  reason: 'malformed' | 'unsupported_algorithm' | 'wrong_issuer' | 'unknown_key' | 'bad_signature'
    | 'expired' | 'not_yet_valid' | 'wrong_audience' | 'unavailable';
  /** safe for logs and error_description: never the token or its contents */
  message: string;
  /** unavailable only, for the server log: why discovery or the JWKS fetch failed */
  detail?: string;
};
export type VerifyResult = { ok: true; claims: VerifiedClaims } | VerifyFailure;

/** `scope` (space-separated, RFC 9068) or `scp` (a list, as some providers send). */
function scopesOf(p: JWTPayload): string[] {
  const raw = typeof p.scope === 'string' ? p.scope : p.scp;
  const list = typeof raw === 'string' ? raw.split(' ') : Array.isArray(raw) ? raw.filter((s) => typeof s === 'string') : [];
  return [...new Set(list.filter(Boolean))];
}

const fail = (reason: VerifyFailure['reason'], message: string): VerifyFailure => ({ ok: false, reason, message });
const malformed = () => fail('malformed', 'the token is not a valid JWT');

/** jose's error → why, in words a client may see */
function failure(e: unknown, cfg: OAuthConfig): VerifyFailure {
  if (e instanceof errors.JWTExpired) return fail('expired', 'the token has expired');
  if (e instanceof errors.JWTClaimValidationFailed) {
    if (e.claim === 'iss') return fail('wrong_issuer', `the token was not issued by ${cfg.issuer}`);
    if (e.claim === 'aud') return fail('wrong_audience', `the token is not for this resource (audience ${cfg.audience})`);
    if (e.claim === 'nbf') return fail('not_yet_valid', 'the token is not valid yet');
    return fail('malformed', `the token's ${e.claim} claim is missing or invalid`);
  }
  if (e instanceof errors.JWSSignatureVerificationFailed) return fail('bad_signature', 'the token signature does not verify');
  if (e instanceof errors.JWKSNoMatchingKey || e instanceof errors.JWKSMultipleMatchingKeys) {
    return fail('unknown_key', `no key of ${cfg.issuer} matches the token's key id`);
  }
  if (e instanceof errors.JOSEAlgNotAllowed || e instanceof errors.JOSENotSupported) {
    return fail('unsupported_algorithm', 'the token\'s signing algorithm is not accepted');
  }
  if (e instanceof errors.JWSInvalid || e instanceof errors.JWTInvalid) return malformed();
  return { ...fail('unavailable', `the keys of ${cfg.issuer} could not be fetched`), detail: e instanceof Error ? e.message : String(e) };
}

export type VerifierOptions = {
  fetch?: typeof fetch;
  /** jose's minimum time between JWKS refetches for an unknown kid (default 30 s) */
  jwksCooldownMs?: number;
};

/**
 * One per process: discovers the authorization server on first use and keeps its metadata and
 * JWKS (jose refetches the JWKS when a token names an unknown kid, so key rotation just works).
 */
export function createVerifier(cfg: OAuthConfig, opts: VerifierOptions = {}) {
  const secret = cfg.jwtSecret === undefined ? undefined : new TextEncoder().encode(cfg.jwtSecret);
  const algorithms = secret ? [...ASYMMETRIC_ALGORITHMS, 'HS256'] : ASYMMETRIC_ALGORITHMS;
  let discovered: Promise<{ metadata: AuthorizationServerMetadata; jwks: ReturnType<typeof createRemoteJWKSet> }> | undefined;

  /** cached; a failure is not, so the next call tries again */
  const discover = () => (discovered ??= discoverAuthorizationServer(cfg.issuer, opts.fetch).then((metadata) => ({
    metadata,
    jwks: createRemoteJWKSet(new URL(metadata.jwks_uri), {
      ...(opts.jwksCooldownMs !== undefined && { cooldownDuration: opts.jwksCooldownMs }),
    }),
  })).catch((e) => { discovered = undefined; throw e; }));

  async function verifyAccessToken(token: string): Promise<VerifyResult> {
    let alg: unknown;
    try {
      alg = decodeProtectedHeader(token).alg;
      // another issuer's token is refused before any fetch (the signature is checked below regardless)
      if (decodeJwt(token).iss !== cfg.issuer) return fail('wrong_issuer', `the token was not issued by ${cfg.issuer}`);
    } catch {
      return malformed();
    }
    if (typeof alg !== 'string' || !algorithms.includes(alg)) return fail('unsupported_algorithm', 'the token\'s signing algorithm is not accepted');
    try {
      const key = alg === 'HS256' && secret ? secret : (await discover()).jwks;
      const { payload } = await jwtVerify(token, key, {
        issuer: cfg.issuer,
        audience: cfg.audience,
        algorithms,
        clockTolerance: CLOCK_TOLERANCE_SECONDS,
        requiredClaims: ['sub', 'exp'],
      });
      if (typeof payload.sub !== 'string' || payload.sub === '') return fail('malformed', 'the token has no sub claim');
      const aud = typeof payload.aud === 'string' ? [payload.aud] : payload.aud ?? [];
      return { ok: true, claims: { ...payload, iss: cfg.issuer, sub: payload.sub, aud, exp: payload.exp!, scopes: scopesOf(payload) } };
    } catch (e) {
      return failure(e, cfg);
    }
  }

  return { verifyAccessToken, metadata: async () => (await discover()).metadata };
}

// ---------------------------------------------------------------------------------- discovery

export type AuthorizationServerMetadata = { issuer: string; jwks_uri: string; [k: string]: unknown };

/**
 * RFC 8414 (path-aware: https://a.example/auth/v1 → https://a.example/.well-known/oauth-authorization-server/auth/v1),
 * then OpenID Connect Discovery (…/auth/v1/.well-known/openid-configuration). The document must name
 * the configured issuer exactly and a jwks_uri.
 */
export async function discoverAuthorizationServer(issuer: string, fetchFn: typeof fetch = fetch): Promise<AuthorizationServerMetadata> {
  const u = new URL(issuer);
  const path = u.pathname.replace(/\/$/, '');
  const urls = [`${u.origin}/.well-known/oauth-authorization-server${path}`, `${u.origin}${path}/.well-known/openid-configuration`];
  const tried: string[] = [];
  for (const url of urls) {
    let body: unknown;
    try {
      const res = await fetchFn(url, { headers: { accept: 'application/json' }, signal: AbortSignal.timeout(5000) });
      if (!res.ok) { tried.push(`${url}: HTTP ${res.status}`); await res.body?.cancel(); continue; }
      body = await res.json();
    } catch (e) {
      tried.push(`${url}: ${e instanceof Error ? e.message : String(e)}`);
      continue;
    }
    const m = body as Partial<AuthorizationServerMetadata> | null;
    if (m?.issuer !== issuer) throw new Error(`authorization server metadata at ${url} names issuer ${JSON.stringify(m?.issuer)}, not ${issuer} (OAUTH_ISSUER must match exactly)`);
    if (typeof m.jwks_uri !== 'string' || !parseUrl(m.jwks_uri)) throw new Error(`authorization server metadata at ${url} has no valid jwks_uri`);
    return m as AuthorizationServerMetadata;
  }
  throw new Error(`no authorization server metadata for ${issuer}: ${tried.join('; ')}`);
}

// ------------------------------------------------------------------------ metadata and headers

/** RFC 9728: root https://x.example/.well-known/oauth-protected-resource; pathAware …/oauth-protected-resource/mcp */
export function protectedResourceMetadataUrls(resource: string) {
  const u = new URL(resource);
  const path = u.pathname.replace(/\/$/, '');
  return { root: `${u.origin}${WELL_KNOWN_RESOURCE}`, pathAware: `${u.origin}${WELL_KNOWN_RESOURCE}${path}` };
}

/** The protected resource metadata document (RFC 9728 §2) served at both URLs above. */
export function protectedResourceMetadata(cfg: OAuthConfig, resourceName?: string) {
  return {
    resource: cfg.resource,
    authorization_servers: [cfg.issuer],
    scopes_supported: [...SCOPES],
    bearer_methods_supported: ['header'],
    ...(resourceName !== undefined && { resource_name: resourceName }),
  };
}

/** RFC 6750 §3 quoted-string content: printable ASCII without `"` and `\`. */
const quoted = (s: string) => `"${s.replace(/[^\x20-\x7e]|["\\]/g, "'")}"`;

/** 401: `Bearer resource_metadata="…", scope="mcp:read"`, plus invalid_token when a token was presented. */
export function unauthorizedChallenge(resourceMetadataUrl: string, invalidToken?: { message: string }): string {
  const params = [`resource_metadata=${quoted(resourceMetadataUrl)}`, `scope=${quoted('mcp:read')}`];
  if (invalidToken) params.push(`error="invalid_token"`, `error_description=${quoted(invalidToken.message)}`);
  return `Bearer ${params.join(', ')}`;
}

/** 403 step-up: the scopes the call needs (RFC 6750 §3.1, MCP scope challenge). */
export function insufficientScopeChallenge(resourceMetadataUrl: string, scopes: readonly string[]): string {
  return `Bearer error="insufficient_scope", scope=${quoted(scopes.join(' '))}, resource_metadata=${quoted(resourceMetadataUrl)}`;
}
