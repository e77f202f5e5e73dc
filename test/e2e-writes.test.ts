// Writes end to end, with real MCP clients over real HTTP: the confirmation a write tool's policy
// asks for, whatever the client can do. A 2026-07-28 client that can show a form (SDK v2 with an
// elicitation handler) is asked in-band (input_required) and its retry carries the user's answer;
// a 2025-era client (SDK v1, stateless HTTP) cannot be asked, so the change waits for an org
// admin's approval in SQL, and the agent follows it with get_action_status.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { Client as ClientV2, StreamableHTTPClientTransport as HttpV2 } from '@modelcontextprotocol/client';
import { Client as ClientV1 } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport as HttpV1 } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import { connect, env } from './lib/env.ts';
import { type Shim, startShim } from './lib/shim.ts';

const owner = connect(env('PGMCP_TEST_DB_URL'));
let shim: Shim;
let org: string;
let token: string;

before(async () => {
  [{ id: org }] = (await owner`select tests.create_org('E2E writes org') as id`) as any;
  [{ raw_token: token }] = (await owner`
    select raw_token from public.mcp_token_issue(${org}::uuid, 'e2e writes', scopes => '{mcp:read,mcp:write}',
                                                 rate_limit_per_minute => 100000)`) as any;
  shim = await startShim({ DATABASE_URL: env('PGMCP_TEST_GATEWAY_URL') });
});

after(async () => {
  await shim?.stop();
  await owner.end();
});

const event = (title: string) => ({
  title, starts_at: '2026-12-03T10:00:00Z', ends_at: '2026-12-03T11:00:00Z',
  attendees: [{ email: 'ana@example.org' }, { email: 'ben@example.org' }, { email: 'cy@example.org' }, { email: 'di@example.org' }],
});
const eventsTitled = async (title: string) =>
  Number((await owner`select count(*) from app.calendar_events where org_id = ${org} and title = ${title}`)[0]!.count);
const outcomes = async (title: string) =>
  (await owner`
    select l.outcome from mcp.usage_log l join mcp.actions a on a.id = l.action_id
    where a.org_id = ${org} and a.arguments ->> 'title' = ${title} order by l.at`).map((r) => r.outcome);

/** An SDK v2 client that can show a form; answer decides what its user says to each elicitation. */
async function v2Client(answer: (message: string) => { action: 'accept' | 'decline' | 'cancel'; content?: Record<string, string | number | boolean> }) {
  const asked: string[] = [];
  const client = new ClientV2({ name: 'e2e-writes-v2', version: '2.0.0' }, {
    capabilities: { elicitation: { form: {} } },
    versionNegotiation: { mode: { pin: '2026-07-28' } },
  });
  client.setRequestHandler('elicitation/create', async (request: any) => {
    asked.push(request.params.message);
    return answer(request.params.message);
  });
  await client.connect(new HttpV2(new URL(shim.url), { requestInit: { headers: { Authorization: `Bearer ${token}` } } }));
  return { client, asked };
}

test('SDK v2 client whose user accepts: asked with the preview, then exactly one event created', async () => {
  const { client, asked } = await v2Client(() => ({ action: 'accept', content: { confirm: true } }));
  try {
    const result = (await client.callTool({ name: 'create_calendar_event', arguments: event('Board review') })) as any;
    assert.equal(result.isError, false, JSON.stringify(result.content));
    assert.equal(asked.length, 1);
    assert.match(asked[0]!, /^Create event 'Board review', Thu 3 Dec 2026 10:00–11:00 UTC, 4 attendees/);
    assert.equal(result.structuredContent.status, 'done');
    assert.equal(result.structuredContent.event.title, 'Board review');
    assert.equal(await eventsTitled('Board review'), 1);
    assert.deepEqual(await outcomes('Board review'), ['confirmation_required', 'confirmed']);
    const [action] = await owner`
      select status, decided_by_kind, changes from public.mcp_actions where action_id = ${result.structuredContent.action_id}`;
    assert.equal(action!.status, 'confirmed');
    assert.equal(action!.decided_by_kind, 'user');
    assert.equal(action!.changes.length, 1);
    assert.equal(action!.changes[0].operation, 'INSERT');
    assert.equal(action!.changes[0].after.id, result.structuredContent.event.id);
  } finally {
    await client.close();
  }
});

