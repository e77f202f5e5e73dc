// install.sql records graphile-migrate's bookkeeping, so `make migrate` upgrades a database installed
// from it. Here: an install.sql of every committed migration but the last (`--before`, which leaves
// out today's stateless files too), loaded as a non-superuser with CREATEROLE, then `graphile-migrate migrate --forceActions` (what `make migrate`
// runs) must apply exactly the last migration and leave the schema as a fresh install.sql of every
// migration makes it. scripts/test.sh checks the other half: migrate after a full install.sql
// applies nothing.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { after, before, test } from 'node:test';
import { connect, env } from './lib/env.ts';

const admin = connect(env('PGMCP_TEST_ADMIN_URL'));
const suffix = `${process.pid}_${Date.now()}`;
const role = `pgmcp_test_upgrader_${suffix}`;
const upgradedDb = `pgmcp_test_${suffix}_upgraded`;
const freshDb = `pgmcp_test_${suffix}_fresh`;
const committed = readdirSync('db/migrations/committed').filter((f) => /^\d+.*\.sql$/.test(f)).sort();
const last = committed.at(-1)!;
const lastNumber = last.match(/^\d+/)![0];
const oldOrg = '0c0ffee0-0000-4000-8000-000000000001';
const oldToken = `p88_${'OldTokenFromBeforeTheUpgrade0123456789'.slice(0, 38)}`;

function urlFor(db: string): string {
  const u = new URL(env('PGMCP_TEST_ADMIN_URL'));
  u.pathname = `/${db}`;
  u.username = role;
  u.password = 'pw';
  return u.href;
}
const installSql = (...args: string[]) =>
  execFileSync(process.execPath, ['--import', 'tsx', 'scripts/install-sql.ts', ...args], { encoding: 'utf8' });
const psql = (db: string, input: string) =>
  execFileSync('psql', [urlFor(db), '-X', '-q', '-v', 'ON_ERROR_STOP=1'], { input, stdio: ['pipe', 'ignore', 'pipe'] });
// pg_dump (15.14+) brackets its output with \restrict / \unrestrict and a random key: drop those lines
const dump = (db: string, ...args: string[]) =>
  execFileSync('pg_dump', ['--schema-only', ...args, '--dbname', urlFor(db)], { encoding: 'utf8' })
    .split('\n')
    .filter((l) => !/^\\(un)?restrict /.test(l));
/** The first lines where two dumps differ, for a readable failure. */
function firstDifferences(a: string[], b: string[], n = 5): string[] {
  const out: string[] = [];
  for (let i = 0; i < Math.max(a.length, b.length) && out.length < n; i++) {
    if (a[i] !== b[i]) out.push(`line ${i + 1}: ${JSON.stringify(a[i])} vs ${JSON.stringify(b[i])}`);
  }
  return out;
}
/** graphile_migrate.migrations (but the dates) of a database, by URL. */
const bookkeeping = async (url: string) => {
  const sql = connect(url);
  try {
    return (await sql`select hash, previous_hash, filename from graphile_migrate.migrations order by filename`)
      .map((r) => ({ ...r }));
  } finally {
    await sql.end();
  }
};

before(async () => {
  // one installing role for both databases, so that their dumps (owners, default privileges) compare
  await admin.unsafe(`create role ${role} login createrole password 'pw'`);
  await admin.unsafe(`create database ${upgradedDb} owner ${role}`);
  await admin.unsafe(`create database ${freshDb} owner ${role}`);
  psql(upgradedDb, installSql('--before', lastNumber));
  psql(freshDb, installSql());
  // a token in use before the upgrade (inserted as its table's owner: the stateless files are not loaded yet)
  psql(upgradedDb, `
    insert into app.orgs (id, name) values ('${oldOrg}', 'Org from before');
    insert into public.mcp_tokens (org_id, name, token_prefix, token_hash, created_by)
    values ('${oldOrg}', 'token from before', left('${oldToken}', 12), sha256(convert_to('${oldToken}', 'UTF8')), 'test');`);
});

