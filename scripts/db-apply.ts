// Re-applies the stateless database objects in one transaction: db/functions/*.sql, then the tools
// (db/tools/*.sql: a handler and its registration), the resource kinds (db/resources/*.sql: handlers and
// a registration), the views (db/views/*.sql), and last the grants
// and RLS policies (db/policies/*.sql). graphile-migrate runs it after migrations (.gmrc afterAllMigrations), so those files
// are the single source of truth. Applying twice changes nothing (a test compares pg_dump output).
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import postgres from 'postgres';

const root = fileURLToPath(new URL('..', import.meta.url));

/** The stateless SQL files in the order they are applied. */
export function statelessFiles(): string[] {
  return ['db/functions', 'db/tools', 'db/resources', 'db/views', 'db/policies'].flatMap((dir) =>
    readdirSync(join(root, dir))
      .filter((f) => f.endsWith('.sql'))
      .sort()
      .map((f) => join(dir, f)),
  );
}

// Function bodies may refer to functions defined in later files, so bodies are checked only once
// everything exists: each function is then passed to its language's validator.
const validateAll = `
  select p.oid::regprocedure::text as fn, v.proname as validator
  from pg_catalog.pg_proc p
  join pg_catalog.pg_namespace n on n.oid = p.pronamespace
  join pg_catalog.pg_language l on l.oid = p.prolang
  join pg_catalog.pg_proc v on v.oid = l.lanvalidator
  where n.nspname in ('app', 'mcp', 'mcp_tools') or (n.nspname = 'public' and p.proname like 'mcp\\_%')`;

export async function apply(url: string): Promise<void> {
  const sql = postgres(url, { max: 1, onnotice: () => {} });
  const files = statelessFiles();
  try {
    await sql.begin(async (tx) => {
      await tx.unsafe('set local check_function_bodies = off');
      for (const f of files) {
        try {
          await tx.unsafe(readFileSync(join(root, f), 'utf8'));
        } catch (e) {
          throw Object.assign(e as Error, { message: `${f}: ${(e as Error).message}` });
        }
      }
      await tx.unsafe('set local check_function_bodies = on');
      const fns = await tx.unsafe<{ fn: string; validator: string }[]>(validateAll);
      for (const { fn, validator } of fns) {
        try {
          await tx.unsafe(`select pg_catalog.${validator}($1::regprocedure)`, [fn]);
        } catch (e) {
          throw Object.assign(e as Error, { message: `${fn}: ${(e as Error).message}` });
        }
      }
      process.stderr.write(`db-apply: ${files.length} files applied, ${fns.length} functions validated\n`);
    });
  } finally {
    await sql.end();
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const url = process.env.GM_DBURL ?? process.env.DATABASE_URL;
  if (!url) {
    process.stderr.write('db-apply: set DATABASE_URL (or run through graphile-migrate, which sets GM_DBURL)\n');
    process.exit(2);
  }
  apply(url).catch((e: Error & { code?: string }) => {
    process.stderr.write(`db-apply: failed${e.code ? ` [${e.code}]` : ''}: ${e.message}\n`);
    process.exit(1);
  });
}
