// What clients see when things go wrong, over real HTTP, and the log row each call leaves.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { connect, env } from './lib/env.ts';
import { rawHttp, rpc, type Shim, startShim } from './lib/shim.ts';

const owner = connect(env('PGMCP_TEST_DB_URL'));
let shim: Shim;
let orgId: string;

const call = (name: string, args: unknown = {}, id = 1) => ({
  jsonrpc: '2.0', id, method: 'tools/call', params: { name, arguments: args },
});
const list = { jsonrpc: '2.0', id: 1, method: 'tools/list' };
const initialize = {
  jsonrpc: '2.0', id: 0, method: 'initialize',
  params: { protocolVersion: '2025-06-18', capabilities: {}, clientInfo: { name: 'e2e-errors', version: '9.9' } },
};

async function issue(name: string, extra = '') {
  const [row] = await owner.unsafe(
    `select id, raw_token from public.mcp_token_issue($1::uuid, $2${extra})`, [orgId, name]);
  return { id: row!.id as string, token: row!.raw_token as string };
}
const usageRow = async (requestId: string | null) =>
  (await owner`select outcome, errcode, tool, client_name, user_agent from mcp.usage_log where request_id = ${requestId}`)[0];
const authRow = async (requestId: string | null) =>
  (await owner`select reason, token_prefix, client_name from mcp.auth_failures where request_id = ${requestId}`)[0];

before(async () => {
  [{ id: orgId }] = (await owner`select app.generate_demo_org('E2E errors org', activities => 10) as id`) as any;
  shim = await startShim({ DATABASE_URL: env('PGMCP_TEST_GATEWAY_URL'), BODY_LIMIT_BYTES: '65536' });
});

after(async () => {
  await shim?.stop();
  await owner.end();
});

const expect401 = (r: Awaited<ReturnType<typeof rpc>>) => {
  assert.equal(r.status, 401);
  assert.match(r.headers.get('www-authenticate') ?? '', /^Bearer error="invalid_token"/);
};

test('401 for a missing token, on initialize too', async () => {
  expect401(await rpc(shim.url, initialize));
  expect401(await rpc(shim.url, list));
});

test('401 for malformed and unknown tokens; each leaves an auth-failure row, never the token', async () => {
  const malformed = await rpc(shim.url, initialize, 'p88_not-a-token');
  expect401(malformed);
  assert.deepEqual({ ...(await authRow(malformed.headers.get('x-request-id'))) },
    { reason: 'malformed', token_prefix: null, client_name: 'e2e-errors' });
  const [{ unknown }] = (await owner`select mcp.token_generate() as unknown`) as any;
  const r = await rpc(shim.url, call('whoami'), unknown);
  expect401(r);
  assert.deepEqual({ ...(await authRow(r.headers.get('x-request-id'))) },
    { reason: 'unknown', token_prefix: unknown.slice(0, 12), client_name: 'node' }); // fetch's User-Agent stands in
});

test('revoked in SQL: the very next call gets 401', async () => {
  const t = await issue('e2e revoked');
  assert.equal((await rpc(shim.url, call('whoami'), t.token)).status, 200);
  await owner`update public.mcp_tokens set revoked_at = now() where id = ${t.id}`;
  const r = await rpc(shim.url, call('whoami'), t.token);
  expect401(r);
  assert.equal((await authRow(r.headers.get('x-request-id')))!.reason, 'revoked');
});

test('expired: 401', async () => {
  const t = await issue('e2e expiring', ", expires_at => now() + interval '1 hour'");
  await owner`update public.mcp_tokens set expires_at = now() - interval '1 second' where id = ${t.id}`;
  const r = await rpc(shim.url, initialize, t.token);
  expect401(r);
  assert.equal((await authRow(r.headers.get('x-request-id')))!.reason, 'expired');
});

test('a tool outside allowed_tools: JSON-RPC -32602, logged not_allowed', async () => {
  const t = await issue('e2e narrow', ", allowed_tools => '{get_current_time}'");
  const r = await rpc(shim.url, call('whoami'), t.token);
  assert.equal(r.status, 200);
  assert.equal(r.json.error.code, -32602);
  assert.match(r.json.error.message, /may not call tool "whoami"/);
  assert.equal(r.json.error.data.sqlstate, 'MC011');
  assert.equal((await usageRow(r.headers.get('x-request-id')))!.outcome, 'not_allowed');
  const l = await rpc(shim.url, list, t.token);
  assert.deepEqual(l.json.result.tools.map((x: { name: string }) => x.name), ['get_current_time']);
});

test('rate limited: the client sees retry-after', async () => {
  const t = await issue('e2e limited', ', rate_limit_per_minute => 2');
  for (const _ of [1, 2]) assert.equal((await rpc(shim.url, call('get_current_time'), t.token)).json.result.isError, false);
  const r = await rpc(shim.url, call('get_current_time'), t.token);
  assert.equal(r.status, 200);
  assert.equal(r.json.error.code, -32000);
  assert.match(r.json.error.message, /retry after \d+ seconds/);
  assert.ok(r.json.error.data.retry_after >= 1);
  assert.equal(r.headers.get('retry-after'), String(r.json.error.data.retry_after));
  assert.equal((await usageRow(r.headers.get('x-request-id')))!.outcome, 'rate_limited');
});

