// Every ```sql block of the README runs, as written, against the test database. Each block runs in
// its own transaction (rolled back) with a fresh org and one fresh live token, whose ids replace the
// README's <org-id> and <token-id> placeholders.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, test } from 'node:test';
import { connect, env } from './lib/env.ts';

const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
const blocks = [...readme.matchAll(/^```sql\n([\s\S]*?)^```$/gm)].map((m) => m[1]!);
const sql = connect(env('PGMCP_TEST_DB_URL'));
after(() => sql.end());

class Rollback extends Error {}

test('the README has SQL examples', () => {
  assert.ok(blocks.length >= 5, `found ${blocks.length}`);
  assert.ok(blocks.some((b) => b.includes("public.mcp_token_issue('<org-id>'::uuid, 'Claude Desktop on my laptop')")));
  assert.ok(blocks.some((b) => b.includes("update public.mcp_tokens set revoked_at = now() where id = '<token-id>';")));
});

for (const [i, block] of blocks.entries()) {
  test(`README sql block ${i + 1}: ${block.split('\n')[0]}`, async () => {
    await assert.rejects(
      sql.begin(async (tx) => {
        const [org] = await tx`insert into app.orgs (name) values ('README org') returning id`;
        const [token] = await tx`select id from public.mcp_token_issue(${org!.id}::uuid, 'README token')`;
        const text = block.replaceAll('<org-id>', org!.id).replaceAll('<token-id>', token!.id);
        const results = await tx.unsafe(text);
        if (block.includes('mcp_token_issue') || block.includes('mcp_token_rotate')) {
          assert.match(results[0]?.raw_token, /^p88_[0-9A-Za-z]{38}$/, 'returns a raw token');
        }
        if (block.includes('revoked_at = now()') || block.includes('mcp_token_revoke')) {
          const [row] = await tx`select revoked_at from public.mcp_tokens where id = ${token!.id}`;
          assert.notEqual(row!.revoked_at, null, 'the token is revoked');
        }
        if (block.includes('from public.mcp_tokens\nwhere org_id')) {
          assert.equal(results.length, 1, 'lists the org token');
        }
        throw new Rollback();
      }),
      Rollback,
    );
  });
}
