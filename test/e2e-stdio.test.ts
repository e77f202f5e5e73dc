// The same server over stdio (MCP_TOKEN, DATABASE_URL): a real client through a real pipe. The SDK
// client parses every stdout line as protocol, so any stray output would fail it.
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { after, before, test } from 'node:test';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { ElicitRequestSchema } from '@modelcontextprotocol/sdk/types.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import { connect, env } from './lib/env.ts';

const owner = connect(env('PGMCP_TEST_DB_URL'));
let token: string;

before(async () => {
  const [org] = await owner`select app.generate_demo_org('E2E stdio org', activities => 10) as id`;
  [{ raw_token: token }] = (await owner`select raw_token from public.mcp_token_issue(${org!.id}::uuid, 'e2e stdio')`) as any;
});
after(() => owner.end());

test('stdio: list and call, logged with the client name from initialize', async () => {
  const client = new Client({ name: 'e2e-stdio-client', version: '3.1' });
  await client.connect(new StdioClientTransport({
    command: process.execPath,
    args: ['dist/shim/src/main.js', 'stdio'],
    env: { ...(process.env as Record<string, string>), DATABASE_URL: env('PGMCP_TEST_GATEWAY_URL'), MCP_TOKEN: token },
    stderr: 'ignore',
  }));
  try {
    assert.equal((await client.listTools()).tools.length, 11); // the read tools: a read-only token sees no write tool
    const result = (await client.callTool({ name: 'whoami', arguments: {} })) as any;
    assert.equal(result.structuredContent.token.name, 'e2e stdio');
    const refused = client.callTool({ name: 'no_such_tool', arguments: {} });
    await assert.rejects(refused, /unknown tool "no_such_tool"/);
  } finally {
    await client.close();
  }
  const rows = await owner`
    select client_name, client_version, count(*)::int as n from mcp.usage_log u
    join public.mcp_tokens k on k.id = u.token_id where k.name = 'e2e stdio' group by 1, 2`;
  assert.deepEqual(rows.map((r) => ({ ...r })), [{ client_name: 'e2e-stdio-client', client_version: '3.1', n: 2 }]);
});

test('stdio, a 2025-era client that declared elicitation: a write asks its user over the pipe, then runs once', async () => {
  const [org] = await owner`select tests.create_org('E2E stdio writes org') as id`;
  const [{ raw_token: writer }] = (await owner`
    select raw_token from public.mcp_token_issue(${org!.id}::uuid, 'e2e stdio writer', scopes => '{mcp:read,mcp:write}')`) as any;
  const asked: string[] = [];
  const client = new Client({ name: 'e2e-stdio-writer', version: '1.0' }, { capabilities: { elicitation: {} } });
  client.setRequestHandler(ElicitRequestSchema, async (request) => {
    asked.push(request.params.message);
    return { action: 'accept', content: { confirm: true } };
  });
  await client.connect(new StdioClientTransport({
    command: process.execPath,
    args: ['dist/shim/src/main.js', 'stdio'],
    env: { ...(process.env as Record<string, string>), DATABASE_URL: env('PGMCP_TEST_GATEWAY_URL'), MCP_TOKEN: writer },
    stderr: 'ignore',
  }));
  try {
    const result = (await client.callTool({
      name: 'create_calendar_event',
      arguments: { title: 'Over the pipe', starts_at: '2026-12-03T10:00:00Z', ends_at: '2026-12-03T10:30:00Z' },
    })) as any;
    assert.equal(result.isError, false, JSON.stringify(result.content));
    assert.equal(result.structuredContent.status, 'done');
    assert.deepEqual(asked.map((m) => m.split('\n')[0]), ["Create event 'Over the pipe', Thu 3 Dec 2026 10:00–10:30 UTC, no attendees"]);
  } finally {
    await client.close();
  }
  const [{ n }] = (await owner`select count(*)::int as n from app.calendar_events where org_id = ${org!.id}`) as any;
  assert.equal(n, 1);
  const log = await owner`select outcome from mcp.usage_log where org_id = ${org!.id} order by at`;
  assert.deepEqual(log.map((r) => r.outcome), ['confirmation_required', 'confirmed']);
});

test('stdio with a bad MCP_TOKEN exits at once with a message on stderr and nothing on stdout', () => {
  const r = spawnSync(process.execPath, ['dist/shim/src/main.js', 'stdio'], {
    env: { ...process.env, DATABASE_URL: env('PGMCP_TEST_GATEWAY_URL'), MCP_TOKEN: 'p88_wrong' },
    encoding: 'utf8',
    timeout: 20_000,
  });
  assert.notEqual(r.status, 0);
  assert.equal(r.stdout, '');
  assert.match(r.stderr, /MCP_TOKEN: invalid token/);
});