test('a tool error arrives as isError: true, logged with the user agent', async () => {
  const t = await issue('e2e tool error');
  const r = await rpc(shim.url, call('get_calendar_event', { event_id: '00000000-0000-4000-8000-000000000000' }), t.token,
    { 'user-agent': 'e2e-agent/1.0' });
  assert.equal(r.json.result.isError, true);
  assert.match(r.json.result.content[0].text, /not found or not visible/);
  assert.deepEqual({ ...(await usageRow(r.headers.get('x-request-id'))) },
    { outcome: 'tool_error', errcode: 'P0002', tool: 'get_calendar_event', client_name: 'e2e-agent', user_agent: 'e2e-agent/1.0' });
  const bad = await rpc(shim.url, call('get_calendar_event', { event_id: 'nope' }), t.token);
  assert.equal(bad.json.result.isError, true);
  assert.equal((await usageRow(bad.headers.get('x-request-id')))!.outcome, 'invalid_arguments');
});

test('oversized and malformed bodies get clean errors, and the server keeps serving', async () => {
  const t = await issue('e2e bodies');
  const big = await rpc(shim.url, call('search_pages', { query: 'x'.repeat(100_000) }), t.token);
  assert.equal(big.status, 413);
  assert.equal(big.json.error.code, -32600);
  const garbage = await rpc(shim.url, '{"jsonrpc": "2.0", "id": 1, "method": ', t.token);
  assert.equal(garbage.status, 400);
  assert.equal(garbage.json.error.code, -32700);
  assert.equal((await rpc(shim.url, call('get_current_time'), t.token)).json.result.isError, false);
});

test('GET and DELETE /mcp: 405 with Allow: POST; /.well-known: JSON 404; unknown paths 404', async () => {
  for (const method of ['GET', 'DELETE']) {
    const r = await fetch(shim.url, { method });
    assert.equal(r.status, 405);
    assert.equal(r.headers.get('allow'), 'POST');
  }
  const wk = await fetch(`${shim.base}/.well-known/oauth-protected-resource`);
  assert.equal(wk.status, 404);
  assert.equal((await wk.json()).error, 'not_found');
  assert.equal((await fetch(`${shim.base}/nope`)).status, 404);
});

test('/health reports the database', async () => {
  const r = await fetch(`${shim.base}/health`);
  assert.equal(r.status, 200);
  const body = await r.json();
  assert.equal(body.status, 'healthy');
  assert.equal(body.database.ok, true);
  assert.equal(typeof body.database.latency_ms, 'number');
});

test('DNS-rebinding protection on loopback: foreign Host or Origin gets 403', async () => {
  const t = await issue('e2e rebinding');
  assert.equal((await rpc(shim.url, list, t.token, { origin: 'https://evil.example' })).status, 403);
  assert.equal((await rpc(shim.url, list, t.token, { origin: 'http://localhost:3000' })).status, 200);
  // fetch will not forge Host; node:http will
  const { request } = await import('node:http');
  const status = await new Promise<number>((resolve, reject) => {
    const u = new URL(shim.url);
    request({ host: u.hostname, port: u.port, path: '/health', headers: { host: 'evil.example' } }, (res) => {
      res.resume();
      resolve(res.statusCode!);
    }).on('error', reject).end();
  });
  assert.equal(status, 403);
});

test('behind a proxy (TRUST_PROXY), the client IP is the entry the proxy appended, not one the client sent', async () => {
  const proxied = await startShim({ DATABASE_URL: env('PGMCP_TEST_GATEWAY_URL'), TRUST_PROXY: 'true' });
  try {
    const r = await rpc(proxied.url, list, 'p88_spoofed', { 'x-forwarded-for': '6.6.6.6, 203.0.113.7' });
    expect401(r);
    const [row] = await owner`select host(ip) as ip from mcp.auth_failures where request_id = ${r.headers.get('x-request-id')}`;
    assert.equal(row!.ip, '203.0.113.7');
  } finally {
    await proxied.stop();
  }
});

test('logs are JSON lines and never contain a token or tool arguments', async () => {
  const t = await issue('e2e logs');
  await rpc(shim.url, call('search_pages', { query: 'secret-argument-value' }), t.token);
  await rpc(shim.url, list, 'p88_' + 'x'.repeat(38));
  const text = shim.logs.join('\n');
  assert.ok(shim.logs.length > 3);
  for (const line of shim.logs) JSON.parse(line);
  assert.ok(!text.includes(t.token) && !text.includes('p88_xxxx') && !text.includes('secret-argument-value'));
});

