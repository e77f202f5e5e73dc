// OAuth end to end: a real authorization server (oidc-provider, test/lib/oidc.ts) and the built
// shim with OAUTH_ISSUER/PUBLIC_URL; SDK v1's own OAuth support runs discovery from the 401,
// registration, code + PKCE with the resource parameter and the token, then lists and calls tools.
import assert from 'node:assert/strict';
import { createServer } from 'node:net';
import { after, before, test } from 'node:test';
import { Client as ClientV2, StreamableHTTPClientTransport as HttpV2, UnauthorizedError as UnauthorizedV2 } from '@modelcontextprotocol/client';
import { Client as ClientV1 } from '@modelcontextprotocol/sdk/client/index.js';
import { discoverAuthorizationServerMetadata, registerClient, UnauthorizedError } from '@modelcontextprotocol/sdk/client/auth.js';
import { StreamableHTTPClientTransport as HttpV1 } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import { connect, env } from './lib/env.ts';
import { type AuthServer, HeadlessOAuthClient, startAuthServer } from './lib/oidc.ts';
import { rpc, type Shim, startShim } from './lib/shim.ts';

const owner = connect(env('PGMCP_TEST_DB_URL'));
let shim: Shim;
let as: AuthServer;
let other: AuthServer;
let url: string;
let org: string;
let org2: string;
let ada: string; // a member of org (write grants by default there)
let grace: string; // a member of org and org2
let token: string;

const freePort = () => new Promise<number>((resolve) => {
  const s = createServer().listen(0, '127.0.0.1', () => { const p = (s.address() as { port: number }).port; s.close(() => resolve(p)); });
});
const list = { jsonrpc: '2.0', id: 1, method: 'tools/list', params: {} };
const call = (name: string, args: Record<string, unknown> = {}) => ({ jsonrpc: '2.0', id: 2, method: 'tools/call', params: { name, arguments: args } });

before(async () => {
  const port = await freePort();
  url = `http://127.0.0.1:${port}/mcp`;
  as = await startAuthServer({ resource: [url, 'https://elsewhere.example/mcp'] });
  other = await startAuthServer({ resource: url });
  [ada, grace] = as.users.map((u) => u.sub) as [string, string];
  [{ id: org }] = (await owner`insert into app.orgs (name) values ('OAuth org') returning id`) as any;
  [{ id: org2 }] = (await owner`insert into app.orgs (name) values ('OAuth org two') returning id`) as any;
  await owner`insert into app.org_members (org_id, user_id, role) values (${org}, ${ada}, 'member'), (${org}, ${grace}, 'member'), (${org2}, ${grace}, 'member')`;
  await owner`insert into public.mcp_grant_defaults (org_id, scopes) values (${org}, '{mcp:read,mcp:write}')`;
  [{ raw_token: token }] = (await owner`select raw_token from public.mcp_token_issue(${org}::uuid, 'e2e oauth')`) as any;
  shim = await startShim({ DATABASE_URL: env('PGMCP_TEST_GATEWAY_URL'), PORT: String(port), OAUTH_ISSUER: as.issuer, PUBLIC_URL: url });
});

after(async () => {
  await shim?.stop();
  await as?.close();
  await other?.close();
  await owner.end();
});

async function connectV1(provider: HeadlessOAuthClient, at = url) {
  const client = new ClientV1({ name: 'oauth-e2e-v1', version: '1.0.0' });
  let transport = new HttpV1(new URL(at), { authProvider: provider });
  try {
    await client.connect(transport);
  } catch (e) {
    if (!(e instanceof UnauthorizedError)) throw e;
    await transport.finishAuth(provider.authorizationCode!);
    transport = new HttpV1(new URL(at), { authProvider: provider });
    await client.connect(transport);
  }
  return client;
}

test('protected resource metadata at both URLs (and under /mcp for Edge deployments)', async () => {
  const base = url.replace(/\/mcp$/, '');
  for (const path of ['/.well-known/oauth-protected-resource', '/.well-known/oauth-protected-resource/mcp', '/mcp/.well-known/oauth-protected-resource/mcp']) {
    const res = await fetch(base + path);
    assert.equal(res.status, 200, path);
    const doc = await res.json();
    assert.equal(doc.resource, url);
    assert.deepEqual(doc.authorization_servers, [as.issuer]);
    assert.deepEqual(doc.scopes_supported, ['mcp:read', 'mcp:write']);
  }
});

test('a 401 without a token carries the challenge', async () => {
  const r = await rpc(url, list);
  assert.equal(r.status, 401);
  const h = r.headers.get('www-authenticate')!;
  assert.match(h, /^Bearer resource_metadata="http:\/\/127\.0\.0\.1:\d+\/\.well-known\/oauth-protected-resource\/mcp", scope="mcp:read"$/);
});

