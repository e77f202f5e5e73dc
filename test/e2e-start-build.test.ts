// `make start` compiles only when a TypeScript source or a tsconfig changed since the last build
// (dist/.built); `make build` always compiles. Asked of make itself: `make -n` prints what it would
// run, `-W file` pretends the file was just changed.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { test } from 'node:test';

// run as from a shell, not as a sub-make of `make test` (which would add "Entering directory" lines)
const env = { ...process.env };
delete env.MAKEFLAGS;
delete env.MAKELEVEL;
delete env.MFLAGS;
const make = (...args: string[]) => execFileSync('make', args, { env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
const compiles = /npm run -s build/;

test('make start compiles only what changed; make build always compiles', () => {
  make('-s', 'build');
  assert.doesNotThrow(() => make('-q', 'dist/.built'), 'make build leaves the build up to date (make -q exits 0)');
  const warm = make('-n', 'start');
  assert.doesNotMatch(warm, compiles, 'a warm make start does not compile');
  assert.match(warm, /node dist\/scripts\/start\.js/);
  for (const changed of ['scripts/start.ts', 'shim/src/http.ts', 'tsconfig.json', 'tsconfig.build.json']) {
    assert.match(make('-n', '-W', changed, 'start'), compiles, `compiles after ${changed} changed`);
  }
  assert.doesNotMatch(make('-n', '-W', 'README.md', 'start'), compiles, 'other files do not count');
  assert.match(make('-n', 'build'), compiles, 'make build compiles even when up to date');
  assert.match(make('-n', 'token'), /node dist\/scripts\/start\.js token/);
});
