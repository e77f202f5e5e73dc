// The shim's OAuth resource-server side (shim/src/oauth.ts) against a real authorization server
// (oidc-provider, test/lib/oidc.ts): tokens from the authorization-code flow with PKCE and a
// resource indicator, obtained by the MCP SDK v1 client's own OAuth code (discovery from our
// metadata, dynamic registration, authorize, token), verify with the right subject and scopes;
// tokens for another resource, from another issuer, expired, badly signed, with an unknown key id
// or malformed are refused with the reason; rotated keys verify after a JWKS refetch; discovery by
// RFC 8414 (path-aware) and by the OpenID fallback; HS256 with OAUTH_JWT_SECRET; the RFC 9728
// metadata document and the WWW-Authenticate values, read back by the SDK's parsers.
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, test } from 'node:test';
import {
  auth, discoverAuthorizationServerMetadata, discoverOAuthProtectedResourceMetadata, exchangeAuthorization,
  extractWWWAuthenticateParams, registerClient, startAuthorization,
} from '@modelcontextprotocol/sdk/client/auth.js';
import { decodeProtectedHeader } from 'jose';
import {
  createVerifier, discoverAuthorizationServer, insufficientScopeChallenge, looksLikeJwt, type OAuthConfig,
  parseOAuthConfig, protectedResourceMetadata, protectedResourceMetadataUrls, unauthorizedChallenge,
} from '../shim/src/oauth.ts';
import { type AuthServer, HeadlessOAuthClient, startAuthServer } from './lib/oidc.ts';

const OTHER_RESOURCE = 'https://other.example/mcp';
const REDIRECT = 'http://127.0.0.1:9/callback';
const now = () => Math.floor(Date.now() / 1000);

// a stand-in for the shim's routes: the metadata document at both URLs, and a 401 at /mcp
let cfg: OAuthConfig;
const rs = createServer((req, res) => {
  const { pathname } = new URL(req.url!, 'http://x');
  if (pathname.startsWith('/.well-known/oauth-protected-resource')) {
    return void res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(protectedResourceMetadata(cfg, 'pgmcp test')));
  }
  res.writeHead(401, { 'www-authenticate': unauthorizedChallenge(cfg.resourceMetadataUrl) }).end();
});
let resource: string;
let as: AuthServer;
const servers: AuthServer[] = [];
const start = async (o: Partial<Parameters<typeof startAuthServer>[0]> = {}) => {
  const s = await startAuthServer({ resource: [resource, OTHER_RESOURCE], ...o });
  servers.push(s);
  return s;
};
const configFor = (s: AuthServer, env: Record<string, string> = {}) =>
  parseOAuthConfig({ OAUTH_ISSUER: s.issuer, PUBLIC_URL: resource, ...env })!;

before(async () => {
  await new Promise<void>((resolve) => rs.listen(0, '127.0.0.1', resolve));
  resource = `http://127.0.0.1:${(rs.address() as AddressInfo).port}/mcp`;
  as = await start();
  cfg = configFor(as);
});
after(async () => {
  await Promise.all(servers.map((s) => s.close()));
  rs.closeAllConnections();
  rs.close();
});

/** The code flow with the SDK's building blocks, for a resource and scope of our choosing. */
async function codeFlow(s: AuthServer, o: { resource?: string; scope?: string; login?: string } = {}) {
  const metadata = await discoverAuthorizationServerMetadata(s.issuer);
  assert.ok(metadata, 'authorization server metadata');
  const clientInformation = await registerClient(s.issuer, {
    metadata, clientMetadata: { redirect_uris: [REDIRECT], token_endpoint_auth_method: 'none', client_name: 'flow' },
  });
  const target = o.resource ?? resource;
  const { authorizationUrl, codeVerifier } = await startAuthorization(s.issuer, {
    metadata, clientInformation, redirectUrl: REDIRECT, scope: o.scope ?? 'mcp:read mcp:write', state: 'st', resource: target,
  });
  const back = await s.browse(authorizationUrl, { ...(o.login && { login: o.login }) });
  const code = back.searchParams.get('code');
  assert.ok(code, `a code in ${back.href}`);
  const tokens = await exchangeAuthorization(s.issuer, {
    metadata, clientInformation, authorizationCode: code, codeVerifier, redirectUri: REDIRECT, resource: target,
  });
  return tokens.access_token;
}

