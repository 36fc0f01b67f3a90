// Twilio's Debugger webhook (Console: Monitor, Debugger, Webhook) at POST /ivr/debugger: counts Twilio's own errors
// and warnings by level and code, checked with the same signature as every /ivr request. Nothing else of the event is
// read, kept or logged: its payload can hold the request Twilio made, with a caller's number in it.

import {
  BODY_LIMIT_BYTES,
  TOO_LARGE_MESSAGE,
  header,
  textResponse,
  type HttpRequest,
  type HttpResponse,
} from '../infra/http.js';
import type { Logger } from '../infra/logger.js';
import { closed } from '../infra/metrics/labels.js';
import { authTokenSource } from './auth-token.js';
import type { IvrConfig } from './config.js';
import type { IvrCounts } from './metrics.js';
import { formBody, isForm, param, type FormParams } from './params.js';
import { signatureCheck } from './signature.js';
import { TWILIO_ERROR_CODES, TWILIO_EVENT_LEVELS } from './twilio-errors.js';

export const DEBUGGER_PATH = '/ivr/debugger';

export interface TwilioDebuggerOptions {
  readonly config: IvrConfig;
  readonly production: boolean;
  readonly logger: Logger;
  readonly counts?: IvrCounts;
}

/** Answers POST /ivr/debugger; undefined for any other path (the phone line's, or the host's 404). */
export type TwilioDebuggerWebhook = (req: HttpRequest) => Promise<HttpResponse | undefined>;

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

const isDebuggerPath = (url: string): boolean =>
  (url.split('?')[0] ?? '').toLowerCase().replace(/\/$/, '') === DEBUGGER_PATH;

/** The form Twilio posts, or the answer that refuses what is not one (as the phone line refuses it). */
function formOf(req: HttpRequest): { readonly params: FormParams } | { readonly refused: HttpResponse } {
  if (req.body.length > BODY_LIMIT_BYTES) return { refused: textResponse(413, TOO_LARGE_MESSAGE) };
  const contentType = header(req, 'content-type');
  const form = formBody(contentType, req.body);
  if (form.kind === 'charset') {
    return { refused: textResponse(415, `Unsupported charset "${form.charset.toUpperCase()}".`) };
  }
  if (req.body.length > 0 && !isForm(contentType)) {
    return { refused: textResponse(400, 'Bad request: Twilio webhooks are application/x-www-form-urlencoded forms.') };
  }
  return { params: form.params };
}

export function twilioDebuggerWebhook(options: TwilioDebuggerOptions): TwilioDebuggerWebhook {
  const { config, production, logger, counts } = options;
  const signed = signatureCheck({
    authToken: authTokenSource(config),
    publicBaseUrl: config.publicBaseUrl,
    production,
    logger,
    ...(counts ? { counts } : {}),
  });
  return async (req) => {
    // Anything else at this path goes on to the phone line, which refuses or ignores it like any unknown path.
    if (req.method !== 'POST' || !isDebuggerPath(req.url)) return undefined;
    const form = formOf(req);
    if ('refused' in form) return form.refused;
    const verdict = await signed(req, form.params);
    if (verdict === 'unavailable') return textResponse(503, 'Service unavailable.');
    if (verdict === 'forbidden') return textResponse(403, 'Forbidden: this address only answers Twilio.');
    const labels = debuggerEventLabels(form.params);
    counts?.record({ kind: 'twilioDebuggerEvent', ...labels });
    logger.warn({ event: 'twilio.debugger', ...labels });
    return { status: 204, headers: {}, body: '' };
  };
}