test('SDK v1: discovery from the 401, registration, code + PKCE with resource, token; lists and calls tools', async () => {
  const provider = new HeadlessOAuthClient(as, { login: ada });
  const client = await connectV1(provider);
  assert.equal(provider.authorizationUrl?.searchParams.get('resource'), url);
  assert.ok(provider.authorizationUrl?.searchParams.get('code_challenge'));
  const { tools } = await client.listTools();
  // the SDK asks for the scope the challenge names (mcp:read): read tools only, whatever the grant allows
  assert.ok(tools.some((t) => t.name === 'whoami'));
  assert.ok(!tools.some((t) => t.name === 'create_calendar_event'), 'mcp:read: no write tools');
  const who = await client.callTool({ name: 'whoami', arguments: {} });
  assert.equal(who.isError, false);
  assert.equal((who.structuredContent as any).org.id, org);
  await client.close();
  const [g] = await owner`select id, subject, scopes from public.mcp_grants where org_id = ${org} and subject = ${ada}`;
  assert.deepEqual(g!.scopes, ['mcp:read', 'mcp:write']);
  const logged = await owner`select principal from mcp.usage_log where token_id = ${g!.id}`;
  assert.deepEqual(logged.map((r) => r.principal), ['grant'], 'the call is logged with the grant as principal');
});

test('SDK v1 step-up: a write with an mcp:read token gets 403 insufficient_scope, the SDK re-authorizes for mcp:write, the write then awaits approval and an admin approves it', async () => {
  // a client that keeps no refresh token: the SDK's upscoping then asks the user again (with one,
  // it refreshes, and an authorization server rightly does not widen a grant on refresh)
  class NoRefresh extends HeadlessOAuthClient {
    override saveTokens(tokens: Parameters<HeadlessOAuthClient['saveTokens']>[0]) {
      super.saveTokens({ ...tokens, refresh_token: undefined });
    }
  }
  const provider = new NoRefresh(as, { login: ada });
  // registered once for every scope it may come to need: registering with only the challenge's
  // mcp:read (what the SDK does by itself) lets the authorization server refuse mcp:write later
  const metadata = await discoverAuthorizationServerMetadata(as.issuer);
  provider.saveClientInformation(await registerClient(as.issuer, {
    metadata, clientMetadata: { ...provider.clientMetadata, scope: 'mcp:read mcp:write' } }));
  const client = await connectV1(provider);
  const args = { title: 'Stepped up', starts_at: '2030-01-01T10:00:00Z', ends_at: '2030-01-01T11:00:00Z' };
  const first = provider.authorizationUrl!;
  // the SDK meets 403 insufficient_scope, asks the user again with the challenge's scopes, and
  // hands the code back to the app (UnauthorizedError); the app finishes and calls again
  await assert.rejects(client.callTool({ name: 'create_calendar_event', arguments: args }), UnauthorizedError);
  assert.notEqual(provider.authorizationUrl, first, 'a second authorization');
  assert.deepEqual(provider.authorizationUrl!.searchParams.get('scope')!.split(' ').sort(), ['mcp:read', 'mcp:write']);
  await (client.transport as HttpV1).finishAuth(provider.authorizationCode!);
  const asked = (await client.callTool({ name: 'create_calendar_event', arguments: args })) as any;
  assert.equal(asked.isError, false, JSON.stringify(asked.content));
  assert.equal(asked.structuredContent.status, 'awaiting_approval', 'a 2025-era client over HTTP cannot be asked: an admin approves');
  await client.close();
  const [approved] = await owner`select * from public.mcp_action_approve(${asked.structuredContent.action_id})`;
  assert.equal(approved!.status, 'approved');
  const [row] = await owner`
    select a.token_id = g.id as by_grant, l.principal from mcp.actions a
    join public.mcp_grants g on g.org_id = a.org_id and g.subject = ${ada}
    join mcp.usage_log l on l.action_id = a.id and l.outcome = 'awaiting_approval'
    where a.id = ${asked.structuredContent.action_id}`;
  assert.deepEqual({ ...row }, { by_grant: true, principal: 'grant' }, 'the action is the grant\'s, the call logged as the grant');
  assert.equal(Number((await owner`select count(*) from app.calendar_events where org_id = ${org} and title = 'Stepped up'`)[0]!.count), 1);
});

test('SDK v2: discovery from the 401, registration, code + PKCE with resource, token; lists and calls tools', async () => {
  const provider = new HeadlessOAuthClient(as, { login: grace });
  const at = `${url}/orgs/${org2}`;
  const client = new ClientV2({ name: 'oauth-e2e-v2', version: '2.0.0' });
  let transport = new HttpV2(new URL(at), { authProvider: provider as any });
  try {
    await client.connect(transport);
  } catch (e) {
    if (!(e instanceof UnauthorizedV2)) throw e;
    await transport.finishAuth(provider.callback!.searchParams);
    transport = new HttpV2(new URL(at), { authProvider: provider as any });
    await client.connect(transport);
  }
  try {
    assert.equal(provider.authorizationUrl?.searchParams.get('resource'), url, 'the resource is the canonical URL');
    assert.equal(provider.authorizationUrl?.searchParams.get('code_challenge_method'), 'S256');
    const { tools } = await client.listTools();
    assert.ok(tools.some((t) => t.name === 'whoami'));
    const who = (await client.callTool({ name: 'whoami', arguments: {} })) as any;
    assert.equal(who.isError, false);
    assert.equal(who.structuredContent.org.id, org2, 'the org the URL names');
  } finally {
    await client.close();
  }
});