describe('the authorization-code flow of the MCP SDK v1 client, headless', () => {
  test('discovery from our metadata, registration, PKCE and resource: the token verifies as the user who logged in', async () => {
    const user = as.users[1]!;
    const client = new HeadlessOAuthClient(as, { login: user.sub }, REDIRECT);
    assert.equal(await auth(client, { serverUrl: resource }), 'REDIRECT');
    const asked = client.authorizationUrl!.searchParams;
    assert.equal(asked.get('resource'), cfg.resource, 'the SDK sends the resource of our metadata');
    assert.equal(asked.get('code_challenge_method'), 'S256');
    assert.equal(asked.get('scope'), 'mcp:read mcp:write', 'no challenge: the scopes_supported of our metadata');
    assert.ok(client.clientInformation()?.client_id, 'dynamically registered');
    assert.ok(client.authorizationCode, 'the headless login came back with a code');

    assert.equal(await auth(client, { serverUrl: resource, authorizationCode: client.authorizationCode }), 'AUTHORIZED');
    const tokens = client.tokens()!;
    assert.equal(typeof tokens.refresh_token, 'string', 'refresh tokens are issued');
    assert.ok(looksLikeJwt(tokens.access_token));
    assert.equal(decodeProtectedHeader(tokens.access_token).typ, 'at+jwt');

    const r = await createVerifier(cfg).verifyAccessToken(tokens.access_token);
    assert.ok(r.ok, JSON.stringify(r));
    assert.equal(r.claims.sub, user.sub);
    assert.equal(r.claims.email, user.email);
    assert.equal(r.claims.iss, as.issuer);
    assert.deepEqual(r.claims.aud, [resource]);
    assert.deepEqual([...r.claims.scopes].sort(), ['mcp:read', 'mcp:write']);
    assert.ok(r.claims.exp > now());
  });

  test('the SDK follows our 401 challenge: resource_metadata and scope="mcp:read" → a read-only token', async () => {
    const res = await fetch(resource, { method: 'POST' });
    assert.equal(res.status, 401);
    const { resourceMetadataUrl, scope, error } = extractWWWAuthenticateParams(res);
    assert.equal(resourceMetadataUrl?.href, `${new URL(resource).origin}/.well-known/oauth-protected-resource/mcp`);
    assert.equal(scope, 'mcp:read');
    assert.equal(error, undefined, 'no token presented, no error');

    const client = new HeadlessOAuthClient(as, {}, REDIRECT);
    assert.equal(await auth(client, { serverUrl: resource, resourceMetadataUrl, scope }), 'REDIRECT');
    assert.equal(await auth(client, { serverUrl: resource, resourceMetadataUrl, scope, authorizationCode: client.authorizationCode! }), 'AUTHORIZED');
    const r = await createVerifier(cfg).verifyAccessToken(client.tokens()!.access_token);
    assert.ok(r.ok, JSON.stringify(r));
    assert.deepEqual(r.claims.scopes, ['mcp:read']);
    assert.equal(r.claims.sub, as.users[0]!.sub, 'no login chosen: the first test user');
  });

  test('a user who grants less than asked: the token carries only what was granted', async () => {
    const client = new HeadlessOAuthClient(as, { scopes: ['mcp:read'] }, REDIRECT);
    await auth(client, { serverUrl: resource });
    assert.equal(client.authorizationUrl!.searchParams.get('scope'), 'mcp:read mcp:write');
    await auth(client, { serverUrl: resource, authorizationCode: client.authorizationCode! });
    const r = await createVerifier(cfg).verifyAccessToken(client.tokens()!.access_token);
    assert.ok(r.ok, JSON.stringify(r));
    assert.deepEqual(r.claims.scopes, ['mcp:read']);
  });

  test('the authorization server requires PKCE and refuses a denied consent', async () => {
    const metadata = (await discoverAuthorizationServerMetadata(as.issuer))!;
    const { client_id } = await registerClient(as.issuer, { metadata, clientMetadata: { redirect_uris: [REDIRECT], token_endpoint_auth_method: 'none' } });
    const plain = new URL(metadata.authorization_endpoint);
    for (const [k, v] of Object.entries({ client_id, response_type: 'code', redirect_uri: REDIRECT, scope: 'mcp:read', resource, state: 's' })) plain.searchParams.set(k, v);
    const noPkce = await as.browse(plain);
    assert.equal(noPkce.searchParams.get('error'), 'invalid_request');
    assert.match(noPkce.searchParams.get('error_description') ?? '', /requires PKCE/);

    const client = new HeadlessOAuthClient(as, { deny: true }, REDIRECT);
    await assert.rejects(auth(client, { serverUrl: resource }), /access_denied/);
  });
});

