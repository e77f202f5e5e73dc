// A real OAuth 2.1 / OpenID authorization server for tests: panva's oidc-provider in the test process
// on 127.0.0.1 (random port), issuing RFC 9068 JWT access tokens for pgmcp's resource (RFC 8707
// resource indicators) with the scopes mcp:read and mcp:write, open dynamic client registration,
// PKCE (S256) required, and a headless login: no HTML, the test says who logs in and what they grant.
//
//   const as = await startAuthServer({ resource: 'http://127.0.0.1:<port>/mcp' });
//   const back = await as.browse(authorizationUrl, { login: as.users[0].sub }); // → redirect_uri?code=…
//
// browse() is the user agent (a fresh cookie jar each call: every call is a new browser, so a new
// login). The interaction handler finishes login as, in order: browse's `login` option, the
// request's login_hint, setNextLogin(), users[0]; then consent, granting every requested scope of
// every requested resource (or browse's `scopes`), or refusing with access_denied (`deny`).
// mint() signs tokens locally with the server's own keys (or a stranger's) for negative tests.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { randomUUID } from 'node:crypto';
import { exportJWK, generateKeyPair, type JWK, type JWTPayload, SignJWT } from 'jose';
import Provider, { type Configuration, errors } from 'oidc-provider';
import type { OAuthClientProvider } from '@modelcontextprotocol/sdk/client/auth.js';
import type { OAuthClientInformationMixed, OAuthClientMetadata, OAuthTokens } from '@modelcontextprotocol/sdk/shared/auth.js';

export type TestUser = { sub: string; email: string };
type Alg = 'ES256' | 'RS256';
type SigningKey = { kid: string; alg: Alg; privateKey: CryptoKey; jwk: JWK };

export type AuthServerOptions = {
  /** resource indicators this server issues tokens for (aud = the indicator); the first is pgmcp's */
  resource: string | string[];
  /** issuer path, e.g. '/auth/v1' (as Supabase Auth): discovery at /.well-known/oauth-authorization-server/auth/v1 */
  path?: string;
  /** false: no RFC 8414 metadata (404), only OpenID Connect discovery */
  rfc8414?: boolean;
  /** access token signing algorithm (default ES256) */
  alg?: Alg;
  users?: TestUser[];
};

export type BrowseOptions = {
  /** who logs in (default: login_hint, then setNextLogin(), then users[0]) */
  login?: string;
  /** the scopes the user grants (default: all requested) */
  scopes?: string[];
  /** the user refuses consent: the client gets error=access_denied */
  deny?: boolean;
};

const SCOPE = 'mcp:read mcp:write';
const H_LOGIN = 'x-test-login';
const H_SCOPES = 'x-test-grant-scopes';
const H_DENY = 'x-test-deny';

async function newKey(alg: Alg, kid: string): Promise<SigningKey> {
  const { privateKey } = await generateKeyPair(alg, { extractable: true });
  return { kid, alg, privateKey, jwk: { ...(await exportJWK(privateKey)), kid, alg, use: 'sig' } };
}

