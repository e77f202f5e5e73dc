// The web-standard surface as deployments see it: the paths Supabase routes to a function, and
// CORS for browser-based MCP clients (off unless ALLOWED_ORIGINS names origins; then the preflight
// is answered and answers carry the headers a browser needs to read them).
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { connect, env } from './lib/env.ts';
import { rpc, type Shim, startShim, target } from './lib/shim.ts';

const owner = connect(env('PGMCP_TEST_DB_URL'));
let withCors: Shim;
let without: Shim;
let token: string;
const origin = 'https://app.example';

before(async () => {
  const [org] = await owner`select app.generate_demo_org('E2E cors org', activities => 10) as id`;
  [{ raw_token: token }] = (await owner`select raw_token from public.mcp_token_issue(${org!.id}::uuid, 'e2e cors')`) as any;
  [withCors, without] = await Promise.all([
    startShim({ DATABASE_URL: env('PGMCP_TEST_GATEWAY_URL'), ALLOWED_ORIGINS: 'app.example' }),
    startShim({ DATABASE_URL: env('PGMCP_TEST_GATEWAY_URL') }),
  ]);
});

after(async () => {
  await Promise.all([withCors?.stop(), without?.stop()]);
  await owner.end();
});

const preflight = (url: string, from: string) => fetch(url, {
  method: 'OPTIONS',
  headers: { origin: from, 'access-control-request-method': 'POST', 'access-control-request-headers': 'authorization, content-type, mcp-protocol-version' },
});

test('preflight from an allowed origin: 204 with the methods and headers an MCP client sends', async () => {
  const r = await preflight(withCors.url, origin);
  assert.equal(r.status, 204);
  assert.equal(r.headers.get('access-control-allow-origin'), origin);
  assert.equal(r.headers.get('access-control-allow-methods'), 'POST');
  const allowed = (r.headers.get('access-control-allow-headers') ?? '').toLowerCase().split(/,\s*/);
  for (const h of ['authorization', 'content-type', 'accept', 'mcp-protocol-version', 'mcp-session-id', 'mcp-method', 'mcp-name']) {
    assert.ok(allowed.includes(h), h);
  }
});

test('answers to an allowed origin expose WWW-Authenticate, Retry-After and X-Request-Id', async () => {
  const ok = await rpc(withCors.url, { jsonrpc: '2.0', id: 1, method: 'tools/list' }, token, { origin });
  assert.equal(ok.status, 200);
  assert.equal(ok.headers.get('access-control-allow-origin'), origin);
  assert.equal(ok.headers.get('vary'), 'Origin');
  const exposed = (ok.headers.get('access-control-expose-headers') ?? '').toLowerCase();
  for (const h of ['www-authenticate', 'retry-after', 'x-request-id']) assert.ok(exposed.includes(h), h);
  const denied = await rpc(withCors.url, { jsonrpc: '2.0', id: 1, method: 'tools/list' }, 'p88_nope', { origin });
  assert.equal(denied.status, 401);
  assert.equal(denied.headers.get('access-control-allow-origin'), origin, 'a browser can read the 401 too');
});

test('a foreign origin gets no CORS headers (403); without ALLOWED_ORIGINS, CORS is off', async () => {
  const foreign = await preflight(withCors.url, 'https://evil.example');
  assert.equal(foreign.status, 403);
  assert.equal(foreign.headers.get('access-control-allow-origin'), null);
  const off = await preflight(without.url, 'http://localhost:3000');
  assert.equal(off.status, 405);
  assert.equal(off.headers.get('access-control-allow-origin'), null);
  const plain = await rpc(without.url, { jsonrpc: '2.0', id: 1, method: 'tools/list' }, token, { origin: 'http://localhost:3000' });
  assert.equal(plain.status, 200);
  assert.equal(plain.headers.get('access-control-allow-origin'), null);
});

test('the paths an Edge Function receives: /functions/v1/mcp, /mcp/health, /mcp/.well-known/…', async () => {
  const viaPrefix = await rpc(`${without.base}/functions/v1/mcp`, { jsonrpc: '2.0', id: 1, method: 'tools/list' }, token);
  assert.equal(viaPrefix.status, 200);
  assert.ok(viaPrefix.json.result.tools.length > 0);
  for (const path of ['/mcp/health', '/functions/v1/mcp/health']) {
    const r = await fetch(`${without.base}${path}`);
    assert.equal(r.status, 200, path);
    assert.equal((await r.json()).status, 'healthy');
  }
  const wk = await fetch(`${without.base}/functions/v1/mcp/.well-known/oauth-protected-resource`);
  assert.equal(wk.status, 404);
  assert.equal((await wk.json()).error, 'not_found');
  assert.equal((await fetch(`${without.base}/functions/v1/other`)).status, 404);
});

test('DB_PREPARE=false (for a transaction pooler): list, call and read all work', async () => {
  const unprepared = await startShim({ DATABASE_URL: env('PGMCP_TEST_GATEWAY_URL'), DB_PREPARE: 'false', DB_POOL_MAX: '1' });
  try {
    for (let i = 0; i < 3; i++) { // one connection, the same statements again: a prepared pool would reuse them
      assert.ok((await rpc(unprepared.url, { jsonrpc: '2.0', id: 1, method: 'tools/list' }, token)).json.result.tools.length > 0);
      const call = await rpc(unprepared.url, { jsonrpc: '2.0', id: 2, method: 'tools/call', params: { name: 'whoami', arguments: {} } }, token);
      assert.equal(call.json.result.isError, false);
      const listed = await rpc(unprepared.url, { jsonrpc: '2.0', id: 3, method: 'resources/list' }, token);
      assert.ok(Array.isArray(listed.json.result.resources));
    }
  } finally {
    await unprepared.stop();
  }
});

test('the Edge Function as Supabase runs it (no PORT): the runtime picks the socket, no loopback Host check', {
  skip: target !== 'deno' && 'this is the Deno entry\'s mode: it runs in the Deno pass of make test',
}, async () => {
  // Supabase's runtime tells Deno.serve where to listen; DENO_SERVE_ADDRESS does the same here
  const asOnSupabase = await startShim({ DATABASE_URL: env('PGMCP_TEST_GATEWAY_URL'), PORT: undefined, HOST: undefined,
                                         DENO_SERVE_ADDRESS: 'tcp:127.0.0.1:0' });
  try {
    // fetch will not send another Host; node:http will
    const { request } = await import('node:http');
    const status = (hostHeader: string) => new Promise<number>((resolve, reject) => {
      const u = new URL(asOnSupabase.url);
      request({ host: u.hostname, port: u.port, path: '/functions/v1/mcp/health', headers: { host: hostHeader } }, (res) => {
        res.resume();
        resolve(res.statusCode!);
      }).on('error', reject).end();
    });
    assert.equal(await status('project-ref.supabase.co'), 200, 'HOST defaults to 0.0.0.0, where the Host check is off');
    assert.equal(await status(new URL(asOnSupabase.url).host), 200);
  } finally {
    await asOnSupabase.stop();
  }
});