describe('refused tokens, with the reason', () => {
  test('a token the same server issued for another resource (RFC 8707): wrong_audience', async () => {
    const token = await codeFlow(as, { resource: OTHER_RESOURCE });
    const r = await createVerifier(cfg).verifyAccessToken(token);
    assert.deepEqual(r.ok ? r : { reason: r.reason }, { reason: 'wrong_audience' });
    const forOther = await createVerifier({ ...cfg, audience: OTHER_RESOURCE }).verifyAccessToken(token);
    assert.ok(forOther.ok, `the same token verifies for the resource it was issued for: ${JSON.stringify(forOther)}`);
  });

  test('a token from another authorization server: wrong_issuer (and one naming another iss, signed with the right key)', async () => {
    const other = await start();
    const token = await codeFlow(other);
    assert.ok((await createVerifier(configFor(other)).verifyAccessToken(token)).ok, 'valid at its own issuer');
    const r = await createVerifier(cfg).verifyAccessToken(token);
    assert.equal(r.ok || r.reason, 'wrong_issuer');
    const forged = await as.mint({ iss: other.issuer });
    const f = await createVerifier(cfg).verifyAccessToken(forged);
    assert.equal(f.ok || f.reason, 'wrong_issuer');
  });

  test('expired, not yet valid, within the 30 s leeway', async () => {
    const v = createVerifier(cfg);
    const expired = await v.verifyAccessToken(await as.mint({ iat: now() - 7200, exp: now() - 3600 }));
    assert.deepEqual(expired.ok ? expired : [expired.reason, expired.message], ['expired', 'the token has expired']);
    const early = await v.verifyAccessToken(await as.mint({ nbf: now() + 3600 }));
    assert.equal(early.ok || early.reason, 'not_yet_valid');
    const justNow = await v.verifyAccessToken(await as.mint({ exp: now() - 5 }));
    assert.ok(justNow.ok, `5 s past exp is within the leeway: ${JSON.stringify(justNow)}`);
    const fresh = await v.verifyAccessToken(await as.mint());
    assert.ok(fresh.ok, 'the control: the same mint, unexpired, verifies');
  });

  test('bad signature: a stranger\'s key under the server\'s kid, and a real token with its payload changed', async () => {
    const v = createVerifier(cfg);
    const r = await v.verifyAccessToken(await as.mint({}, { key: 'stranger', kid: as.kid }));
    assert.equal(r.ok || r.reason, 'bad_signature');
    const real = await codeFlow(as, { scope: 'mcp:read' });
    assert.ok((await v.verifyAccessToken(real)).ok);
    const [h, p, s] = real.split('.');
    const payload = JSON.parse(Buffer.from(p!, 'base64url').toString());
    const widened = Buffer.from(JSON.stringify({ ...payload, scope: 'mcp:read mcp:write' })).toString('base64url');
    const t = await v.verifyAccessToken(`${h}.${widened}.${s}`);
    assert.equal(t.ok || t.reason, 'bad_signature');
  });

  test('unknown key id: unknown_key, even after the refetch', async () => {
    const v = createVerifier(cfg, { jwksCooldownMs: 0 });
    const r = await v.verifyAccessToken(await as.mint({}, { key: 'stranger' }));
    assert.deepEqual(r.ok ? r : r.reason, 'unknown_key');
  });

  test('malformed, unsupported algorithms, missing claims', async () => {
    const v = createVerifier(cfg);
    const b64 = (o: unknown) => Buffer.from(JSON.stringify(o)).toString('base64url');
    const p88 = 'p88_' + 'a'.repeat(38);
    for (const token of ['', 'abc', 'a.b.c', p88, `${b64({ alg: 'ES256' })}.notjson.sig`]) {
      const r = await v.verifyAccessToken(token);
      assert.equal(r.ok || r.reason, 'malformed', JSON.stringify(token));
    }
    const none = `${b64({ alg: 'none' })}.${b64({ iss: as.issuer, sub: 'x', aud: resource, exp: now() + 60 })}.`;
    const n = await v.verifyAccessToken(none);
    assert.equal(n.ok || n.reason, 'unsupported_algorithm');
    const hs = await v.verifyAccessToken(await as.mint({}, { secret: 'x'.repeat(40) }));
    assert.equal(hs.ok || hs.reason, 'unsupported_algorithm', 'HS256 without OAUTH_JWT_SECRET');
    const noSub = await v.verifyAccessToken(await as.mint({ sub: undefined }));
    assert.equal(noSub.ok || noSub.reason, 'malformed');
    const noExp = await v.verifyAccessToken(await as.mint({ exp: undefined }));
    assert.equal(noExp.ok || noExp.reason, 'malformed');
    assert.ok((await v.verifyAccessToken(await as.mint())).ok, 'the control');
  });

  test('messages never carry the token', async () => {
    const token = await as.mint({ iat: now() - 7200, exp: now() - 3600 });
    const r = await createVerifier(cfg).verifyAccessToken(token);
    assert.ok(!r.ok);
    for (const part of token.split('.')) assert.ok(!JSON.stringify(r).includes(part));
  });
});

