// Connection facts handed to the node tests by scripts/test.sh.
import postgres from 'postgres';

export function env(name: string): string {
  const v = process.env[name];
  if (!v) throw new Error(`${name} is not set: run the node tests through \`make test\``);
  return v;
}

/** A postgres.js client that the test closes itself (notices are dropped). */
export function connect(url: string, max = 1) {
  return postgres(url, { max, onnotice: () => {} });
}
