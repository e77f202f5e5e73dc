// Re-applying the stateless files (functions, policies) after migrating changes nothing:
// `graphile-migrate migrate --forceActions` a second time leaves pg_dump --schema-only identical.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { test } from 'node:test';
import { env } from './lib/env.ts';

const url = env('PGMCP_TEST_DB_URL');
// pg_dump (15.14+) brackets its output with \restrict / \unrestrict and a random key: drop those lines
const dump = () =>
  execFileSync('pg_dump', ['--schema-only', '--dbname', url], { encoding: 'utf8' })
    .split('\n')
    .filter((l) => !/^\\(un)?restrict /.test(l));

/** The first lines where two dumps differ, for a readable failure. */
function firstDifferences(a: string[], b: string[], n = 5): string[] {
  const out: string[] = [];
  for (let i = 0; i < Math.max(a.length, b.length) && out.length < n; i++) {
    if (a[i] !== b[i]) out.push(`line ${i + 1}: before ${JSON.stringify(a[i])} after ${JSON.stringify(b[i])}`);
  }
  return out;
}

test('migrate --forceActions twice leaves the schema dump unchanged', () => {
  const before = dump();
  const text = before.join('\n');
  assert.match(text, /CREATE FUNCTION public\.mcp_token_issue\(/, 'the dump has the functions');
  assert.match(text, /CREATE POLICY mcp_tokens_select ON public\.mcp_tokens/, 'the dump has the policies');
  assert.match(text, /GRANT SELECT\(token_hash\) ON TABLE public\.mcp_tokens TO mcp_admin/, 'the dump has the grants');
  const out = execFileSync('node_modules/.bin/graphile-migrate', ['migrate', '--forceActions'], {
    env: { ...process.env, DATABASE_URL: url },
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  assert.match(out, /Already up to date/);
  const after = dump();
  assert.deepEqual(firstDifferences(before, after), []);
});
