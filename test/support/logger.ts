// The project's logger (infra/logger.ts) writing into memory, for tests that assert on what was logged.

import { createLogger, type Logger, type LogLevel } from '../../infra/logger.js';

interface MemoryLog {
  readonly logger: Logger;
  /** Every line written so far, as written (JSON text, without its newline), in order; it grows as the code logs. */
  readonly lines: string[];
  /** The same lines, parsed. */
  entries(): Record<string, unknown>[];
}

/** A logger that keeps every line at `level` and above: by default every line the code writes, at any level. */
export function memoryLogger(level: LogLevel = 'trace'): MemoryLog {
  const lines: string[] = [];
  const logger = createLogger({ level, destination: { write: (line: string) => lines.push(line.replace(/\n$/, '')) } });
  return { logger, lines, entries: () => lines.map((l) => JSON.parse(l) as Record<string, unknown>) };
}