export async function startAuthServer(opts: AuthServerOptions) {
  const resources = typeof opts.resource === 'string' ? [opts.resource] : opts.resource;
  const alg = opts.alg ?? 'ES256';
  const path = (opts.path ?? '').replace(/\/$/, '');
  const users = opts.users ?? [
    { sub: randomUUID(), email: 'ada@example.com' },
    { sub: randomUUID(), email: 'grace@example.com' },
  ];
  // an RSA key is always there (ID tokens default to RS256); the access-token key goes first
  let keys: SigningKey[] = [await newKey(alg, `${alg.toLowerCase()}-1`)];
  if (alg !== 'RS256') keys.push(await newKey('RS256', 'rs256-1'));
  const stranger = await newKey(alg, 'stranger');
  let nextLogin: string | undefined;

  const server = createServer((req, res) => void route(req, res));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const issuer = `${origin}${path}`;

  const configuration = (): Configuration => ({
    jwks: { keys: keys.map((k) => k.jwk) },
    cookies: { keys: ['pgmcp-test-cookie-key'] },
    features: {
      devInteractions: { enabled: false },
      registration: { enabled: true }, // open: no initial access token
      resourceIndicators: {
        enabled: true,
        useGrantedResource: () => true,
        getResourceServerInfo: (_ctx, indicator) => {
          if (!resources.includes(indicator)) throw new errors.InvalidTarget(`unknown resource ${indicator}`);
          return { scope: SCOPE, accessTokenFormat: 'jwt', jwt: { sign: { alg } } };
        },
      },
    },
    // the resource's scopes too: the SDK registers (RFC 7591) with scope = our scopes_supported, and
    // oidc-provider refuses registration metadata naming scopes it does not list here
    scopes: ['openid', 'offline_access', 'mcp:read', 'mcp:write'],
    pkce: { required: () => true },
    ttl: { AccessToken: 600, AuthorizationCode: 60, Grant: 3600, Interaction: 600, Session: 3600, RefreshToken: 3600, IdToken: 600 },
    issueRefreshToken: (_ctx, client) => client.grantTypeAllowed('refresh_token'),
    interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
    findAccount: (_ctx, sub) => ({
      accountId: sub,
      claims: () => ({ sub, ...(users.find((u) => u.sub === sub) && { email: users.find((u) => u.sub === sub)!.email }) }),
    }),
    extraTokenClaims: (_ctx, token) => {
      const user = users.find((u) => u.sub === (token as { accountId?: string }).accountId);
      return user ? { email: user.email } : undefined;
    },
  });
  let provider = new Provider(issuer, configuration());
  let handle = provider.callback();

  /** login, then consent, each finished as soon as the provider asks for it */
  async function interaction(req: IncomingMessage, res: ServerResponse) {
    const details = await provider.interactionDetails(req, res);
    const header = (name: string) => (typeof req.headers[name] === 'string' ? req.headers[name] : undefined);
    if (details.prompt.name === 'login') {
      const hint = typeof details.params.login_hint === 'string' ? details.params.login_hint : undefined;
      const accountId = header(H_LOGIN) ?? hint ?? nextLogin ?? users[0]!.sub;
      nextLogin = undefined;
      return provider.interactionFinished(req, res, { login: { accountId } }, { mergeWithLastSubmission: false });
    }
    if (header(H_DENY)) {
      return provider.interactionFinished(req, res, { error: 'access_denied', error_description: 'the test user said no' });
    }
    const only = header(H_SCOPES)?.split(' ');
    const grant = details.grantId
      ? (await provider.Grant.find(details.grantId))!
      : new provider.Grant({ accountId: details.session!.accountId, clientId: details.params.client_id as string });
    const missing = details.prompt.details as { missingOIDCScope?: string[]; missingResourceScopes?: Record<string, string[]> };
    if (missing.missingOIDCScope) grant.addOIDCScope(missing.missingOIDCScope.join(' '));
    for (const [indicator, scopes] of Object.entries(missing.missingResourceScopes ?? {})) {
      grant.addResourceScope(indicator, scopes.filter((s) => !only || only.includes(s)).join(' '));
      if (only) grant.rejectResourceScope(indicator, scopes.filter((s) => !only.includes(s)).join(' ')); // not asked again
    }
    const grantId = await grant.save();
    return provider.interactionFinished(req, res, { consent: { grantId } }, { mergeWithLastSubmission: true });
  }

  async function route(req: IncomingMessage, res: ServerResponse) {
    try {
      const url = new URL(req.url ?? '/', origin);
      if (url.pathname.startsWith('/interaction/')) return await interaction(req, res);
      const rfc8414 = '/.well-known/oauth-authorization-server';
      if (url.pathname.startsWith(rfc8414) && opts.rfc8414 === false) return void res.writeHead(404).end();
      if (path) {
        // mounted at path: the provider sees paths without it (and builds its URLs with it)
        if (url.pathname === `${rfc8414}${path}`) {
          Object.assign(req, { originalUrl: `${path}${rfc8414}`, url: rfc8414 });
        } else if (url.pathname.startsWith(`${path}/`)) {
          Object.assign(req, { originalUrl: req.url, url: req.url!.slice(path.length) });
        } else return void res.writeHead(404).end();
      }
      await handle(req, res);
    } catch (e) {
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain' });
      res.end(`test authorization server: ${e instanceof Error ? e.message : String(e)}`);
    }
  }

  /** The user agent: follows redirects with a cookie jar until they leave the issuer's origin. */
  async function browse(authorizationUrl: string | URL, o: BrowseOptions = {}): Promise<URL> {
    const jar = new Map<string, string>();
    const extra: Record<string, string> = {
      ...(o.login && { [H_LOGIN]: o.login }),
      ...(o.scopes && { [H_SCOPES]: o.scopes.join(' ') }),
      ...(o.deny && { [H_DENY]: '1' }),
    };
    let url = new URL(authorizationUrl);
    for (let hop = 0; hop < 20; hop++) {
      if (url.origin !== origin) return url;
      const cookie = [...jar].map(([k, v]) => `${k}=${v}`).join('; ');
      const res = await fetch(url, { redirect: 'manual', headers: { ...extra, ...(cookie && { cookie }) } });
      for (const line of res.headers.getSetCookie()) {
        const [pair = '', ...attrs] = line.split(';');
        const [name = '', value = ''] = pair.trim().split(/=(.*)/s);
        const gone = value === '' || attrs.some((a) => /^\s*expires=Thu, 01 Jan 1970/i.test(a) || /^\s*max-age=0\b/i.test(a));
        if (gone) jar.delete(name); else jar.set(name, value);
      }
      const location = res.headers.get('location');
      if (res.status < 300 || res.status >= 400 || !location) {
        throw new Error(`authorization stopped at ${url.pathname}: HTTP ${res.status} ${(await res.text()).slice(0, 500)}`);
      }
      await res.body?.cancel();
      url = new URL(location, url);
    }
    throw new Error('authorization: too many redirects');
  }

  /** A JWT signed here: by default a valid access token for resource[0] from this issuer, signed with
   * its current access-token key; `key: 'stranger'` signs with a key it does not publish (kid kept:
   * bad signature; kid 'stranger' by default: unknown key); `secret` signs HS256. */
  async function mint(claims: JWTPayload = {}, o: { key?: 'issuer' | 'stranger'; kid?: string; secret?: string; typ?: string } = {}) {
    const now = Math.floor(Date.now() / 1000);
    const payload = { iss: issuer, sub: users[0]!.sub, aud: resources[0], scope: SCOPE, iat: now, exp: now + 300, jti: randomUUID(), ...claims };
    for (const [k, v] of Object.entries(payload)) if (v === undefined) delete (payload as Record<string, unknown>)[k];
    const jwt = new SignJWT(payload);
    if (o.secret) return jwt.setProtectedHeader({ alg: 'HS256', typ: o.typ ?? 'JWT' }).sign(new TextEncoder().encode(o.secret));
    const key = o.key === 'stranger' ? stranger : keys[0]!;
    const kid = o.kid ?? (o.key === 'stranger' ? stranger.kid : keys[0]!.kid);
    return jwt.setProtectedHeader({ alg: key.alg, kid, typ: o.typ ?? 'at+jwt' }).sign(key.privateKey);
  }

  /** A new access-token signing key in front (the old ones stay published), as a provider rotates. */
  async function rotateKeys() {
    const key = await newKey(alg, `${alg.toLowerCase()}-${keys.filter((k) => k.alg === alg).length + 1}`);
    keys = [key, ...keys];
    provider = new Provider(issuer, configuration()); // the in-memory store is shared: clients, grants survive
    handle = provider.callback();
    return { kid: key.kid };
  }

  return {
    issuer,
    origin,
    jwksUri: `${issuer}/jwks`,
    resources,
    users,
    get provider() { return provider; },
    /** the kid the next access tokens are signed with */
    get kid() { return keys[0]!.kid; },
    setNextLogin: (sub: string) => { nextLogin = sub; },
    browse,
    mint,
    rotateKeys,
    close: () => new Promise<void>((resolve) => { server.closeAllConnections(); server.close(() => resolve()); }),
  };
}