test('a Host header no URL can hold: 400 / -32600 in JSON with a request id, logged as a JSON line (no stack trace)', async () => {
  // under Deno, request.url is built from the Host header: these made it unparsable (a plain-text 500)
  for (const host of ['localhost:99999', 'localhost:abc', '[::1']) {
    const r = await rawHttp(shim.url, `POST /mcp HTTP/1.1\r\nHost: ${host}\r\nContent-Type: application/json\r\n`
      + `Content-Length: 2\r\nConnection: close\r\n\r\n{}`);
    assert.equal(r.status, 400, host);
    assert.equal(r.type, 'application/json');
    assert.deepEqual(JSON.parse(r.body).error, { code: -32600, message: 'bad request: the Host header or URL cannot be parsed' });
    assert.match(r.requestId ?? '', /^[0-9a-f-]{36}$/);
    const logged = (l: string) => l.includes(r.requestId!);
    for (let i = 0; i < 50 && !shim.logs.some(logged); i++) await new Promise((x) => setTimeout(x, 100));
    assert.equal(JSON.parse(shim.logs.find(logged) ?? '{}').status, 400, shim.logs.join('\n'));
  }
  for (const line of shim.logs) JSON.parse(line); // nothing but JSON lines on stderr
});

test('invalid params on any method: -32602 naming the field, not -32603 with a raw issue list', async () => {
  const t = await issue('e2e invalid params');
  const cases: [unknown, RegExp][] = [
    [{ jsonrpc: '2.0', id: 1, method: 'resources/read', params: { uri: { x: 1 } } }, /^Invalid resources\/read params: uri: expected string/],
    [{ jsonrpc: '2.0', id: 2, method: 'resources/read' }, /^Invalid resources\/read params: params: expected object/],
    [{ jsonrpc: '2.0', id: 3, method: 'resources/list', params: { cursor: 5 } }, /^Invalid resources\/list params: cursor: expected string/],
    [{ jsonrpc: '2.0', id: 4, method: 'initialize', params: {} }, /^Invalid initialize params: protocolVersion: expected string.*; clientInfo: /],
    [{ jsonrpc: '2.0', id: 5, method: 'tools/call', params: { name: 5 } }, /^Invalid tools\/call params: name: expected string/],
  ];
  for (const [body, message] of cases) {
    const r = await rpc(shim.url, body, t.token);
    assert.equal(r.status, 200, r.text);
    assert.equal(r.json.error.code, -32602, r.text);
    assert.match(r.json.error.message, message);
  }
  // what only SQL can refuse is still SQL's answer
  const unknown = await rpc(shim.url, call('no_such_tool'), t.token);
  assert.equal(unknown.json.error.code, -32602);
  assert.equal(unknown.json.error.data.sqlstate, 'MC010');
});

test('JSON-RPC batches: 400 / -32600 from protocol version 2025-06-18 on; served without the header or under 2025-03-26', async () => {
  const t = await issue('e2e batches');
  const batch = [{ jsonrpc: '2.0', id: 1, method: 'ping' }, { jsonrpc: '2.0', id: 2, method: 'tools/list' }];
  for (const version of ['2025-06-18', '2025-11-25']) {
    const r = await rpc(shim.url, batch, t.token, { 'mcp-protocol-version': version });
    assert.equal(r.status, 400, r.text);
    assert.equal(r.json.error.code, -32600);
    assert.match(r.json.error.message, new RegExp(`batches are not supported under protocol version ${version}`));
  }
  const older = await rpc(shim.url, batch, t.token, { 'mcp-protocol-version': '2025-03-26' });
  const noHeader = await fetch(shim.url, { // rpc sends the header
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json, text/event-stream', authorization: `Bearer ${t.token}` },
    body: JSON.stringify(batch),
  });
  for (const [status, answers] of [[older.status, older.json], [noHeader.status, await noHeader.json()]]) {
    assert.equal(status, 200, JSON.stringify(answers));
    assert.deepEqual(answers.map((a: { id: number }) => a.id).sort(), [1, 2]);
    assert.ok(answers.find((a: { id: number }) => a.id === 2).result.tools.length > 0);
  }
});

test('the transport\'s own checks come before the token\'s: 415, 406 and 400, with no auth-failure row', async () => {
  const t = await issue('e2e transport first');
  const cases: [Record<string, string>, string | undefined, number][] = [
    [{ 'content-type': 'text/plain' }, undefined, 415],
    [{ 'content-type': 'text/plain' }, t.token, 415], // was parsed, and answered -32700
    [{ accept: 'application/json' }, undefined, 406],
    [{ 'mcp-protocol-version': 'not-a-version' }, undefined, 400],
  ];
  for (const [headers, token, status] of cases) {
    const r = await rpc(shim.url, list, token, headers);
    assert.equal(r.status, status, `${JSON.stringify(headers)}: ${r.text}`);
    assert.equal(typeof r.json.error.code, 'number');
    assert.equal(await authRow(r.headers.get('x-request-id')), undefined, 'no token check: no auth-failure row');
  }
  expect401(await rpc(shim.url, list)); // with the transport satisfied, a missing token is still 401
});