test('key rotation: a token signed with the new key verifies after the JWKS refetch; the old key still does', async () => {
  const s = await start();
  const c = configFor(s);
  const v = createVerifier(c, { jwksCooldownMs: 0 });
  const before = await codeFlow(s);
  const oldKid = decodeProtectedHeader(before).kid;
  assert.ok((await v.verifyAccessToken(before)).ok, 'the JWKS is fetched and cached');
  const { kid } = await s.rotateKeys();
  assert.notEqual(kid, oldKid);
  const afterRotation = await codeFlow(s);
  assert.equal(decodeProtectedHeader(afterRotation).kid, kid, 'the server signs with the new key');
  const r = await v.verifyAccessToken(afterRotation);
  assert.ok(r.ok, JSON.stringify(r));
  assert.ok((await v.verifyAccessToken(before)).ok, 'the retiring key is still published');
  const rotatedAway = await createVerifier(c, { jwksCooldownMs: 0 }).verifyAccessToken(await s.mint({}, { key: 'stranger' }));
  assert.equal(rotatedAway.ok || rotatedAway.reason, 'unknown_key');
});

describe('authorization server discovery', () => {
  const recording = () => {
    const urls: string[] = [];
    const f: typeof fetch = (input, init) => { urls.push(String(input)); return fetch(input, init); };
    return { urls, fetch: f };
  };

  test('RFC 8414, path-aware for an issuer with a path (as Supabase Auth\'s /auth/v1); cached', async () => {
    const s = await start({ path: '/auth/v1' });
    assert.equal(s.issuer, `${s.origin}/auth/v1`);
    const rec = recording();
    const m = await discoverAuthorizationServer(s.issuer, rec.fetch);
    assert.equal(m.issuer, s.issuer);
    assert.equal(m.jwks_uri, `${s.issuer}/jwks`);
    assert.deepEqual(rec.urls, [`${s.origin}/.well-known/oauth-authorization-server/auth/v1`]);

    const rec2 = recording();
    const v = createVerifier(configFor(s), { fetch: rec2.fetch });
    const token = await codeFlow(s);
    assert.ok((await v.verifyAccessToken(token)).ok);
    assert.ok((await v.verifyAccessToken(token)).ok);
    assert.equal((await v.metadata()).issuer, s.issuer);
    assert.deepEqual(rec2.urls, [`${s.origin}/.well-known/oauth-authorization-server/auth/v1`], 'discovered once');
  });

  test('OpenID Connect discovery when the server has no RFC 8414 metadata', async () => {
    const s = await start({ path: '/auth/v1', rfc8414: false });
    const rec = recording();
    const v = createVerifier(configFor(s), { fetch: rec.fetch });
    const r = await v.verifyAccessToken(await codeFlow(s));
    assert.ok(r.ok, JSON.stringify(r));
    assert.deepEqual(rec.urls, [
      `${s.origin}/.well-known/oauth-authorization-server/auth/v1`,
      `${s.issuer}/.well-known/openid-configuration`,
    ]);
    const root = await start({ rfc8414: false });
    assert.equal((await discoverAuthorizationServer(root.issuer)).jwks_uri, `${root.issuer}/jwks`);
  });

  test('metadata naming another issuer, or none at all: refused, and verification says unavailable', async () => {
    await assert.rejects(discoverAuthorizationServer(`${as.issuer}/`), /names issuer "http:\/\/127\.0\.0\.1:\d+", not http:\/\/127\.0\.0\.1:\d+\/ \(OAUTH_ISSUER must match exactly\)/);
    await assert.rejects(discoverAuthorizationServer(new URL(resource).origin), /no authorization server metadata for .*HTTP 401/);
    const v = createVerifier({ ...cfg, issuer: `${as.issuer}/` });
    const r = await v.verifyAccessToken(await as.mint({ iss: `${as.issuer}/` }));
    assert.ok(!r.ok && r.reason === 'unavailable', JSON.stringify(r));
    assert.match(r.detail ?? '', /names issuer/);
  });
});