test('refused access tokens: wrong audience, wrong issuer, expired, bad signature, unknown kid -> 401 with the challenge', async () => {
  const bad = {
    'wrong audience': await as.mint({ aud: 'https://elsewhere.example/mcp', sub: ada }),
    'wrong issuer': await other.mint({ sub: ada }),
    expired: await as.mint({ sub: ada, iat: Math.floor(Date.now() / 1000) - 7200, exp: Math.floor(Date.now() / 1000) - 3600 }),
    'bad signature': await as.mint({ sub: ada }, { key: 'stranger', kid: as.kid }),
    'unknown kid': await as.mint({ sub: ada }, { key: 'stranger' }),
  };
  const ua = `refused-jwts-${process.pid}-${Date.now()}`;
  for (const [what, jwt] of Object.entries(bad)) {
    const r = await rpc(url, list, jwt, { 'user-agent': ua });
    assert.equal(r.status, 401, what);
    assert.match(r.headers.get('www-authenticate')!, /^Bearer resource_metadata="[^"]+", scope="mcp:read", error="invalid_token"/, what);
  }
  // each one is in the auth-failure log, by why and who sent it, with nothing of the token
  const logged = await owner`select reason, token_prefix, issuer, subject, ip from mcp.auth_failures where user_agent = ${ua} order by at`;
  assert.deepEqual(logged.map((r) => r.reason), ['jwt_refused', 'jwt_refused', 'jwt_expired', 'jwt_refused', 'jwt_refused']);
  assert.ok(logged.every((r) => r.token_prefix === null && r.issuer === null && r.subject === null && r.ip === '127.0.0.1'));
});

test('a non-member -> 403; a member of two orgs picks one by path', async () => {
  const stranger = await as.mint({ sub: crypto.randomUUID() });
  assert.equal((await rpc(url, list, stranger)).status, 403);
  const both = await as.mint({ sub: grace });
  const at = await rpc(url, list, both);
  assert.equal(at.status, 403);
  assert.match(at.json.error.message, new RegExp(`/mcp/orgs/${org2}`), 'told which URLs to use');
  for (const o of [org, org2]) {
    const r = await rpc(`${url}/orgs/${o}`, call('whoami'), both);
    assert.equal(r.status, 200);
    assert.equal(r.json.result.structuredContent.org.id, o);
  }
  assert.equal((await rpc(`${url}/orgs/${org2}`, list, await as.mint({ sub: ada }))).status, 403, 'not a member of org two');
});

test('mcp:read only + a write tool -> 403 insufficient_scope', async () => {
  const r = await rpc(url, call('create_calendar_event', { title: 'x', starts_at: '2030-01-01T10:00:00Z', ends_at: '2030-01-01T11:00:00Z' }),
    await as.mint({ sub: ada, scope: 'mcp:read' }));
  assert.equal(r.status, 403);
  assert.match(r.headers.get('www-authenticate')!, /^Bearer error="insufficient_scope", scope="mcp:read mcp:write", resource_metadata="/);
});

test('an access token naming only other mcp: scopes has no mcp:read: a read tool -> 403 insufficient_scope, saying so', async () => {
  const r = await rpc(url, call('whoami'), await as.mint({ sub: ada, scope: 'mcp:other' }));
  assert.equal(r.status, 403);
  assert.match(r.headers.get('www-authenticate')!, /^Bearer error="insufficient_scope", scope="mcp:read mcp:write"/);
  assert.match(r.json.error.message, /has no scope mcp:read/);
});

test('a revoked grant -> 401 until restored', async () => {
  const jwt = await as.mint({ sub: ada });
  await owner`update public.mcp_grants set revoked_at = now() where org_id = ${org} and subject = ${ada}`;
  const r = await rpc(url, list, jwt);
  assert.equal(r.status, 401);
  assert.match(r.headers.get('www-authenticate')!, /error="invalid_token"/);
  await owner`update public.mcp_grants set revoked_at = null where org_id = ${org} and subject = ${ada}`;
  assert.equal((await rpc(url, list, jwt)).status, 200);
});

test('p88_ tokens still work on the same endpoint; at another org\'s URL they are refused', async () => {
  const r = await rpc(url, call('whoami'), token);
  assert.equal(r.status, 200);
  assert.equal(r.json.result.structuredContent.org.id, org);
  assert.equal((await rpc(`${url}/orgs/${org}`, list, token)).status, 200);
  assert.equal((await rpc(`${url}/orgs/${org2}`, list, token)).status, 403);
  const bad = await rpc(url, list, 'p88_' + 'x'.repeat(38));
  assert.equal(bad.status, 401);
  assert.match(bad.headers.get('www-authenticate')!, /resource_metadata=.*error="invalid_token"/);
});
