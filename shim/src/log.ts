// Structured JSON lines on stderr (stdout belongs to the protocol in stdio mode). Never tokens or
// tool arguments: callers pass only what may be logged.
const levels = { debug: 10, info: 20, warn: 30, error: 40 } as const;
export type Level = keyof typeof levels;
export type Log = Record<Level, (msg: string, fields?: Record<string, unknown>) => void>;

export function createLog(min: Level): Log {
  const emit = (level: Level) => (msg: string, fields: Record<string, unknown> = {}) => {
    if (levels[level] < levels[min]) return;
    console.error(JSON.stringify({ time: new Date().toISOString(), level, msg, ...fields })); // stderr, under Node and Deno
  };
  return { debug: emit('debug'), info: emit('info'), warn: emit('warn'), error: emit('error') };
}
