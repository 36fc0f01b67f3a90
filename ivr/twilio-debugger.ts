// Twilio's Debugger webhook (Console: Monitor, Debugger, Webhook) at POST /ivr/debugger: counts Twilio's own errors
// and warnings by level and code. The phone core reads and signs it like every /ivr request; nothing else of the
// event is read, kept or logged: its payload can hold the request Twilio made, with a caller's number in it.

import type { HttpResponse } from '../infra/http.js';
import type { Logger } from '../infra/logger.js';
import { closed } from '../infra/metrics/labels.js';
import type { IvrCounts } from './metrics.js';
import { param, type FormParams } from './params.js';
import { TWILIO_ERROR_CODES, TWILIO_EVENT_LEVELS } from './twilio-errors.js';

export const DEBUGGER_PATH = '/ivr/debugger';

/** Twilio's code from the event's Payload (a JSON document), or undefined when there is none to read. */
function errorCodeOf(payload: string | undefined): unknown {
  if (payload === undefined) return undefined;
  try {
    return (JSON.parse(payload) as { error_code?: unknown } | null)?.error_code;
  } catch {
    return undefined;
  }
}

/** The event's level and code, each from its closed list ("other" for anything else); nothing more is read. */
export function debuggerEventLabels(params: FormParams): { level: string; code: string } {
  const code = errorCodeOf(param(params, 'Payload'));
  return {
    level: closed(TWILIO_EVENT_LEVELS, param(params, 'Level')?.toLowerCase()),
    code: closed(TWILIO_ERROR_CODES, typeof code === 'number' ? String(code) : code),
  };
}

/** Counts and logs a signed Debugger event by its labels; Twilio needs no body back. */
export function debuggerAnswer(params: FormParams, logger: Logger, counts: IvrCounts): HttpResponse {
  const labels = debuggerEventLabels(params);
  counts.record({ kind: 'twilioDebuggerEvent', ...labels });
  logger.warn({ event: 'twilio.debugger', ...labels });
  return { status: 204, headers: {}, body: '' };
}