test('SDK v2 client whose user declines (or cancels): nothing created, the model is told', async () => {
  for (const action of ['decline', 'cancel'] as const) {
    const title = `Declined by ${action}`;
    const { client, asked } = await v2Client(() => ({ action }));
    try {
      const result = (await client.callTool({ name: 'create_calendar_event', arguments: event(title) })) as any;
      assert.equal(asked.length, 1);
      assert.equal(result.isError, false);
      assert.equal(result.structuredContent.status, 'declined');
      assert.match(result.content[0].text, /declined/);
      assert.equal(await eventsTitled(title), 0);
      assert.deepEqual(await outcomes(title), ['confirmation_required', 'declined']);
    } finally {
      await client.close();
    }
  }
});

test('SDK v1 client (2025-era, cannot be asked): awaiting approval; an admin approves in SQL; get_action_status shows the result', async () => {
  const client = new ClientV1({ name: 'e2e-writes-v1', version: '1.0.0' });
  await client.connect(new HttpV1(new URL(shim.url), { requestInit: { headers: { Authorization: `Bearer ${token}` } } }));
  try {
    const first = (await client.callTool({ name: 'create_calendar_event', arguments: event('Quarterly planning') })) as any;
    assert.equal(first.isError, false, JSON.stringify(first.content));
    assert.equal(first.structuredContent.status, 'awaiting_approval');
    assert.match(first.content[0].text, /mcp_action_approve/);
    const id = first.structuredContent.action_id;
    assert.equal(await eventsTitled('Quarterly planning'), 0);

    const pending = (await client.callTool({ name: 'get_action_status', arguments: { action_id: id } })) as any;
    assert.equal(pending.structuredContent.status, 'pending');

    const [pendingRow] = await owner`select preview from public.mcp_pending_actions where action_id = ${id}`;
    assert.match(pendingRow!.preview, /^Create event 'Quarterly planning'/);
    const [approved] = await owner`select * from public.mcp_action_approve(${id})`;
    assert.equal(approved!.status, 'approved');
    assert.equal(await eventsTitled('Quarterly planning'), 1);

    const done = (await client.callTool({ name: 'get_action_status', arguments: { action_id: id } })) as any;
    assert.equal(done.structuredContent.status, 'approved');
    assert.equal(done.structuredContent.result.event.title, 'Quarterly planning');
    assert.deepEqual(await outcomes('Quarterly planning'), ['awaiting_approval', 'approved']);
  } finally {
    await client.close();
  }
});

test('a read-only token does not see the write tools and is refused them', async () => {
  const [{ raw_token: reader }] = (await owner`select raw_token from public.mcp_token_issue(${org}::uuid, 'e2e reader')`) as any;
  const client = new ClientV2({ name: 'e2e-writes-reader', version: '2.0.0' }, {
    capabilities: { elicitation: { form: {} } },
    versionNegotiation: { mode: { pin: '2026-07-28' } },
  });
  await client.connect(new HttpV2(new URL(shim.url), { requestInit: { headers: { Authorization: `Bearer ${reader}` } } }));
  try {
    const { tools } = await client.listTools();
    assert.ok(tools.some((t) => t.name === 'get_action_status'));
    assert.ok(!tools.some((t) => t.name === 'create_calendar_event'));
    await assert.rejects(client.callTool({ name: 'create_calendar_event', arguments: event('Sneaky') }), /mcp:write/);
    assert.equal(await eventsTitled('Sneaky'), 0);
  } finally {
    await client.close();
  }
});
