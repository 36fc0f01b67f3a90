// The only shape a phone-line log line can take: route, menu id, key category, locale, outcome. Nothing about a caller.

import type { Locale, MenuId } from '../content/index.js';
import type { Logger } from '../infra/logger.js';
import type { KeyCategory } from './flow.js';

export interface StepLog {
  readonly route: string;
  readonly locale: Locale;
  readonly outcome: string;
  readonly menu?: MenuId;
  readonly key?: KeyCategory;
}

/** Copies the allowed fields one by one, so an object with more in it can never leak through. */
export function logStep(logger: Logger, entry: StepLog): void {
  const line: Record<string, string> = {
    channel: 'ivr',
    route: entry.route,
    locale: entry.locale,
    outcome: entry.outcome,
  };
  if (entry.menu) line.menu = entry.menu;
  if (entry.key) line.key = entry.key;
  logger.info(line, 'ivr step');
}

/** Errors are logged by name only: a message could quote a request. */
export function logError(logger: Logger, route: string, err: unknown): void {
  const name = err instanceof Error ? err.name : typeof err;
  logger.error({ channel: 'ivr', route, errorName: name, outcome: 'error-fallback' }, 'ivr route failed');
}
