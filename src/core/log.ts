/** Structured logging: one JSON object per line on stderr, quiet (warn) by default. */
export type LogLevel = 'debug' | 'info' | 'warn' | 'error' | 'silent';

const rank: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40, silent: 99 };

export interface Logger {
  debug(msg: string, fields?: Record<string, unknown>): void;
  info(msg: string, fields?: Record<string, unknown>): void;
  warn(msg: string, fields?: Record<string, unknown>): void;
  error(msg: string, fields?: Record<string, unknown>): void;
}

/** A logger writing lines at or above `level` to `write` (stderr by default, so stdout stays clean for --json). */
export function createLogger(level: LogLevel, write: (line: string) => void = (l) => process.stderr.write(l)): Logger {
  const at = (lineLevel: Exclude<LogLevel, 'silent'>) => (msg: string, fields: Record<string, unknown> = {}) => {
    if (rank[lineLevel] < rank[level]) return;
    write(`${JSON.stringify({ time: new Date().toISOString(), level: lineLevel, msg, ...fields })}\n`);
  };
  return { debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error') };
}

/** Discards everything; for tests and library use. */
export const silentLogger: Logger = createLogger('silent');

/** The same logger with `fields` on every line (e.g. which shard process wrote it). */
export function withFields(log: Logger, fields: Record<string, unknown>): Logger {
  const at = (write: Logger['info']) => (msg: string, more: Record<string, unknown> = {}) => write(msg, { ...fields, ...more });
  return { debug: at(log.debug), info: at(log.info), warn: at(log.warn), error: at(log.error) };
}
