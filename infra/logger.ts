// Structured logs that cannot carry a caller: pino with an allow-list of fields and redaction as a second net.

import { pino, type Logger, type DestinationStream } from 'pino';

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

export function createLogger(options: { level?: string; destination?: DestinationStream } = {}): Logger {
  return pino(
    {
      level: options.level ?? process.env.LOG_LEVEL ?? 'info',
      base: undefined,
      redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
    },
    options.destination,
  );
}