export type AuthServer = Awaited<ReturnType<typeof startAuthServer>>;

/**
 * An MCP SDK v1 OAuthClientProvider that completes the authorization in-process: the SDK calls
 * redirectToAuthorization, which browses headlessly and keeps the code; the caller then hands
 * `authorizationCode` to auth(…, { authorizationCode }) or transport.finishAuth().
 */
export class HeadlessOAuthClient implements OAuthClientProvider {
  authorizationCode: string | undefined;
  /** the whole redirect back (code, state and, RFC 9207, iss): what SDK v2's finishAuth(searchParams) takes */
  callback: URL | undefined;
  /** the last URL the SDK sent the user to (its resource, scope, code_challenge…) */
  authorizationUrl: URL | undefined;
  #client: OAuthClientInformationMixed | undefined;
  #tokens: OAuthTokens | undefined;
  #verifier: string | undefined;
  #state = '';

  constructor(private as: AuthServer, private browseOptions: BrowseOptions = {}, readonly redirectUrl = 'http://127.0.0.1:9/callback') {}

  get clientMetadata(): OAuthClientMetadata {
    return {
      client_name: 'pgmcp test client',
      redirect_uris: [this.redirectUrl],
      grant_types: ['authorization_code', 'refresh_token'],
      response_types: ['code'],
      token_endpoint_auth_method: 'none',
    };
  }
  state() { this.#state = randomUUID(); return this.#state; }
  clientInformation() { return this.#client; }
  saveClientInformation(info: OAuthClientInformationMixed) { this.#client = info; }
  tokens() { return this.#tokens; }
  saveTokens(tokens: OAuthTokens) { this.#tokens = tokens; }
  saveCodeVerifier(v: string) { this.#verifier = v; }
  codeVerifier() {
    if (!this.#verifier) throw new Error('no code verifier saved');
    return this.#verifier;
  }
  async redirectToAuthorization(url: URL) {
    this.authorizationUrl = url;
    const back = await this.as.browse(url, this.browseOptions);
    if (back.searchParams.get('state') !== this.#state) throw new Error(`authorization: state mismatch in ${back.search}`);
    const error = back.searchParams.get('error');
    if (error) throw new Error(`authorization refused: ${error} ${back.searchParams.get('error_description') ?? ''}`);
    this.callback = back;
    this.authorizationCode = back.searchParams.get('code') ?? undefined;
  }
}