after(async () => {
  await admin.unsafe(`drop database if exists ${upgradedDb} with (force)`);
  await admin.unsafe(`drop database if exists ${freshDb} with (force)`);
  await admin.unsafe(`drop role if exists ${role}`);
  await admin.end();
});

test('install.sql creates graphile_migrate exactly as graphile-migrate does', () => {
  // PGMCP_TEST_DB_URL was migrated by graphile-migrate itself (as another role, hence --no-owner)
  const own = execFileSync('pg_dump', ['--schema-only', '--no-owner', '--no-privileges', '--schema', 'graphile_migrate',
    '--dbname', env('PGMCP_TEST_DB_URL')], { encoding: 'utf8' }).split('\n').filter((l) => !/^\\(un)?restrict /.test(l));
  const ours = dump(freshDb, '--no-owner', '--no-privileges', '--schema', 'graphile_migrate');
  assert.match(own.join('\n'), /CREATE TABLE graphile_migrate\.migrations/);
  assert.deepEqual(firstDifferences(own, ours), []);
});

test('install.sql has one graphile_migrate row per committed migration, as graphile-migrate writes them', async () => {
  const ours = await bookkeeping(urlFor(freshDb));
  assert.deepEqual(ours.map((r) => r.filename), committed.map((f) => `${f.match(/^\d+/)![0]}.sql`));
  assert.deepEqual(ours, await bookkeeping(env('PGMCP_TEST_DB_URL')));
});

test(`make migrate upgrades an install.sql database: it applies ${last} and only that`, async () => {
  const rowsBefore = await bookkeeping(urlFor(upgradedDb));
  assert.equal(rowsBefore.length, committed.length - 1);
  // the left-out migration changes the schema (else the comparison below would prove nothing)
  const before = dump(upgradedDb);
  assert.notDeepEqual(firstDifferences(before, dump(freshDb)), [], `${last} leaves the schema dump unchanged`);

  const out = execFileSync('node_modules/.bin/graphile-migrate', ['migrate', '--forceActions'], {
    env: { ...process.env, DATABASE_URL: urlFor(upgradedDb) },
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  assert.match(out, new RegExp(`Running migration '${last.replaceAll('.', '\\.')}'`));
  assert.match(out, /: 1 committed migrations executed/);
  assert.equal((out.match(/Running migration/g) ?? []).length, 1, out);

  assert.deepEqual(await bookkeeping(urlFor(upgradedDb)), await bookkeeping(urlFor(freshDb)));
  assert.deepEqual(firstDifferences(dump(upgradedDb), dump(freshDb)), []);
});

test('a token from before the upgrade is read-only after it: scopes {mcp:read}, write tools refused (MC013)', async () => {
  const db = connect(urlFor(upgradedDb));
  try {
    const [token] = await db`select scopes, confirm from public.mcp_tokens where org_id = ${oldOrg}`;
    assert.deepEqual(token!.scopes, ['mcp:read']);
    assert.deepEqual(token!.confirm, {});
    const writes = (await db`select name from mcp.tools where effect <> 'read'`).map((r) => r.name);
    assert.ok(writes.length > 0, 'the upgrade registered write tools');
    for (const tool of writes) {
      const [{ answer }] = (await db`select public.mcp_tools_call(${oldToken}, ${tool}, '{}') as answer`) as any;
      assert.equal(answer.error?.sqlstate, 'MC013', `${tool}: ${JSON.stringify(answer)}`);
    }
    const [{ answer: list }] = (await db`select public.mcp_tools_list(${oldToken}) as answer`) as any;
    assert.ok(list.tools.length > 0);
    assert.deepEqual(list.tools.filter((t: { name: string }) => writes.includes(t.name)), []);
  } finally {
    await db.end();
  }
});
