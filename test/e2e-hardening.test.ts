// What a hostile or unlucky client sends, over real HTTP: strings no database text can hold,
// requests without a token, absurd nesting, requests Node's own HTTP parser refuses; and what a
// misconfigured shim says at startup. Each answer is JSON, and each call is logged.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { connect, env } from './lib/env.ts';
import { rawHttp, rpc, type Shim, startShim } from './lib/shim.ts';

const owner = connect(env('PGMCP_TEST_DB_URL'));
let shim: Shim;
let token: string;

const call = (name: string, args: unknown = {}, id = 1) => ({ jsonrpc: '2.0', id, method: 'tools/call', params: { name, arguments: args } });
const initialize = (name: string) => ({
  jsonrpc: '2.0', id: 0, method: 'initialize',
  params: { protocolVersion: '2025-06-18', capabilities: {}, clientInfo: { name, version: '1.0' } },
});

before(async () => {
  const [org] = await owner`select app.generate_demo_org('E2E hardening org', activities => 10) as id`;
  [{ raw_token: token }] = (await owner`select raw_token from public.mcp_token_issue(${org!.id}::uuid, 'e2e hardening')`) as any;
  shim = await startShim({ DATABASE_URL: env('PGMCP_TEST_GATEWAY_URL') });
});

after(async () => {
  await shim?.stop();
  await owner.end();
});

const usageRow = async (requestId: string | null) =>
  (await owner`select outcome, errcode, arguments, client_name from mcp.usage_log where request_id = ${requestId}`)[0];

test('a NUL or a lone surrogate in an argument: invalid arguments naming it, logged', async () => {
  for (const query of ['ab\u0000cd', 'ab\ud800cd']) {
    const r = await rpc(shim.url, call('search_pages', { query }), token);
    assert.equal(r.status, 200);
    assert.equal(r.json.result.isError, true, JSON.stringify(r.json));
    assert.match(r.json.result.content[0].text, /^argument "query" contains \\u0000 \(NUL\) or an unpaired UTF-16 surrogate/);
    const row = await usageRow(r.headers.get('x-request-id'));
    assert.equal(row?.outcome, 'invalid_arguments');
    assert.equal(row?.errcode, '22023');
  }
});

test('a NUL in initialize\'s client name: a normal answer, the name dropped', async () => {
  const r = await rpc(shim.url, initialize('evil\u0000client'), token);
  assert.equal(r.status, 200);
  assert.equal(r.json.result.serverInfo.name, 'pgmcp');
  const bad = await rpc(shim.url, initialize('evil\u0000client'), 'p88_nope');
  assert.equal(bad.status, 401);
  const [row] = await owner`select reason, client_name from mcp.auth_failures where request_id = ${bad.headers.get('x-request-id')}`;
  assert.deepEqual({ ...row }, { reason: 'malformed', client_name: 'node' }, 'logged; the User-Agent stands in for the name');
});

test('no Authorization header at all: 401, and an auth-failure row (reason missing)', async () => {
  for (const [body, headers] of [[initialize('no-token'), {}], [call('whoami'), { authorization: 'Basic dXNlcjpwYXNz' }]] as const) {
    const r = await rpc(shim.url, body, undefined, headers);
    assert.equal(r.status, 401);
    const [row] = await owner`select reason, token_prefix from mcp.auth_failures where request_id = ${r.headers.get('x-request-id')}`;
    assert.ok(row, 'logged');
    assert.equal(row!.token_prefix, null);
    assert.ok(['missing', 'malformed'].includes(row!.reason));
  }
  const r = await rpc(shim.url, initialize('no-token'));
  const [row] = await owner`select reason, client_name from mcp.auth_failures where request_id = ${r.headers.get('x-request-id')}`;
  assert.deepEqual({ ...row }, { reason: 'missing', client_name: 'no-token' });
});

test('JSON nested 10,000 levels deep: 400 / -32600 before anything recurses; the server keeps serving', async () => {
  const deep = `{"jsonrpc":"2.0","id":1,"method":"tools/call","params":{"name":"whoami","arguments":{"x":${'['.repeat(10_000)}${']'.repeat(10_000)}}}}`;
  const r = await rpc(shim.url, deep, token);
  assert.equal(r.status, 400);
  assert.equal(r.json.error.code, -32600);
  assert.match(r.json.error.message, /nested deeper than 64/);
  const fine = `{"jsonrpc":"2.0","id":1,"method":"tools/call","params":{"name":"whoami","arguments":{"x":${'['.repeat(50)}${']'.repeat(50)}}}}`;
  assert.equal((await rpc(shim.url, fine, token)).json.result.isError, true, '50 levels get through to validation');
  assert.equal((await rpc(shim.url, call('whoami'), token)).json.result.isError, false);
});

