// Every errcode raised in db/ appears in docs/errors.md, and every project code there is used.
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';

const root = new URL('..', import.meta.url).pathname;

function sqlFiles(dir: string): string[] {
  return readdirSync(join(root, dir), { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.sql'))
    .map((e) => join(e.parentPath, e.name))
    .filter((p) => !p.includes('/db/tests/'));
}

const raised = new Set<string>();
for (const file of sqlFiles('db')) {
  // raised (`using errcode = '…'`) or answered by the entry points (`code := '…'`)
  for (const m of readFileSync(file, 'utf8').matchAll(/(?:errcode\s*=|\bcode\s*:=)\s*'([0-9A-Z]{5})'/g)) raised.add(m[1]!);
}
const documented = new Map<string, string>();
for (const m of readFileSync(join(root, 'docs/errors.md'), 'utf8').matchAll(/^\|\s*`([0-9A-Z]{5})`\s*\|([^|]*)\|/gm)) {
  documented.set(m[1]!, m[2]!.trim());
}

test('the SQL raises errcodes at all (the scan works)', () => {
  assert.ok(raised.size >= 5, `found only ${[...raised].join(', ')}`);
});

test('every errcode raised in db/ is listed in docs/errors.md', () => {
  const missing = [...raised].filter((c) => !documented.has(c));
  assert.deepEqual(missing, [], `add these to docs/errors.md: ${missing.join(', ')}`);
});

test('every project code (class MC) in docs/errors.md is raised somewhere', () => {
  const unused = [...documented.keys()].filter((c) => c.startsWith('MC') && !raised.has(c));
  assert.deepEqual(unused, []);
});
