// Every ```sql block of the README runs, as written, against the test database. Each block runs in
// its own transaction (rolled back) with a fresh org and one fresh live token, whose ids replace the
// README's <org-id> and <token-id> placeholders.
import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import { fill, rolledBack, sqlBlocks } from './lib/docs.ts';
import { connect, env } from './lib/env.ts';

const blocks = sqlBlocks('README.md');
const sql = connect(env('PGMCP_TEST_DB_URL'));
after(() => sql.end());

test('the README has the documented token SQL', () => {
  assert.ok(blocks.length >= 5, `found ${blocks.length}`);
  assert.ok(blocks.some((b) => b.includes("public.mcp_token_issue('<org-id>'::uuid, 'Claude Desktop on my laptop')")));
  assert.ok(blocks.some((b) => b.includes("update public.mcp_tokens set revoked_at = now() where id = '<token-id>';")));
});

for (const [i, block] of blocks.entries()) {
  test(`README sql block ${i + 1}: ${block.split('\n')[0]}`, async () => {
    await rolledBack(sql, async (tx) => {
      const [org] = await tx`select app.generate_demo_org('README org', rows_per_table => 20, pages => 30,
                                                         events => 20, activities => 100) as id`;
      const [token] = await tx`select id, raw_token from public.mcp_token_issue(${org!.id}::uuid, 'README token')`;
      const [ids] = await tx`
        select (select id from app.data_tables where org_id = ${org!.id} and name = 'Customers') as table_id,
               (select id from app.calendar_events where org_id = ${org!.id} limit 1) as event_id,
               (select id from app.dial_buckets where org_id = ${org!.id} limit 1) as bucket_id`;
      // a change a writing token of the org asked for, awaiting an admin's approval: <action-id>
      const [writer] = await tx`
        select raw_token from public.mcp_token_issue(${org!.id}::uuid, 'README writer', scopes => '{mcp:read,mcp:write}')`;
      const [asked] = await tx`
        select public.mcp_tools_call(${writer!.raw_token}, 'create_calendar_event',
          '{"title": "Board review", "starts_at": "2026-12-03T10:00:00Z", "ends_at": "2026-12-03T11:00:00Z"}') as answer`;
      const actionId = asked!.answer.structuredContent.action_id as string;
      const results = await tx.unsafe(
        fill(block, {
          'org-id': org!.id, 'token-id': token!.id, 'raw-token': token!.raw_token,
          'table-id': ids!.table_id, 'event-id': ids!.event_id, 'bucket-id': ids!.bucket_id, 'action-id': actionId,
        }),
      );
      // one result per statement: look at every row of every statement
      const rows = (Array.isArray(results[0]) ? results.flat() : [...results]) as Record<string, any>[];
      if (/mcp_token_issue|mcp_token_rotate/.test(block)) {
        assert.match(String(rows[0]?.raw_token), /^p88_[0-9A-Za-z]{38}$/, 'returns a raw token');
      }
      if (/revoked_at = now\(\)|mcp_token_revoke/.test(block)) {
        const [row] = await tx`select revoked_at from public.mcp_tokens where id = ${token!.id}`;
        assert.notEqual(row!.revoked_at, null, 'the token is revoked');
      }
      if (/mcp_tools_list\(/.test(block)) {
        assert.ok(rows.some((r) => r.mcp_tools_list?.tools?.length > 0), 'lists tools');
      }
      if (/mcp_tools_call_json\(/.test(block)) {
        const answer = rows.find((r) => 'mcp_tools_call_json' in r)?.mcp_tools_call_json;
        assert.equal(answer?.isError, true);
        assert.match(answer.content[0].text, /^argument "query" contains \\u0000/, 'a NUL is an invalid argument, named');
      }
      if (/mcp_resources_read_json\(/.test(block)) {
        const answer = rows.find((r) => 'mcp_resources_read_json' in r)?.mcp_resources_read_json;
        assert.equal(JSON.parse(answer?.contents?.[0]?.text ?? '{}').id, ids!.table_id, `reads the table: ${JSON.stringify(answer)}`);
        const listed = rows.find((r) => 'mcp_resources_list_json' in r)?.mcp_resources_list_json;
        assert.ok(listed === undefined || listed.resources?.length > 0, 'lists resources');
      }
      if (/mcp_action_approve\(/.test(block)) {
        const [row] = await tx`select status, result from mcp.actions where id = ${actionId}`;
        assert.equal(row!.status, 'approved', 'the action is approved');
        assert.equal(row!.result?.event?.title, 'Board review', 'and its write ran');
      }
      if (/mcp_action_reject\(/.test(block)) {
        const [row] = await tx`select status, reason from mcp.actions where id = ${actionId}`;
        assert.equal(row!.status, 'rejected', 'the action is rejected');
      }
      if (/from public\.mcp_pending_actions/.test(block)) {
        assert.ok(rows.some((r) => r.action_id === actionId), 'the pending action is listed');
      }
      if (/mcp_tools_call\(/.test(block)) {
        const calls = rows.filter((r) => 'mcp_tools_call' in r).map((r) => r.mcp_tools_call);
        assert.equal(calls.length, block.match(/mcp_tools_call\(/g)!.length, 'one answer per call');
        for (const c of calls) assert.equal(c?.isError, false, `the call succeeds: ${JSON.stringify(c).slice(0, 300)}`);
      }
    });
  });
}