describe('HS256 with OAUTH_JWT_SECRET (older Supabase projects)', () => {
  const secret = 'super-secret-jwt-token-with-at-least-32-characters-long';

  test('a Supabase-style token (aud authenticated, no scope) verifies without any fetch; a wrong secret does not', async () => {
    const c = configFor(as, { OAUTH_JWT_SECRET: secret, OAUTH_AUDIENCE: 'authenticated' });
    assert.equal(c.audience, 'authenticated');
    const noNetwork: typeof fetch = () => Promise.reject(new Error('no fetch expected'));
    const v = createVerifier(c, { fetch: noNetwork });
    const supabase = { aud: 'authenticated', role: 'authenticated', scope: undefined, email: 'ada@example.com' };
    const r = await v.verifyAccessToken(await as.mint(supabase, { secret }));
    assert.ok(r.ok, JSON.stringify(r));
    assert.deepEqual(r.claims.scopes, []);
    assert.equal(r.claims.role, 'authenticated');
    const wrong = await v.verifyAccessToken(await as.mint(supabase, { secret: secret.toUpperCase() }));
    assert.equal(wrong.ok || wrong.reason, 'bad_signature');
    const audience = await v.verifyAccessToken(await as.mint({ ...supabase, aud: resource }, { secret }));
    assert.equal(audience.ok || audience.reason, 'wrong_audience');
  });

  test('with the secret set, the issuer\'s asymmetric tokens still verify from its JWKS', async () => {
    const v = createVerifier(configFor(as, { OAUTH_JWT_SECRET: secret }));
    const r = await v.verifyAccessToken(await codeFlow(as));
    assert.ok(r.ok, JSON.stringify(r));
    const scp = await v.verifyAccessToken(await as.mint({ scope: undefined, scp: ['mcp:write'] }));
    assert.ok(scp.ok && scp.claims.scopes.join() === 'mcp:write', 'scp as a list, as some providers send');
  });
});

