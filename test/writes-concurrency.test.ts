// A confirmation is consumed exactly once, also when two retries carrying it arrive at the same
// time (a client that retries on a timeout, say): real parallel sessions through the shim's kind of
// login role. The first retry holds the pending action's row while its write runs; the second waits
// for it, then finds the confirmation used (MC040) and writes nothing.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { connect, env } from './lib/env.ts';

const owner = connect(env('PGMCP_TEST_DB_URL'), 2);
const gateway = connect(env('PGMCP_TEST_GATEWAY_URL'), 4);
let org: string;
let token: string;

before(async () => {
  [{ id: org }] = (await owner`insert into app.orgs (name) values ('Writes concurrency org') returning id`) as any;
  [{ raw_token: token }] = (await owner`
    select raw_token from public.mcp_token_issue(${org}::uuid, 'racing retries', scopes => '{mcp:read,mcp:write}')`) as any;
});

after(async () => {
  await gateway.end();
  await owner.end();
});

const args = { title: 'Race', starts_at: '2026-12-03T10:00:00Z', ends_at: '2026-12-03T11:00:00Z' };
const run = `race-${process.pid}-${Date.now()}`; // request ids of this run
const yes = { confirm: { action: 'accept', content: { confirm: true } } };

test('two retries of one confirmation at once: exactly one write, the other refused MC040', async () => {
  const [{ answer: asked }] = (await gateway`
    select public.mcp_tools_call_json(${token}, ${gateway.typed({ name: 'create_calendar_event', arguments: args } as any, 114)},
                                      ${gateway.typed({ elicitation: true, request_id: `${run}-ask` } as any, 114)}) as answer`) as any;
  assert.equal(asked.resultType, 'input_required', JSON.stringify(asked));
  const retry = gateway.typed({ name: 'create_calendar_event', arguments: args, requestState: asked.requestState, inputResponses: yes } as any, 114);

  // the first retry runs in a transaction that stays open, so its hold on the action is visible
  let release!: () => void;
  const held = new Promise<void>((r) => (release = r));
  let first: any;
  const firstDone = gateway.begin(async (tx) => {
    [{ answer: first }] = (await tx`
      select public.mcp_tools_call_json(${token}, ${retry}, ${gateway.typed({ elicitation: true, request_id: `${run}-1` } as any, 114)}) as answer`) as any;
    await held;
  });
  while (!first) await new Promise((r) => setTimeout(r, 20));
  assert.equal(first.structuredContent?.status, 'done', JSON.stringify(first));

  // the second retry, in parallel: it must wait for the first one's row lock
  const second = gateway`
    select public.mcp_tools_call_json(${token}, ${retry}, ${gateway.typed({ elicitation: true, request_id: `${run}-2` } as any, 114)}) as answer`.execute();
  let waiting = 0;
  for (let i = 0; i < 250 && waiting === 0; i++) {
    await new Promise((r) => setTimeout(r, 20));
    [{ n: waiting }] = (await owner`
      select count(*)::int as n from pg_stat_activity
      where wait_event_type = 'Lock' and query like '%mcp_tools_call_json%' and pid <> pg_backend_pid()`) as any;
  }
  release();
  await firstDone;
  assert.equal(waiting, 1, 'the second retry waited for the first');
  const [{ answer: late }] = (await second) as any;
  assert.equal(late.isError, true);
  assert.equal(late._meta.sqlstate, 'MC040');

  const [{ n }] = (await owner`select count(*)::int as n from app.calendar_events where org_id = ${org} and title = 'Race'`) as any;
  assert.equal(n, 1, 'exactly one event');
  const log = await owner`select request_id, outcome, errcode from mcp.usage_log where request_id like ${run + '-%'} order by request_id`;
  assert.deepEqual(log.map((r) => [r.request_id, r.outcome, r.errcode]),
    [[`${run}-1`, 'confirmed', null], [`${run}-2`, 'invalid_arguments', 'MC040'], [`${run}-ask`, 'confirmation_required', null]]);
});
