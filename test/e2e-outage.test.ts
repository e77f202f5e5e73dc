// The database goes away and comes back: the shim answers 503 meanwhile and recovers by itself.
// A TCP proxy stands between the shim and PostgreSQL, so the test can cut and restore the link on
// any server (also DATABASE_URL's) without restarting it.
import assert from 'node:assert/strict';
import { createServer, type Server, type Socket, connect as tcp } from 'node:net';
import { after, before, test } from 'node:test';
import { connect, env } from './lib/env.ts';
import { rpc, type Shim, startShim } from './lib/shim.ts';

const gateway = new URL(env('PGMCP_TEST_GATEWAY_URL'));
const owner = connect(env('PGMCP_TEST_DB_URL'));
const sockets = new Set<Socket>();
let proxy: Server | undefined;
let proxyPort = 0;
let shim: Shim;
let token: string;

async function openProxy() {
  proxy = createServer((client) => {
    const upstream = tcp(Number(gateway.port || 5432), gateway.hostname);
    for (const s of [client, upstream]) {
      sockets.add(s);
      s.on('close', () => sockets.delete(s)).on('error', () => {});
    }
    client.pipe(upstream).pipe(client);
  });
  await new Promise<void>((resolve) => proxy!.listen(proxyPort, '127.0.0.1', resolve));
  proxyPort = (proxy.address() as { port: number }).port;
}
async function cutProxy() {
  await new Promise<void>((resolve) => {
    proxy!.close(() => resolve());
    for (const s of sockets) s.destroy();
  });
}

before(async () => {
  const [org] = await owner`select app.generate_demo_org('E2E outage org', activities => 10) as id`;
  [{ raw_token: token }] = (await owner`select raw_token from public.mcp_token_issue(${org!.id}::uuid, 'e2e outage')`) as any;
  await openProxy();
  const viaProxy = new URL(gateway);
  viaProxy.hostname = '127.0.0.1';
  viaProxy.port = String(proxyPort);
  shim = await startShim({ DATABASE_URL: viaProxy.href });
});

after(async () => {
  await shim?.stop();
  await cutProxy().catch(() => {});
  await owner.end();
});

const callTime = (headers: Record<string, string> = {}) =>
  rpc(shim.url, { jsonrpc: '2.0', id: 7, method: 'tools/call', params: { name: 'get_current_time', arguments: {} } }, token, headers);

test('database down: 503 and a JSON-RPC error; back up: served again without restarting the shim', async () => {
  assert.equal((await callTime()).json.result.isError, false);
  await cutProxy();

  const down = await callTime();
  assert.equal(down.status, 503);
  assert.equal(down.json.error.code, -32603);
  assert.match(down.json.error.message, /retry later/);
  assert.equal(down.json.id, 7);
  const health = await fetch(`${shim.base}/health`);
  assert.equal(health.status, 503);
  assert.equal((await health.json()).database.ok, false);
  const init = await rpc(shim.url, { jsonrpc: '2.0', id: 1, method: 'tools/list' }, token);
  assert.equal(init.status, 503);

  // a longer outage with clients still calling: postgres.js's default backoff would now make the
  // pool wait up to 20 s before its next try, and the first calls after the return hang that long
  for (let i = 0; i < 12; i++) {
    assert.equal((await callTime()).status, 503);
    await new Promise((r) => setTimeout(r, 250));
  }

  await openProxy();
  const back = await Promise.race([
    callTime(),
    new Promise<never>((_, reject) => setTimeout(() => reject(new Error('no answer within 2 s of the database\'s return')), 2000)),
  ]);
  assert.equal(back.status, 200, 'the first call after the return is served');
  assert.equal(back.json.result.isError, false);
  assert.equal((await fetch(`${shim.base}/health`)).status, 200);
});
