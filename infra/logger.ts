// Structured logs that cannot carry a caller: pino with an allow-list of fields and redaction as a second net.

import { pino, type Logger, type DestinationStream } from 'pino';
import { ConfigError } from './config-error.js';

/** Paths pino blanks if code ever passes them; the real guard is that handlers log only ids and counts. */
export const REDACTED_PATHS = [
  'From',
  'To',
  'Caller',
  'Called',
  'SpeechResult',
  'Digits',
  'body',
  'req.body',
  'userId',
  'deviceId',
  'session.user',
  'context.System.user',
  'context.System.device',
  '*.From',
  '*.To',
  '*.Caller',
  '*.Called',
  '*.SpeechResult',
  '*.userId',
  '*.deviceId',
];

export type { Logger };

/** pino's levels, quietest last. */
export const LOG_LEVELS = ['trace', 'debug', 'info', 'warn', 'error', 'fatal', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

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

export function createLogger(options: { level?: string; destination?: DestinationStream } = {}): Logger {
  return pino(
    {
      level: options.level ?? readLogLevel(process.env),
      base: undefined,
      redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
    },
    options.destination,
  );
}
