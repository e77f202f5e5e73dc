// db/policies/public_defaults.sql takes TEMPORARY from PUBLIC in a database that is pgmcp's, unless
// the database opted out (pgmcp.keep_public_defaults = on, for a database shared with an app).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, test } from 'node:test';
import { connect, env } from './lib/env.ts';

const admin = connect(env('PGMCP_TEST_ADMIN_URL'));
const name = `pgmcp_optout_${process.pid}`;
const file = readFileSync(new URL('../db/policies/public_defaults.sql', import.meta.url), 'utf8');
after(async () => {
  await admin.unsafe(`drop database if exists ${name} with (force)`);
  await admin.end();
});

test('opted out: the policy file leaves PUBLIC its TEMPORARY; without the setting, it takes it', async () => {
  await admin.unsafe(`create database ${name}`); // owned by the superuser that runs the file: pgmcp's
  const url = new URL(env('PGMCP_TEST_ADMIN_URL'));
  url.pathname = `/${name}`;
  const db = connect(url.href);
  try {
    const temp = async () => (await db`select has_database_privilege('public', current_database(), 'temporary') as t`)[0]!.t;
    assert.equal(await temp(), true, 'a new database grants PUBLIC TEMPORARY');
    await db.begin(async (tx) => {
      await tx`set local pgmcp.keep_public_defaults = on`;
      await tx.unsafe(file);
    });
    assert.equal(await temp(), true, 'opted out: kept');
    await db.unsafe(file);
    assert.equal(await temp(), false, 'not opted out: revoked');
  } finally {
    await db.end();
  }
});
