// Real MCP clients over real HTTP against the built shim, connected as the gateway login role:
// SDK v1 and v2 clients, the MCP Inspector CLI, mcp-remote (stdio bridge) and the README's curl.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { after, before, test } from 'node:test';
import { Client as ClientV2, StreamableHTTPClientTransport as HttpV2 } from '@modelcontextprotocol/client';
import { Client as ClientV1 } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import { StreamableHTTPClientTransport as HttpV1 } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import { sqlBlocks } from './lib/docs.ts';
import { connect, env } from './lib/env.ts';
import { type Shim, startShim } from './lib/shim.ts';

const owner = connect(env('PGMCP_TEST_DB_URL'));
let shim: Shim;
let token: string;
let ids: { table_id: string; event_id: string; bucket_id: string; rows: number; action_id: string };

// what a read-only token sees: every read tool (the write tools need the scope mcp:write)
const TOOLS = ['get_action_status', 'get_calendar_event', 'get_current_time', 'get_dial_bucket_stats', 'list_agents', 'list_calendar_events',
  'list_data_tables', 'list_dial_buckets', 'query_data_table', 'search_pages', 'whoami'];

/** Valid arguments for every tool, against the generated org. */
const argsFor = (tool: string): Record<string, unknown> =>
  ({
    query_data_table: { table_id: ids.table_id },
    get_calendar_event: { event_id: ids.event_id },
    get_dial_bucket_stats: { bucket_id: ids.bucket_id },
    search_pages: { query: 'notes' },
    get_current_time: { timezone: 'Asia/Tokyo' },
    get_action_status: { action_id: ids.action_id },
  })[tool] ?? {};

before(async () => {
  const [org] = await owner`select app.generate_demo_org('E2E clients org', rows_per_table => 23, pages => 40,
                                                        events => 30, activities => 200) as id`;
  [{ raw_token: token }] = (await owner`
    select raw_token from public.mcp_token_issue(${org!.id}::uuid, 'e2e clients', rate_limit_per_minute => 100000)`) as any;
  [ids] = (await owner`
    select (select id from app.data_tables where org_id = ${org!.id} and name = 'Customers') as table_id,
           (select row_count from app.data_tables where org_id = ${org!.id} and name = 'Customers')::int as rows,
           (select id from app.calendar_events where org_id = ${org!.id} order by starts_at limit 1) as event_id,
           (select id from app.dial_buckets where org_id = ${org!.id} limit 1) as bucket_id`) as any;
  // a change another (writing) token of the org asked for, awaiting approval: get_action_status reads it
  const [writer] = await owner`
    select raw_token from public.mcp_token_issue(${org!.id}::uuid, 'e2e clients writer', scopes => '{mcp:read,mcp:write}')`;
  const [asked] = await owner`
    select public.mcp_tools_call(${writer!.raw_token}, 'create_calendar_event',
      '{"title": "E2E", "starts_at": "2026-12-03T10:00:00Z", "ends_at": "2026-12-03T11:00:00Z"}') as answer`;
  ids.action_id = asked!.answer.structuredContent.action_id;
  shim = await startShim({ DATABASE_URL: env('PGMCP_TEST_GATEWAY_URL') });
});

after(async () => {
  await shim?.stop();
  await owner.end();
});

/** Everything the two SDK generations must do alike. */
async function exercise(client: ClientV1 | ClientV2) {
  const { tools } = await client.listTools();
  assert.deepEqual(tools.map((t) => t.name).sort(), TOOLS);
  for (const tool of TOOLS) {
    const result = (await client.callTool({ name: tool, arguments: argsFor(tool) })) as any;
    assert.equal(result.isError, false, `${tool}: ${JSON.stringify(result.content)}`);
    assert.deepEqual(JSON.parse(result.content[0].text), result.structuredContent, `${tool}: text and structured agree`);
  }
  // pagination through the cursor: every row once
  const seen: string[] = [];
  let cursor: string | undefined;
  do {
    const page = (await client.callTool({
      name: 'query_data_table',
      arguments: { table_id: ids.table_id, limit: 5, ...(cursor && { cursor }) },
    })) as any;
    seen.push(...page.structuredContent.rows.map((r: { id: string }) => r.id));
    cursor = page.structuredContent.next_cursor ?? undefined;
  } while (cursor);
  assert.equal(seen.length, ids.rows);
  assert.equal(new Set(seen).size, ids.rows);
}

test('SDK v1 client: list, call every read tool, paginate', async () => {
  const client = new ClientV1({ name: 'e2e-sdk-v1', version: '1.0.0' });
  await client.connect(new HttpV1(new URL(shim.url), { requestInit: { headers: { Authorization: `Bearer ${token}` } } }));
  try {
    await exercise(client);
  } finally {
    await client.close();
  }
});

test('SDK v2 client: list, call every read tool, paginate', async () => {
  const client = new ClientV2({ name: 'e2e-sdk-v2', version: '2.0.0' });
  await client.connect(new HttpV2(new URL(shim.url), { requestInit: { headers: { Authorization: `Bearer ${token}` } } }));
  try {
    await exercise(client);
  } finally {
    await client.close();
  }
});

const inspector = (...args: string[]) =>
  JSON.parse(execFileSync('node_modules/.bin/mcp-inspector',
    ['--cli', shim.url, '--transport', 'http', '--header', `Authorization: Bearer ${token}`, ...args],
    { encoding: 'utf8', timeout: 60_000 }));

test('MCP Inspector CLI: tools/list and tools/call', () => {
  assert.deepEqual(inspector('--method', 'tools/list').tools.map((t: { name: string }) => t.name).sort(), TOOLS);
  const result = inspector('--method', 'tools/call', '--tool-name', 'get_current_time', '--tool-arg', 'timezone=Asia/Kolkata');
  assert.equal(result.isError, false);
  assert.equal(result.structuredContent.utc_offset_seconds, 19800);
});

test('mcp-remote (the stdio bridge Claude Desktop uses): list and call', async () => {
  const client = new ClientV1({ name: 'e2e-mcp-remote', version: '1.0.0' });
  await client.connect(new StdioClientTransport({
    command: 'node_modules/.bin/mcp-remote',
    args: [shim.url, '--header', 'Authorization:${AUTH_HEADER}'],
    env: { ...(process.env as Record<string, string>), AUTH_HEADER: `Bearer ${token}` },
    stderr: 'ignore',
  }));
  try {
    assert.deepEqual((await client.listTools()).tools.map((t) => t.name).sort(), TOOLS);
    const result = (await client.callTool({ name: 'whoami', arguments: {} })) as any;
    assert.equal(result.structuredContent.token.name, 'e2e clients');
  } finally {
    await client.close();
  }
});

test("the README's curl example lists the tools", () => {
  const [block] = sqlBlocks('README.md', 'sh').filter((b) => b.includes('curl') && b.includes('tools/list'));
  assert.ok(block, 'the README has a curl example');
  const out = execFileSync('bash', ['-c', block.replaceAll('<url>', shim.url).replaceAll('<token>', token)], { encoding: 'utf8' });
  assert.deepEqual(JSON.parse(out).result.tools.map((t: { name: string }) => t.name).sort(), TOOLS);
});
