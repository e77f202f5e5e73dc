// The shim's configuration (shim/src/config.ts), the same under Node and Deno: defaults that make
// `make start` work, and a clear error naming the variable for a bad value.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { loadConfig } from '../shim/src/config.ts';

const base = { DATABASE_URL: 'postgres://u:p@localhost/db' };

test('defaults', () => {
  const cfg = loadConfig(base);
  assert.equal(cfg.HOST, '127.0.0.1');
  assert.equal(cfg.PORT, 8788);
  assert.equal(cfg.DB_PREPARE, true);
  assert.equal(cfg.TRUST_PROXY, false);
  assert.deepEqual(cfg.ALLOWED_ORIGINS, []);
});

test('DB_PREPARE=false, lists, booleans', () => {
  const cfg = loadConfig({ ...base, DB_PREPARE: 'false', ALLOWED_ORIGINS: ' app.example , ,b.example', TRUST_PROXY: 'true' });
  assert.equal(cfg.DB_PREPARE, false);
  assert.deepEqual(cfg.ALLOWED_ORIGINS, ['app.example', 'b.example']);
  assert.equal(cfg.TRUST_PROXY, true);
});

test('bad values: an error naming the variable', () => {
  assert.throws(() => loadConfig({}), /DATABASE_URL/);
  assert.throws(() => loadConfig({ ...base, DB_PREPARE: 'no' }), /DB_PREPARE/);
  assert.throws(() => loadConfig({ ...base, PORT: '70000' }), /PORT/);
  assert.throws(() => loadConfig({ ...base, LOG_LEVEL: 'loud' }), /LOG_LEVEL/);
});
