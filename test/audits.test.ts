// Every ```sql block of docs/audits.md runs, as written, against known data (rolled back) and
// returns what the doc says it shows.
import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import type { TransactionSql } from 'postgres';
import { fill, rolledBack, sqlBlocks } from './lib/docs.ts';
import { connect, env } from './lib/env.ts';

const blocks = sqlBlocks('docs/audits.md');
const sql = connect(env('PGMCP_TEST_DB_URL'));
after(() => sql.end());

/** An org with a busy token (10 calls today, 2 of them failed), an idle one and a revoked one tried again. */
async function seed(tx: TransactionSql) {
  const [org] = await tx`insert into app.orgs (name) values ('Audited org') returning id`;
  const [busy] = await tx`select id, token_prefix from public.mcp_token_issue(${org!.id}::uuid, 'busy')`;
  const [idle] = await tx`select id from public.mcp_token_issue(${org!.id}::uuid, 'idle')`;
  const [gone] = await tx`select id, token_prefix from public.mcp_token_issue(${org!.id}::uuid, 'gone')`;
  await tx`update public.mcp_tokens set last_used_at = now() - interval '40 days' where id = ${idle!.id}`;
  await tx`update public.mcp_tokens set revoked_at = now() where id = ${gone!.id}`;
  await tx`
    insert into mcp.usage_log (org_id, at, token_id, tool, arguments, outcome, errcode, message, duration_us, request_id)
    select ${org!.id}, now() - make_interval(mins => i), ${busy!.id}, 'get_current_time', '{}',
           case when i <= 2 then 'tool_error' else 'ok' end, case when i <= 2 then '22012' end,
           case when i <= 2 then 'division by zero' end, 1000 * i, 'audit-req-' || i
    from generate_series(1, 10) i`;
  await tx`
    insert into mcp.auth_failures (at, reason, token_prefix, org_id, token_id, ip)
    values (now(), 'revoked', ${gone!.token_prefix}, ${org!.id}, ${gone!.id}, '203.0.113.9')`;
  // a change a writing token asked for, approved in SQL (its write ran), and one left to expire
  const [writer] = await tx`
    select raw_token, id from public.mcp_token_issue(${org!.id}::uuid, 'writer', scopes => '{mcp:read,mcp:write}')`;
  const ask = async (title: string) => (await tx`
    select public.mcp_tools_call(${writer!.raw_token}, 'create_calendar_event',
      ${tx.json({ title, starts_at: '2026-12-03T10:00:00Z', ends_at: '2026-12-03T11:00:00Z' })}) as answer`)[0]!
    .answer.structuredContent.action_id as string;
  const approved = await ask('Board review');
  await tx`select * from public.mcp_action_approve(${approved})`;
  const stale = await ask('Forgotten');
  await tx`insert into mcp.actions (org_id, token_id, tool, arguments, run_arguments, arguments_digest, preview, policy,
                                    decided_by_kind, created_at, expires_at)
           select org_id, token_id, tool, arguments, arguments, arguments_digest, preview, policy, decided_by_kind,
                  now() - interval '25 hours', now() - interval '1 hour'
           from mcp.actions where id = ${stale}`;
  return { 'org-id': org!.id as string, 'token-id': busy!.id as string, 'request-id': 'audit-req-1', 'action-id': approved };
}

test('docs/audits.md has the audit queries', () => {
  assert.ok(blocks.length >= 10, `found ${blocks.length}`);
});

for (const [i, block] of blocks.entries()) {
  const title = block.split('\n')[0]!;
  test(`audit query ${i + 1}: ${title}`, async () => {
    const rows = await rolledBack(sql, async (tx) => tx.unsafe(fill(block, await seed(tx))));
    assert.ok(rows.length > 0, 'returns rows on the seeded data');
    if (block.includes('mcp_tokens_idle')) assert.ok(rows.some((r) => r.name === 'idle' && r.idle_days === 40));
    if (block.includes('mcp_token_error_rates')) assert.ok(rows.some((r) => r.token_name === 'busy' && Number(r.error_rate) === 0.2));
    if (block.includes('mcp_token_stats')) assert.deepEqual([rows[0]!.total, rows[0]!.ok, rows[0]!.failed], ['10', '8', '2']);
    if (block.includes("request_id = '<request-id>'")) assert.equal(rows[0]!.message, 'division by zero');
    if (block.includes("reason in ('revoked', 'expired')")) assert.equal(rows[0]!.name, 'gone');
    if (block.includes('mcp_usage_purge')) assert.deepEqual(rows.map((r) => r.log).sort(), ['auth_failures', 'usage_log']);
    if (block.includes('mcp_actions_expire')) assert.ok(Number(rows[0]!.expired) >= 1, 'the stale action is expired');
    if (block.includes("decided_by_kind = 'admin'")) assert.ok(rows.some((r) => r.status === 'approved' && r.preview.includes('Board review')));
    if (block.includes('jsonb_to_recordset')) assert.deepEqual(rows.map((r) => [r.table, r.operation, r.before, r.after?.title]),
      [['app.calendar_events', 'INSERT', null, 'Board review']]);
    if (block.includes('where action_id =')) assert.deepEqual(rows.map((r) => r.outcome), ['awaiting_approval', 'approved']);
  });
}
