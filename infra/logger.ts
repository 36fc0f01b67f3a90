// Structured logs that cannot carry a caller: one JSON line per entry, with an allow-list of fields at every call
// site and, as a second net, any field named like a caller's data blanked at any depth.
//
// Our own few lines rather than pino: loading pino and the streams it needs cost about 19 ms of every cold
// start on the deploy machine (npm run bench), more than half the handlers' whole load budget, for features
// (transports, worker threads, serializers) this service does not use. The line format is pino's.

import { ConfigError } from './config-error.js';

/** Field names blanked wherever they appear: a caller's numbers and words, request bodies, Alexa user and device. */
const REDACTED_KEYS: ReadonlySet<string> = new Set([
  'From',
  'To',
  'Caller',
  'Called',
  'SpeechResult',
  'Digits',
  'body',
  'userId',
  'deviceId',
  'user',
  'device',
]);
const CENSOR = '[redacted]';

/** pino's levels and numbers, quietest last; `silent` writes nothing. */
const LEVEL_NUMBERS = { trace: 10, debug: 20, info: 30, warn: 40, error: 50, fatal: 60, silent: Infinity } as const;
const LOG_LEVELS = Object.keys(LEVEL_NUMBERS) as (keyof typeof LEVEL_NUMBERS)[];
export type LogLevel = keyof typeof LEVEL_NUMBERS;
type Method = Exclude<LogLevel, 'silent'>;

type LogFn = (fields: Readonly<Record<string, unknown>>, msg?: string) => void;
export type Logger = Readonly<Record<Method, LogFn>> & { readonly level: LogLevel };

/** Where lines go: anything with write(text), e.g. process.stdout or a test's in-memory stream. */
export interface LogDestination {
  write(line: string): unknown;
}

/** LOG_LEVEL, default info; anything else is a ConfigError naming the variable and the allowed values. */
export function readLogLevel(env: Readonly<Record<string, string | undefined>>): LogLevel {
  const raw = env.LOG_LEVEL?.trim().toLowerCase();
  if (!raw) return 'info';
  if ((LOG_LEVELS as readonly string[]).includes(raw)) return raw as LogLevel;
  throw new ConfigError([
    {
      variable: 'LOG_LEVEL',
      problem: `"${env.LOG_LEVEL}" is not a log level.`,
      fix: `use one of ${LOG_LEVELS.join(', ')}, or unset it for info.`,
    },
  ]);
}

const redact = (key: string, value: unknown): unknown => (REDACTED_KEYS.has(key) ? CENSOR : value);

/** The JSON line for one entry: level, time, the fields (caller data blanked), then the message. */
function logLine(level: Method, fields: Readonly<Record<string, unknown>>, msg: string | undefined, now: number) {
  return `${JSON.stringify({ level: LEVEL_NUMBERS[level], time: now, ...fields, msg }, redact)}\n`;
}

export function createLogger(options: { level?: string; destination?: LogDestination } = {}): Logger {
  const level = options.level === undefined ? readLogLevel(process.env) : readLogLevel({ LOG_LEVEL: options.level });
  const threshold = LEVEL_NUMBERS[level];
  const entry =
    (method: Method): LogFn =>
    (fields, msg) => {
      if (LEVEL_NUMBERS[method] < threshold) return;
      (options.destination ?? process.stdout).write(logLine(method, fields, msg, Date.now()));
    };
  return {
    level,
    trace: entry('trace'),
    debug: entry('debug'),
    info: entry('info'),
    warn: entry('warn'),
    error: entry('error'),
    fatal: entry('fatal'),
  };
}
