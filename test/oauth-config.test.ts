// The OAuth settings (shim/src/oauth.ts parseOAuthConfig, carried by loadConfig as cfg.oauth):
// unset means today's behaviour; bad values name the variable and say what is expected.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { loadConfig } from '../shim/src/config.ts';
import { parseOAuthConfig } from '../shim/src/oauth.ts';

const supabase = { OAUTH_ISSUER: 'https://ref.supabase.co/auth/v1', PUBLIC_URL: 'https://ref.supabase.co/functions/v1/mcp' };

test('without OAUTH_ISSUER: no OAuth (PUBLIC_URL alone is allowed)', () => {
  assert.equal(parseOAuthConfig({}), undefined);
  assert.equal(parseOAuthConfig({ OAUTH_ISSUER: '', PUBLIC_URL: 'https://x.example/mcp' }), undefined);
  assert.equal(loadConfig({ DATABASE_URL: 'postgres://u@h/db' }).oauth, undefined);
});

test('defaults: the audience is the resource, the metadata URL path-aware', () => {
  assert.deepEqual(parseOAuthConfig(supabase), {
    issuer: 'https://ref.supabase.co/auth/v1',
    resource: 'https://ref.supabase.co/functions/v1/mcp',
    audience: 'https://ref.supabase.co/functions/v1/mcp',
    resourceMetadataUrl: 'https://ref.supabase.co/.well-known/oauth-protected-resource/functions/v1/mcp',
  });
  const c = parseOAuthConfig({ ...supabase, OAUTH_AUDIENCE: 'authenticated', OAUTH_JWT_SECRET: 's'.repeat(32) })!;
  assert.equal(c.audience, 'authenticated');
  assert.equal(c.jwtSecret, 's'.repeat(32));
  assert.equal(parseOAuthConfig({ OAUTH_ISSUER: 'http://127.0.0.1:54321/auth/v1', PUBLIC_URL: 'http://localhost:8788/mcp' })?.issuer,
    'http://127.0.0.1:54321/auth/v1', 'http on loopback (supabase start, tests)');
  assert.equal(loadConfig({ DATABASE_URL: 'postgres://u@h/db', ...supabase }).oauth?.resource, supabase.PUBLIC_URL);
});

test('the issuer is kept exactly as given (tokens carry it verbatim in iss)', () => {
  assert.equal(parseOAuthConfig({ ...supabase, OAUTH_ISSUER: 'https://issuer.example' })?.issuer, 'https://issuer.example');
  assert.equal(parseOAuthConfig({ ...supabase, OAUTH_ISSUER: 'https://issuer.example/' })?.issuer, 'https://issuer.example/');
});

test('bad values: an error naming the variable', () => {
  const bad: [Record<string, string>, RegExp][] = [
    [{ ...supabase, OAUTH_ISSUER: 'ref.supabase.co' }, /OAUTH_ISSUER: the issuer URL.* must be an absolute URL/],
    [{ ...supabase, OAUTH_ISSUER: 'http://auth.example' }, /OAUTH_ISSUER: .*must use https/],
    [{ ...supabase, OAUTH_ISSUER: 'https://auth.example/?x=1' }, /OAUTH_ISSUER: .*must not have a query or fragment/],
    [{ OAUTH_ISSUER: supabase.OAUTH_ISSUER }, /PUBLIC_URL: is required with OAUTH_ISSUER/],
    [{ ...supabase, PUBLIC_URL: 'http://mcp.example/mcp' }, /PUBLIC_URL: .*must use https/],
    [{ ...supabase, PUBLIC_URL: 'https://mcp.example/mcp#x' }, /PUBLIC_URL: .*must not have a query or fragment/],
    [{ ...supabase, OAUTH_JWT_SECRET: 'short' }, /OAUTH_JWT_SECRET: must be at least 32 characters/],
    [{ ...supabase, OAUTH_AUDIENCE: '  ' }, /OAUTH_AUDIENCE: must not be empty/],
    [{ OAUTH_JWT_SECRET: 's'.repeat(32) }, /OAUTH_JWT_SECRET: has no effect without OAUTH_ISSUER/],
    [{ OAUTH_AUDIENCE: 'authenticated' }, /OAUTH_AUDIENCE: has no effect without OAUTH_ISSUER/],
  ];
  for (const [env, message] of bad) assert.throws(() => parseOAuthConfig(env), message, JSON.stringify(env));
  assert.throws(() => loadConfig({ DATABASE_URL: 'postgres://u@h/db', OAUTH_ISSUER: 'nope' }), /^Error: configuration: OAUTH_ISSUER/);
});
