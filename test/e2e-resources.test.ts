// MCP resources through the built shim with real clients: the SDK v1 client (2025-era), the SDK v2
// client (2026-07-28) and the MCP Inspector CLI list, page through, template and read the org's
// data-table schemas and page bodies; another org's id is refused as not found.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { after, before, test } from 'node:test';
import { Client as ClientV2, StreamableHTTPClientTransport as HttpV2 } from '@modelcontextprotocol/client';
import { Client as ClientV1 } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport as HttpV1 } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import { connect, env } from './lib/env.ts';
import { rpc, type Shim, startShim } from './lib/shim.ts';

const owner = connect(env('PGMCP_TEST_DB_URL'));
let shim: Shim;
let token: string;
/** a token of its own for a client, so that its log rows are told apart */
const tokenFor = async (name: string): Promise<string> =>
  ((await owner`select raw_token from public.mcp_token_issue(${ids.org}::uuid, ${name}, rate_limit_per_minute => 100000)`)[0] as any).raw_token;
let ids: { org: string; table_id: string; page_id: string; page_body: string; tables: number; pages: number; other_page: string };

before(async () => {
  // 60 pages and the demo tables: more than one page of 50 resources
  const [org] = await owner`select app.generate_demo_org('E2E resources org', rows_per_table => 5, pages => 60,
                                                        events => 1, activities => 1) as id`;
  const [other] = await owner`select app.generate_demo_org('E2E resources other org', rows_per_table => 1, pages => 2,
                                                          events => 1, activities => 1) as id`;
  [{ raw_token: token }] = (await owner`
    select raw_token from public.mcp_token_issue(${org!.id}::uuid, 'e2e resources', rate_limit_per_minute => 100000)`) as any;
  [ids] = (await owner`
    select ${org!.id}::text as org,
           (select id from app.data_tables where org_id = ${org!.id} and name = 'Customers') as table_id,
           (select id from app.pages where org_id = ${org!.id} order by title, id limit 1) as page_id,
           (select body from app.pages where org_id = ${org!.id} order by title, id limit 1) as page_body,
           (select count(*) from app.data_tables where org_id = ${org!.id})::int as tables,
           (select count(*) from app.pages where org_id = ${org!.id})::int as pages,
           (select id from app.pages where org_id = ${other!.id} limit 1) as other_page`) as any;
  shim = await startShim({ DATABASE_URL: env('PGMCP_TEST_GATEWAY_URL') });
});

after(async () => {
  await shim?.stop();
  await owner.end();
});

/** Every resource once, following nextCursor (the v2 client follows it itself when given no cursor). */
async function exercise(client: ClientV1 | ClientV2) {
  const uris: string[] = [];
  let cursor: string | undefined;
  let pages = 0;
  do {
    const page = await client.listResources(cursor ? { cursor } : {});
    uris.push(...page.resources.map((r) => r.uri));
    cursor = page.nextCursor;
    pages++;
  } while (cursor && pages < 10);
  assert.equal(uris.length, ids.tables + ids.pages);
  assert.equal(new Set(uris).size, uris.length, 'no resource twice');
  assert.ok(uris.includes(`pgmcp://data-tables/${ids.table_id}`));
  assert.ok(uris.includes(`pgmcp://pages/${ids.page_id}`));
  assert.ok(uris.slice(0, ids.tables).every((u) => u.startsWith('pgmcp://data-tables/')), 'kinds in name order: tables first');

  const { resourceTemplates } = await client.listResourceTemplates();
  assert.deepEqual(resourceTemplates.map((t) => [t.name, t.uriTemplate, t.mimeType]), [
    ['data_tables.schema', 'pgmcp://data-tables/{id}', 'application/json'],
    ['pages.body', 'pgmcp://pages/{id}', 'text/markdown'],
  ]);

  const table = await client.readResource({ uri: `pgmcp://data-tables/${ids.table_id}` });
  assert.equal(table.contents[0]!.mimeType, 'application/json');
  const schema = JSON.parse((table.contents[0] as { text: string }).text);
  assert.equal(schema.id, ids.table_id);
  assert.equal(schema.name, 'Customers');
  assert.equal(schema.row_count, 5);
  assert.ok(Array.isArray(schema.columns) && schema.columns.length > 0);

  const page = await client.readResource({ uri: `pgmcp://pages/${ids.page_id}` });
  assert.deepEqual(page.contents, [{ uri: `pgmcp://pages/${ids.page_id}`, mimeType: 'text/markdown', text: ids.page_body }]);

  await assert.rejects(client.readResource({ uri: `pgmcp://pages/${ids.other_page}` }),
    (e: any) => e.code === -32602 && /no page with id/.test(e.message), 'another org\'s page is not found');
}

