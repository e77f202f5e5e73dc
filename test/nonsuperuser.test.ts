// The migrations install as a role with CREATEROLE but not SUPERUSER (as Supabase's postgres):
// scripts/test.sh migrated PGMCP_TEST_OWNER_DB_URL that way with `make migrate`; here we check the
// result works: the role owns the objects, counts as a DBA, and the gateway role can authenticate.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { connect, env } from './lib/env.ts';

const ownerUrl = env('PGMCP_TEST_OWNER_DB_URL');
const ownerRole = env('PGMCP_TEST_OWNER_ROLE');
const owner = connect(ownerUrl);
const gatewayRole = `${ownerRole}_gw`;
const admin = connect(env('PGMCP_TEST_ADMIN_URL'));
let gateway: ReturnType<typeof connect>;

before(async () => {
  await admin.unsafe(`create role ${gatewayRole} login password 'gw' in role mcp_gateway`);
  const u = new URL(ownerUrl);
  u.username = gatewayRole;
  u.password = 'gw';
  gateway = connect(u.href);
});

after(async () => {
  await gateway?.end();
  await owner.end();
  await admin.unsafe(`drop role if exists ${gatewayRole}`);
  await admin.end();
});

test('the migrating role is neither superuser nor BYPASSRLS, and has CREATEROLE', async () => {
  const [r] = await owner`select rolsuper, rolbypassrls, rolcreaterole from pg_roles where rolname = current_user`;
  assert.deepEqual({ ...r }, { rolsuper: false, rolbypassrls: false, rolcreaterole: true });
});

test('it owns the tables and the functions', async () => {
  const rows = await owner`
    select c.relname::text as name, pg_get_userbyid(c.relowner)::text as owner from pg_class c
    where c.oid in ('public.mcp_tokens'::regclass, 'app.orgs'::regclass, 'app.org_members'::regclass)
    union all
    select p.proname::text, pg_get_userbyid(p.proowner)::text from pg_proc p
    where p.oid = 'public.mcp_token_issue(uuid, text, text[], integer, timestamptz, text, text[], jsonb)'::regprocedure
    order by 1`;
  assert.equal(rows.length, 4);
  for (const r of rows) assert.equal(r.owner, ownerRole, `${r.name} is owned by ${r.owner}`);
});

test('as the table owner it is a DBA: it issues a token, and mcp_gateway authenticates it', async () => {
  const [org] = await owner`insert into app.orgs (name) values ('Owner-installed org') returning id`;
  const [issued] = await owner`select * from public.mcp_token_issue(${org!.id}::uuid, 'installed as non-superuser')`;
  const [row] = await owner`select created_by from public.mcp_tokens where id = ${issued!.id}`;
  assert.equal(row!.created_by, ownerRole);
  const [auth] = await gateway`select * from public.mcp_token_authenticate(${issued!.raw_token})`;
  assert.deepEqual({ ...auth }, { token_id: issued!.id, org_id: org!.id });
});

test('the gateway role cannot read the token table', async () => {
  await assert.rejects(gateway`select id from public.mcp_tokens`, { code: '42501' });
});
