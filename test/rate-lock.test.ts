// The rate-limit bucket is not held while a tool runs: calls of one token do not queue behind
// each other's tools, a call that loses the last slot to a concurrent one is answered
// rate_limited, and a call cancelled while it waits for a bucket row is a logged timeout. Real
// parallel sessions, through the shim's kind of login role.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { connect, env } from './lib/env.ts';

const owner = connect(env('PGMCP_TEST_DB_URL'), 2);
const gateway = connect(env('PGMCP_TEST_GATEWAY_URL'), 4);
let orgId: string;

type Answer = { error?: { sqlstate: string }; isError?: boolean; _meta?: { sqlstate: string } };

before(async () => {
  [{ id: orgId }] = (await owner`insert into app.orgs (name) values ('Rate lock org') returning id`) as any;
  // a tool that takes its time (registered for this file only)
  await owner.unsafe(`
    create function mcp_tools.tests_nap(args jsonb) returns jsonb
    language plpgsql stable security definer set search_path = '' as $$
    begin
      perform pg_catalog.pg_sleep((args ->> 'seconds')::float8);
      return '{"slept": true}';
    end $$;
    select mcp.tool_register(name => 'tests_nap', title => 'Nap', description => 'Sleeps.',
      handler => 'mcp_tools.tests_nap(jsonb)',
      input_schema => '{"type": "object", "properties": {"seconds": {"type": "number"}}, "required": ["seconds"]}',
      output_schema => '{"type": "object"}');`);
});

after(async () => {
  await owner.unsafe(`delete from mcp.tools where name = 'tests_nap'; drop function mcp_tools.tests_nap(jsonb);`);
  await gateway.end();
  await owner.end();
});

async function issue(name: string, perMinute: number): Promise<string> {
  const [row] = await owner`
    select raw_token from public.mcp_token_issue(${orgId}::uuid, ${name}, rate_limit_per_minute => ${perMinute})`;
  return row!.raw_token as string;
}

async function call(token: string, tool: string, args: object, requestId: string): Promise<Answer> {
  const [row] = await gateway`
    select public.mcp_tools_call(${token}, ${tool}, ${gateway.json(args as any)},
                                 ${gateway.json({ request_id: requestId })}) as answer`;
  return row!.answer as Answer;
}

const outcome = async (requestId: string) =>
  (await owner`select outcome, errcode from mcp.usage_log where request_id = ${requestId}`).map((r) => ({ ...r }));

test('a second call of the same token does not wait for the first one\'s tool', async () => {
  const token = await issue('no queue', 100);
  const finished: string[] = [];
  const slow = call(token, 'tests_nap', { seconds: 1.5 }, 'queue-slow').then((a) => (finished.push('slow'), a));
  await new Promise((r) => setTimeout(r, 300)); // the slow call is now inside its tool
  const quick = await call(token, 'whoami', {}, 'queue-quick');
  finished.push('quick');
  assert.equal(quick.isError, false);
  assert.equal((await slow).isError, false);
  assert.deepEqual(finished, ['quick', 'slow'], 'whoami answered while the other call\'s tool was still running');
  assert.deepEqual(await outcome('queue-slow'), [{ outcome: 'ok', errcode: null }]);
});

test('two calls racing for the last slot: one ok, the other rate_limited with its result dropped; one row each', async () => {
  const token = await issue('last slot', 1);
  const answers = await Promise.all(['race-a', 'race-b'].map((id) => call(token, 'tests_nap', { seconds: 0.5 }, id)));
  assert.equal(answers.filter((a) => a.isError === false).length, 1);
  assert.deepEqual(answers.filter((a) => a.error).map((a) => a.error!.sqlstate), ['MC020']);
  const rows = [...(await outcome('race-a')), ...(await outcome('race-b'))].map((r) => r.outcome).sort();
  assert.deepEqual(rows, ['ok', 'rate_limited']);
});

test('cancelled while waiting for a bucket row: answered and logged as a timeout', async () => {
  const token = await issue('waits', 100);
  assert.equal((await call(token, 'get_current_time', {}, 'wait-first')).isError, false); // the bucket row exists
  const [{ id: tokenId }] = (await owner`select id from public.mcp_tokens where name = 'waits' and org_id = ${orgId}`) as any;
  // another transaction holds the bucket row (as a call holds it between its take and its commit)
  let release!: () => void;
  const held = new Promise<void>((r) => (release = r));
  let locked!: () => void;
  const isLocked = new Promise<void>((r) => (locked = r));
  const holder = owner.begin(async (tx) => {
    await tx`select 1 from mcp.rate_buckets where org_id = ${orgId} and token_id = ${tokenId} for update`;
    locked();
    await held;
  });
  await isLocked;
  try {
    const answer = await gateway.begin(async (tx) => {
      await tx`set local statement_timeout = '400ms'`;
      const [row] = await tx`
        select public.mcp_tools_call(${token}, 'get_current_time', '{}', ${tx.json({ request_id: 'wait-cancelled' })}) as answer`;
      return row!.answer as Answer;
    });
    assert.equal(answer.isError, true);
    assert.equal(answer._meta?.sqlstate, '57014');
  } finally {
    release();
    await holder;
  }
  assert.deepEqual(await outcome('wait-cancelled'), [{ outcome: 'timeout', errcode: '57014' }]);
});