test('stdio: requests piped at once are all answered, then the end of stdin exits 0', async () => {
  const call = (id: number, name: string) => ({ jsonrpc: '2.0', id, method: 'tools/call', params: { name, arguments: {} } });
  const requests = [
    { jsonrpc: '2.0', id: 1, method: 'initialize',
      params: { protocolVersion: '2025-06-18', capabilities: {}, clientInfo: { name: 'e2e-stdio-pipe', version: '1' } } },
    { jsonrpc: '2.0', method: 'notifications/initialized' },
    { jsonrpc: '2.0', id: 2, method: 'tools/list' },
    call(3, 'get_current_time'), call(4, 'whoami'), call(5, 'get_current_time'), call(6, 'whoami'),
    call(7, 'no_such_tool'),
    { jsonrpc: '2.0', id: 8, method: 'ping' },
  ];
  const proc = spawn(process.execPath, ['dist/shim/src/main.js', 'stdio'], {
    env: { ...process.env, DATABASE_URL: env('PGMCP_TEST_GATEWAY_URL'), MCP_TOKEN: token },
  });
  let out = '';
  let err = '';
  proc.stdout.setEncoding('utf8').on('data', (chunk: string) => (out += chunk));
  proc.stderr.setEncoding('utf8').on('data', (chunk: string) => (err += chunk));
  proc.stdin.end(requests.map((r) => `${JSON.stringify(r)}\n`).join(''));
  // a safety net, not a timing claim: a server that never exits fails here instead of hanging the suite
  const timer = setTimeout(() => proc.kill('SIGKILL'), 30_000);
  const [code, signal] = await once(proc, 'close'); // exited, and stdout read to its end
  clearTimeout(timer);
  assert.deepEqual({ code, signal }, { code: 0, signal: null }, `exits 0 by itself once stdin ends; stderr: ${err}`);
  const answers = out.split('\n').filter(Boolean).map((line) => JSON.parse(line));
  assert.deepEqual(answers.map((a) => a.id).sort((a, b) => a - b), [1, 2, 3, 4, 5, 6, 7, 8], `one answer per request; stderr: ${err}`);
  const byId = new Map(answers.map((a) => [a.id, a]));
  assert.equal(byId.get(2).result.tools.length, 11);
  assert.equal(byId.get(4).result.structuredContent.token.name, 'e2e stdio');
  assert.match(byId.get(7).error.message, /unknown tool "no_such_tool"/);
  assert.deepEqual(byId.get(8).result, {});
});

test('stdio: a batch line gets an answer for each request in it, a line that is not JSON -32700, bad params -32602', async () => {
  const lines = [
    JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'initialize',
      params: { protocolVersion: '2025-06-18', capabilities: {}, clientInfo: { name: 'e2e-stdio-batch', version: '1' } } }),
    JSON.stringify({ jsonrpc: '2.0', method: 'notifications/initialized' }),
    '{"jsonrpc": "2.0", "id": 99, "method": ', // not JSON: no id can be read from it
    JSON.stringify([{ jsonrpc: '2.0', id: 2, method: 'ping' }, { jsonrpc: '2.0', method: 'notifications/progress' },
      { jsonrpc: '2.0', id: 'three', method: 'tools/list' }]),
    JSON.stringify({ jsonrpc: '2.0', id: 4, method: 'resources/read', params: { uri: { x: 1 } } }),
    JSON.stringify({ jsonrpc: '2.0', id: 5, method: 'ping' }),
  ];
  const proc = spawn(process.execPath, ['dist/shim/src/main.js', 'stdio'], {
    env: { ...process.env, DATABASE_URL: env('PGMCP_TEST_GATEWAY_URL'), MCP_TOKEN: token },
  });
  let out = '';
  let err = '';
  proc.stdout.setEncoding('utf8').on('data', (chunk: string) => (out += chunk));
  proc.stderr.setEncoding('utf8').on('data', (chunk: string) => (err += chunk));
  proc.stdin.end(lines.map((l) => `${l}\n`).join(''));
  const timer = setTimeout(() => proc.kill('SIGKILL'), 30_000); // a safety net, as above
  const [code] = await once(proc, 'close');
  clearTimeout(timer);
  assert.equal(code, 0, `stderr: ${err}`);
  const answers = out.split('\n').filter(Boolean).map((line) => JSON.parse(line));
  const byId = new Map(answers.map((a) => [a.id, a]));
  assert.deepEqual([...byId.keys()].map(String).sort(), ['1', '2', '4', '5', 'null', 'three'], `one answer per request; stderr: ${err}`);
  assert.equal(answers.length, 6);
  assert.equal(byId.get(null).error.code, -32700);
  for (const id of [2, 'three']) {
    assert.equal(byId.get(id).error.code, -32600);
    assert.match(byId.get(id).error.message, /batches are not supported/);
  }
  assert.equal(byId.get(4).error.code, -32602);
  assert.match(byId.get(4).error.message, /^Invalid resources\/read params: uri: expected string/);
  assert.deepEqual(byId.get(5).result, {}, 'the server keeps serving');
});
