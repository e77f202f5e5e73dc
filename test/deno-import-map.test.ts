// The Edge Function's import map (supabase/functions/mcp/deno.json) and package-lock.json name the
// same package versions, and it maps every bare import of the files the function reaches: Deno
// resolves those from the registry, Node from node_modules, and the two must not drift apart.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const read = (path: string) => readFileSync(join(root, path), 'utf8');
const entry = 'supabase/functions/mcp/index.ts';
const imports: Record<string, string> = JSON.parse(read('supabase/functions/mcp/deno.json')).imports;
const locked: Record<string, { version?: string }> = JSON.parse(read('package-lock.json')).packages;

/** Every module specifier (type-only ones too: `deno check` resolves them) of the files entry reaches. */
function reach(start: string) {
  const files = new Set<string>();
  const bare = new Set<string>();
  const visit = (file: string) => {
    if (files.has(file)) return;
    files.add(file);
    for (const { fileName: spec } of ts.preProcessFile(read(file), true, true).importedFiles) {
      if (spec.startsWith('.')) {
        const target = relative(root, join(root, dirname(file), spec));
        if (target.endsWith('.ts')) visit(target);
        else files.add(target); // package.json
      } else if (!/^(node|npm|jsr|https?):/.test(spec)) bare.add(spec);
    }
  };
  visit(start);
  return { files, bare };
}

/** npm:name@version[/subpath] → { name, version } */
function npmSpecifier(value: string) {
  const m = /^npm:\/?((?:@[^/@]+\/)?[^/@]+)@([^/]+)(\/.*)?$/.exec(value);
  assert.ok(m, `${value}: expected npm:<name>@<version>`);
  return { name: m[1]!, version: m[2]! };
}

test('every npm: specifier in deno.json pins the exact version package-lock.json installs', () => {
  const specs = Object.entries(imports).filter(([, v]) => v.startsWith('npm:'));
  assert.ok(specs.length >= 3, `found ${specs.length} npm: specifiers`);
  for (const [key, value] of specs) {
    const { name, version } = npmSpecifier(value);
    assert.match(version, /^\d+\.\d+\.\d+(-[\w.]+)?$/, `${key}: an exact version, not a range`);
    assert.equal(version, locked[`node_modules/${name}`]?.version, `${key}: deno.json has ${name}@${version}, package-lock.json ${locked[`node_modules/${name}`]?.version}`);
  }
});

test('deno.json maps every bare import of the files the function reaches, and nothing else', () => {
  const { files, bare } = reach(entry);
  for (const f of ['shim/src/http.ts', 'shim/src/db.ts', 'shim/src/config.ts', 'shim/src/mcp.ts', 'shim/src/log.ts', 'package.json']) {
    assert.ok(files.has(f), `the function reaches ${f}`);
  }
  const mappedBy = (spec: string) =>
    Object.keys(imports).find((k) => k === spec || (k.endsWith('/') && spec.startsWith(k)));
  const unmapped = [...bare].filter((s) => !mappedBy(s));
  assert.deepEqual(unmapped, [], `bare imports deno.json does not map (from ${[...files].join(', ')})`);
  const unused = Object.keys(imports).filter((k) => ![...bare].some((s) => mappedBy(s) === k));
  assert.deepEqual(unused, [], 'deno.json maps packages the function does not import');
  assert.ok(bare.has('postgres') && bare.has('zod') && bare.has('@modelcontextprotocol/server'), [...bare].join(', '));
});