/** Raw bytes to the shim, for requests fetch will not send. */
const raw = (request: string) => rawHttp(shim.url, request);

test('what Node\'s HTTP parser refuses is answered in JSON: header overflow 431, bad framing 400, no Host 400', async () => {
  const body = JSON.stringify(call('whoami'));
  const cases: [string, number][] = [
    [`POST /mcp HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer ${'x'.repeat(20_000)}\r\nContent-Length: 2\r\n\r\n{}`, 431],
    [`POST /mcp HTTP/1.1\r\nHost: localhost\r\nContent-Length: 2\r\nContent-Length: 3\r\n\r\n{}`, 400],
    [`POST /mcp HTTP/1.1\r\nHost: localhost\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n{}\r\n0\r\n\r\n`, 400],
    [`POST /mcp HTTP/1.1\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\nConnection: close\r\n\r\n${body}`, 400],
  ];
  for (const [request, status] of cases) {
    const r = await raw(request);
    assert.equal(r.status, status, request.slice(0, 60));
    assert.equal(r.type, 'application/json');
    assert.equal(JSON.parse(r.body).error.code, -32600);
  }
  assert.match(JSON.parse((await raw(cases[3]![0])).body).error.message, /no Host header/);
  // a request target that looks like an authority (Node's own parser admits it) is a path, as under
  // Deno: not found, rather than /mcp served for a host the target names
  for (const path of ['//x:99999/mcp', '//evil.example/mcp']) {
    const target = await raw(`POST ${path} HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: 2\r\nConnection: close\r\n\r\n{}`);
    assert.deepEqual([target.status, target.type], [404, 'application/json'], path);
    assert.match(JSON.parse(target.body).message, /the MCP endpoint is POST \/mcp/, path);
    assert.ok(target.requestId);
  }
});

test('403s for a foreign Host or Origin say which setting admits them', async () => {
  const origin = await rpc(shim.url, { jsonrpc: '2.0', id: 1, method: 'tools/list' }, token, { origin: 'https://app.example' });
  assert.equal(origin.status, 403);
  assert.match(origin.json.error.message, /Origin "https:\/\/app.example" is not allowed: add its host name to ALLOWED_ORIGINS/);
  const host = await raw(`GET /health HTTP/1.1\r\nHost: evil.example\r\nConnection: close\r\n\r\n`);
  assert.equal(host.status, 403);
  assert.match(JSON.parse(host.body).error.message, /Host "evil.example" is not allowed: add its name to ALLOWED_HOSTS/);
});

test('a wrong password in DATABASE_URL: a clear startup log line, and 503 for clients', async () => {
  const wrong = new URL(env('PGMCP_TEST_GATEWAY_URL'));
  wrong.password = 'not-the-password';
  const bad = await startShim({ DATABASE_URL: wrong.href });
  try {
    const r = await rpc(bad.url, initialize('wrong-password'), token);
    assert.equal(r.status, 503);
    assert.equal(r.json.error.code, -32603);
    const t = await rpc(bad.url, call('whoami'), token);
    assert.equal(t.status, 503);
    for (let i = 0; i < 50 && !bad.logs.some((l) => l.includes('database: cannot connect')); i++) await new Promise((x) => setTimeout(x, 100));
    const line = bad.logs.find((l) => l.includes('database: cannot connect'));
    assert.ok(line, bad.logs.join('\n'));
    assert.equal(JSON.parse(line!).code, '28P01');
    assert.match(line!, /password authentication failed/);
  } finally {
    await bad.stop();
  }
});

test('a shim running as more than mcp_gateway warns at startup; the gateway role does not', async () => {
  const asOwner = await startShim({ DATABASE_URL: env('PGMCP_TEST_DB_URL') });
  try {
    for (let i = 0; i < 50 && !asOwner.logs.some((l) => l.includes('login role')); i++) await new Promise((x) => setTimeout(x, 100));
    assert.ok(asOwner.logs.some((l) => /"level":"warn".*login role .* is a superuser/.test(l)), asOwner.logs.join('\n'));
  } finally {
    await asOwner.stop();
  }
  assert.ok(!shim.logs.some((l) => l.includes('login role')), 'the gateway login role gets no warning');
});
