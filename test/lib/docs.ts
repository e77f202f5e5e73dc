// Runs the ```sql blocks of a markdown file, as written, with placeholders filled in.
import { readFileSync } from 'node:fs';
import type { Sql, TransactionSql } from 'postgres';

export function sqlBlocks(markdownPath: string, language = 'sql'): string[] {
  const text = readFileSync(new URL(`../../${markdownPath}`, import.meta.url), 'utf8');
  // fences may be indented (inside a list item)
  return [...text.matchAll(new RegExp(`^[ \\t]*\`\`\`${language}\\n([\\s\\S]*?)^[ \\t]*\`\`\`$`, 'gm'))].map((m) => m[1]!);
}

export function fill(block: string, values: Record<string, string>): string {
  return Object.entries(values).reduce((b, [k, v]) => b.replaceAll(`<${k}>`, v), block);
}

class Rollback extends Error {}

/** Runs fn in a transaction that is always rolled back; returns what fn returned. */
export async function rolledBack<T>(sql: Sql, fn: (tx: TransactionSql) => Promise<T>): Promise<T> {
  let out: T | undefined;
  try {
    await sql.begin(async (tx) => {
      out = await fn(tx);
      throw new Rollback();
    });
  } catch (e) {
    if (!(e instanceof Rollback)) throw e;
  }
  return out as T;
}