test('SDK v1 client: list (paginated), templates, read a table schema and a page; another org\'s id is an error', async () => {
  const mine = await tokenFor('e2e resources v1');
  const client = new ClientV1({ name: 'e2e-resources-v1', version: '1.0.0' });
  await client.connect(new HttpV1(new URL(shim.url), { requestInit: { headers: { Authorization: `Bearer ${mine}` } } }));
  try {
    assert.ok(client.getServerCapabilities()?.resources, 'the server advertises resources');
    await exercise(client);
  } finally {
    await client.close();
  }
  assert.deepEqual(await logOf(mine), [
    ['resources/list', 'ok', null, 2], ['resources/read', 'ok', null, 2], ['resources/read', 'tool_error', 'P0002', 1],
    ['resources/templates/list', 'ok', null, 1],
  ], 'one log row per request: two pages of resources/list, each read with its outcome');
});

test('SDK v2 client: list (paginated), templates, read a table schema and a page; another org\'s id is an error', async () => {
  const mine = await tokenFor('e2e resources v2');
  const client = new ClientV2({ name: 'e2e-resources-v2', version: '2.0.0' });
  await client.connect(new HttpV2(new URL(shim.url), { requestInit: { headers: { Authorization: `Bearer ${mine}` } } }));
  try {
    await exercise(client);
  } finally {
    await client.close();
  }
  assert.deepEqual((await logOf(mine)).find((r) => r[0] === 'resources/list'), ['resources/list', 'ok', null, 2],
    'the client followed nextCursor: two resources/list requests');
});

/** [method, outcome, errcode, requests] of a token's usage-log rows */
const logOf = async (raw: string) =>
  (await owner`
    select l.tool, l.outcome, l.errcode, count(*)::int as n
    from mcp.usage_log l join public.mcp_tokens t on t.id = l.token_id
    where t.token_hash = sha256(convert_to(${raw}, 'UTF8'))
    group by 1, 2, 3 order by 1, 2`).map((r) => [r.tool, r.outcome, r.errcode, r.n]);

const inspector = (...args: string[]) =>
  JSON.parse(execFileSync('node_modules/.bin/mcp-inspector',
    ['--cli', shim.url, '--transport', 'http', '--header', `Authorization: Bearer ${token}`, ...args],
    { encoding: 'utf8', timeout: 60_000 }));

test('MCP Inspector CLI: resources/list and resources/read', () => {
  const listed = inspector('--method', 'resources/list');
  assert.equal(listed.resources.length, ids.tables + ids.pages, 'every resource (the Inspector follows nextCursor)');
  const read = inspector('--method', 'resources/read', '--uri', `pgmcp://pages/${ids.page_id}`);
  assert.equal(read.contents[0].text, ids.page_body);
});

test('raw JSON-RPC: an unknown URI is -32602 with data.uri; a bad token is 401; a used-up rate limit is -32000 with Retry-After', async () => {
  const read = (uri: string, t = token) =>
    rpc(shim.url, { jsonrpc: '2.0', id: 7, method: 'resources/read', params: { uri } }, t);
  const unknown = await read('pgmcp://nowhere/1');
  assert.equal(unknown.status, 200);
  assert.equal(unknown.json.error.code, -32602);
  assert.equal(unknown.json.error.data.uri, 'pgmcp://nowhere/1');

  assert.equal((await read(`pgmcp://pages/${ids.page_id}`, 'p88_not_a_token')).status, 401);

  const [{ raw_token: once }] = (await owner`
    select raw_token from public.mcp_token_issue(${ids.org}::uuid, 'e2e resources once', '{pages.*}', 1)`) as any;
  const first = await read(`pgmcp://pages/${ids.page_id}`, once);
  assert.equal(first.json.result.contents[0].text, ids.page_body);
  const second = await read(`pgmcp://pages/${ids.page_id}`, once);
  assert.equal(second.json.error.code, -32000);
  assert.ok(second.json.error.data.retry_after >= 1);
  assert.equal(second.headers.get('retry-after'), String(second.json.error.data.retry_after));
  // over the limit, a read the allow-list refuses is the limit's refusal too (it counts, as any call)
  const over = await read(`pgmcp://data-tables/${ids.table_id}`, once);
  assert.equal(over.json.error.code, -32000);
  const [{ raw_token: pages }] = (await owner`
    select raw_token from public.mcp_token_issue(${ids.org}::uuid, 'e2e resources pages', '{pages.*}')`) as any;
  const table = await read(`pgmcp://data-tables/${ids.table_id}`, pages);
  assert.equal(table.json.error.code, -32602, 'a kind {pages.*} does not admit');
  assert.equal(table.json.error.data.sqlstate, 'MC011');
});
