// Portable schemas: the MCP Inspector CLI lints the input and output schemas of tools/list (type
// lists, bare {} or true schemas, remote $ref: shapes some clients and model APIs reject). Against
// the built shim and the real registry it must find nothing at all, warnings included. With
// --strict the CLI prints every finding and, with --format json, puts them in schemaFindings; it
// exits non-zero only on errors, so the test reads the findings rather than the exit code. A tool
// slipped into the registry past mcp.tool_register shows that the same run does flag one.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { after, before, test } from 'node:test';
import { connect, env } from './lib/env.ts';
import { type Shim, startShim } from './lib/shim.ts';

const owner = connect(env('PGMCP_TEST_DB_URL'));
const CONTROL = 'e2e_schemas_unportable';
let shim: Shim;
let org: string;
let token: string;

type Finding = { rule: string; severity: string; schema: string; path: string };
type Lint = { status: number | null; stderr: string; tools: { name: string }[]; findings: { toolName: string; findings: Finding[] }[] };

/** tools/list through the Inspector CLI with --strict --format json. */
function lint(raw: string): Lint {
  const run = spawnSync('node_modules/.bin/mcp-inspector',
    ['--cli', shim.url, '--transport', 'http', '--header', `Authorization: Bearer ${raw}`,
     '--method', 'tools/list', '--strict', '--format', 'json'],
    { encoding: 'utf8', timeout: 60_000 });
  assert.ok(run.stdout, `the Inspector printed nothing (status ${run.status}):\n${run.stderr}`);
  const envelope = JSON.parse(run.stdout);
  return { status: run.status, stderr: run.stderr, tools: envelope.result.tools, findings: envelope.schemaFindings ?? [] };
}

before(async () => {
  [{ id: org }] = (await owner`select tests.create_org('E2E schemas org') as id`) as any;
  [{ raw_token: token }] = (await owner`
    select raw_token from public.mcp_token_issue(${org}::uuid, 'e2e schemas', rate_limit_per_minute => 100000,
                                                 scopes => '{mcp:read,mcp:write}')`) as any;
  shim = await startShim({ DATABASE_URL: env('PGMCP_TEST_GATEWAY_URL') });
});

after(async () => {
  await shim?.stop();
  await owner`delete from mcp.tools where name = ${CONTROL}`;
  await owner.end();
});

test('the Inspector CLI finds no portability error or warning in any tool schema', async () => {
  const { status, stderr, tools, findings } = lint(token);
  const registered = (await owner`select name from mcp.tools where enabled order by name`).map((r) => r.name);
  assert.deepEqual(tools.map((t) => t.name).sort(), registered, 'the Inspector saw every registered tool');
  assert.deepEqual(findings.flatMap((t) => t.findings.map((f) => `${t.toolName}: ${f.severity} ${f.rule} at ${f.schema}.${f.path}`)), []);
  assert.doesNotMatch(stderr, /portability|Warning:|Error:/, 'nothing on stderr either');
  assert.equal(status, 0);
});

test('the same run flags a tool that is not portable (a type list, a {} schema)', async () => {
  // straight into the registry: mcp.tool_register refuses such schemas, so no db/tools file could register it
  await owner`
    insert into mcp.tools (name, title, description, handler, input_schema, output_schema)
    values (${CONTROL}, 'Unportable', 'A control for the portability lint.', 'mcp_tools.whoami(jsonb)'::regprocedure,
            '{"type": "object", "properties": {"q": {"type": ["string", "null"]}}, "additionalProperties": false}',
            '{"type": "object", "properties": {"any": {}}}')`;
  try {
    const [{ raw_token: narrow }] = (await owner`
      select raw_token from public.mcp_token_issue(${org}::uuid, 'e2e schemas control', ${[CONTROL]})`) as any;
    const { tools, findings } = lint(narrow);
    assert.deepEqual(tools.map((t) => t.name), [CONTROL]);
    assert.deepEqual(findings.flatMap((t) => t.findings.map((f) => [t.toolName, f.rule, `${f.schema}.${f.path}`])), [
      [CONTROL, 'type-union', 'inputSchema.properties.q'],
      [CONTROL, 'untyped-schema', 'outputSchema.properties.any'],
    ]);
  } finally {
    await owner`delete from mcp.tools where name = ${CONTROL}`;
  }
});