describe('JWT or p88_ token', () => {
  test('looksLikeJwt', async () => {
    assert.equal(looksLikeJwt(await as.mint()), true);
    assert.equal(looksLikeJwt(await as.mint({}, { secret: 'x'.repeat(32) })), true);
    assert.equal(looksLikeJwt('p88_' + 'A1b2C3d4E5'.repeat(3) + 'xY9zQ8w7'), false);
    assert.equal(looksLikeJwt('p88_abc.def.ghi'), false);
    assert.equal(looksLikeJwt('eyJmb28iOiJiYXIifQ.eyJzdWIiOiJ4In0.c2ln'), false, 'a header without alg');
    assert.equal(looksLikeJwt('a.b'), false);
    assert.equal(looksLikeJwt(''), false);
  });
});

describe('RFC 9728 metadata and WWW-Authenticate', () => {
  test('the document, read by the SDK from the path-aware URL', async () => {
    assert.deepEqual(protectedResourceMetadata(cfg), {
      resource,
      authorization_servers: [as.issuer],
      scopes_supported: ['mcp:read', 'mcp:write'],
      bearer_methods_supported: ['header'],
    });
    assert.equal(protectedResourceMetadata(cfg, 'pgmcp').resource_name, 'pgmcp');
    const m = await discoverOAuthProtectedResourceMetadata(resource);
    assert.equal(m.resource, resource);
    assert.deepEqual(m.authorization_servers, [as.issuer]);
  });

  test('the URLs derived from PUBLIC_URL', () => {
    assert.deepEqual(protectedResourceMetadataUrls('https://x.example/mcp'), {
      root: 'https://x.example/.well-known/oauth-protected-resource',
      pathAware: 'https://x.example/.well-known/oauth-protected-resource/mcp',
    });
    assert.deepEqual(protectedResourceMetadataUrls('https://ref.supabase.co/functions/v1/mcp/'), {
      root: 'https://ref.supabase.co/.well-known/oauth-protected-resource',
      pathAware: 'https://ref.supabase.co/.well-known/oauth-protected-resource/functions/v1/mcp',
    });
    assert.deepEqual(protectedResourceMetadataUrls('https://x.example'), {
      root: 'https://x.example/.well-known/oauth-protected-resource',
      pathAware: 'https://x.example/.well-known/oauth-protected-resource',
    });
  });

  test('the header values, exactly, and as the SDK reads them', () => {
    const meta = 'https://x.example/.well-known/oauth-protected-resource/mcp';
    assert.equal(unauthorizedChallenge(meta), `Bearer resource_metadata="${meta}", scope="mcp:read"`);
    const invalid = unauthorizedChallenge(meta, { message: 'the token has "expired"\\\n' });
    assert.equal(invalid, `Bearer resource_metadata="${meta}", scope="mcp:read", error="invalid_token", error_description="the token has 'expired'''"`);
    const denied = insufficientScopeChallenge(meta, ['mcp:read', 'mcp:write']);
    assert.equal(denied, `Bearer error="insufficient_scope", scope="mcp:read mcp:write", resource_metadata="${meta}"`);
    const read = (h: string) => extractWWWAuthenticateParams(new Response(null, { status: 401, headers: { 'www-authenticate': h } }));
    assert.deepEqual(read(invalid), { resourceMetadataUrl: new URL(meta), scope: 'mcp:read', error: 'invalid_token' });
    assert.deepEqual(read(denied), { resourceMetadataUrl: new URL(meta), scope: 'mcp:read mcp:write', error: 'insufficient_scope' });
  });
});
