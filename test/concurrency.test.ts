// Real parallel sessions against the pipeline: the rate limit admits exactly its limit under
// concurrency (one atomic upsert per check, READ COMMITTED), and every call leaves exactly one
// usage-log row. Calls go through the shim's kind of login role (member of mcp_gateway only).
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { connect, env } from './lib/env.ts';

const N = 40;
const owner = connect(env('PGMCP_TEST_DB_URL'));
const gateway = connect(env('PGMCP_TEST_GATEWAY_URL'), N);
let orgId: string;

before(async () => {
  [{ id: orgId }] = (await owner`insert into app.orgs (name) values ('Concurrency org') returning id`) as unknown as [
    { id: string },
  ];
  // open every session up front, so that the calls below really run side by side
  await Promise.all(Array.from({ length: N }, () => gateway`select pg_sleep(0.05)`));
});

after(async () => {
  await gateway.end();
  await owner.end();
});

async function issue(name: string, perMinute: number): Promise<string> {
  const [row] = await owner`
    select raw_token from public.mcp_token_issue(${orgId}::uuid, ${name}, rate_limit_per_minute => ${perMinute})`;
  return row!.raw_token as string;
}

/** N simultaneous tools/call, each with its own request id; returns the answers and backend pids. */
async function burst(tokens: string[], tag: string) {
  return Promise.all(
    Array.from({ length: N }, async (_, i) => {
      const [row] = await gateway`
        select pg_backend_pid() as pid,
               public.mcp_tools_call(${tokens[i % tokens.length]!}, 'get_current_time', '{}',
                                     ${gateway.json({ request_id: `${tag}-${i}` })}) as answer`;
      return row as { pid: number; answer: { error?: { sqlstate: string }; isError?: boolean } };
    }),
  );
}

async function logRows(tag: string) {
  return owner`select request_id, outcome from mcp.usage_log where request_id like ${tag + '-%'}`;
}

test(`${N} concurrent calls against a limit of 10 a minute: exactly 10 admitted, one log row each`, async () => {
  const token = await issue('burst', 10);
  const results = await burst([token], 'token-burst');
  assert.ok(new Set(results.map((r) => r.pid)).size >= N / 2, 'the calls ran in many sessions');
  const admitted = results.filter((r) => r.answer.isError === false).length;
  const limited = results.filter((r) => r.answer.error?.sqlstate === 'MC020').length;
  assert.equal(admitted, 10);
  assert.equal(limited, N - 10);
  const rows = await logRows('token-burst');
  assert.equal(rows.length, N, 'one usage-log row per call');
  assert.equal(new Set(rows.map((r) => r.request_id)).size, N, 'no call logged twice');
  assert.equal(rows.filter((r) => r.outcome === 'ok').length, 10);
  assert.equal(rows.filter((r) => r.outcome === 'rate_limited').length, N - 10);
});

test(`a bucket that exists already (the UPDATE path): ${N} concurrent calls against its last 9 slots admit exactly 9`, async () => {
  const token = await issue('burst again', 10);
  const [first] = await gateway`select public.mcp_tools_call(${token}, 'get_current_time', '{}', '{}') as answer`;
  assert.equal((first!.answer as { isError?: boolean }).isError, false, 'the first call made the bucket');
  const results = await burst([token], 'token-again');
  assert.equal(results.filter((r) => r.answer.isError === false).length, 9);
  assert.equal(results.filter((r) => r.answer.error?.sqlstate === 'MC020').length, N - 9);
  const rows = await logRows('token-again');
  assert.equal(rows.length, N, 'one usage-log row per call');
  assert.equal(rows.filter((r) => r.outcome === 'ok').length, 9);
});

test(`an org ceiling of 7 a minute shared by 4 tokens: exactly 7 admitted across them`, async () => {
  await owner`insert into mcp.org_limits (org_id, rate_limit_per_minute) values (${orgId}, 7)`;
  try {
    const tokens = await Promise.all([1, 2, 3, 4].map((i) => issue(`shared ${i}`, 1000)));
    const results = await burst(tokens, 'org-burst');
    assert.equal(results.filter((r) => r.answer.isError === false).length, 7);
    assert.equal(results.filter((r) => r.answer.error?.sqlstate === 'MC020').length, N - 7);
    const rows = await logRows('org-burst');
    assert.equal(rows.length, N, 'one usage-log row per call');
    assert.equal(new Set(rows.map((r) => r.request_id)).size, N);
  } finally {
    await owner`delete from mcp.org_limits where org_id = ${orgId}`;
  }
});

test('the gateway login role can reach nothing but the entry points', async () => {
  await assert.rejects(gateway`select count(*) from mcp.usage_log`, { code: '42501' });
  await assert.rejects(gateway`select count(*) from public.mcp_tokens`, { code: '42501' });
  await assert.rejects(gateway`select mcp_tools.get_current_time('{}')`, { code: '42501' });
  const [row] = await gateway`select current_setting('statement_timeout') as t`;
  assert.equal(row!.t, '10s', 'the login role carries the statement timeout');
});
