// Shared set-up for the phone line tests: a real server on port 0, real Twilio signatures, TwiML queries.

import { RESOURCE_IDS, RESOURCES, spokenGroups } from '../../content/index.js';
import { parseTwiml, simulatedCallParams, type TwimlNode } from '../../tools/call-simulator.js';
import { loadConfig } from '../../app/config.js';
import { start, stop, type Running } from '../../app/local.js';
import { createLogger, type Logger } from '../../infra/logger.js';
import { loadIvrConfig } from '../../ivr/config.js';
import { phoneLine } from '../../ivr/phone.js';
import { TOKEN, twilioWebhook, type SignOptions, type WebhookParams } from '../support/twilio.js';

export const silentLogger = (): Logger => createLogger({ level: 'silent' });

/** Wednesday 2 December 2026, 10:00 in Los Angeles: every service in the registry is open. */
const DAYTIME = new Date('2026-12-02T18:00:00Z');
/** Sunday 29 November 2026, 3:00 in Los Angeles: office lines are closed. */
export const NIGHT = new Date('2026-11-29T11:00:00Z');

/**
 * The whole app as npm start runs it, on 127.0.0.1 port 0, signed with TOKEN unless env says otherwise.
 * `clock` is the time the phone line reads services' opening hours at: fixed, so no test depends on the wall clock.
 */
export async function startLine(
  env: NodeJS.ProcessEnv = {},
  logger: Logger = silentLogger(),
  clock: () => Date = () => DAYTIME,
): Promise<Running> {
  return start(loadConfig({ HOST: '127.0.0.1', PORT: '0', TWILIO_AUTH_TOKEN: TOKEN, ...env }), { logger, clock });
}

export { stop as stopLine };

export interface Reply {
  readonly status: number;
  readonly type: string;
  readonly text: string;
  readonly headers: Headers;
}

interface PostOptions extends SignOptions {
  /** Headers sent besides (or instead of) the webhook's own. */
  readonly headers?: Record<string, string>;
  /** Gives the request up, as Twilio does when an answer is too slow. */
  readonly signal?: AbortSignal;
}

/** The host the in-process line believes it was called on; signatures are made over it. */
const IN_PROCESS_ORIGIN = 'http://line.test';

/**
 * The phone line's core in this process (no socket), behind the real signature check with TOKEN: answers a signed
 * Twilio-style form POST to `path` (e.g. /ivr/voice?lang=es-US) as the local server would.
 */
export function inProcessLine(
  env: NodeJS.ProcessEnv = {},
  logger: Logger = silentLogger(),
  clock?: () => Date,
): (path: string, params?: Record<string, string>) => Promise<Reply> {
  const config = loadIvrConfig({ TWILIO_AUTH_TOKEN: TOKEN, ...env });
  const answer = phoneLine({ config, production: false, logger, ...(clock ? { clock } : {}) });
  return async (path, params = {}) => {
    const webhook = twilioWebhook(`${IN_PROCESS_ORIGIN}${path}`, params);
    const res = (await answer({
      method: 'POST',
      url: path,
      headers: { host: new URL(IN_PROCESS_ORIGIN).host, ...webhook.headers },
      body: Buffer.from(webhook.body),
      protocol: 'http',
    })) ?? { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8' }, body: 'Not found.' };
    const headers = new Headers(res.headers);
    return { status: res.status, type: headers.get('content-type') ?? '', text: res.body, headers };
  };
}

/** A Twilio webhook POSTed over HTTP (test/support/twilio.ts), signed with TOKEN unless `options` say otherwise. */
export async function post(url: string, params: WebhookParams = {}, options: PostOptions = {}): Promise<Reply> {
  const { body, headers } = twilioWebhook(url, params, options);
  const res = await fetch(url, {
    method: 'POST',
    headers: { ...headers, ...options.headers },
    body,
    signal: options.signal,
  });
  return {
    status: res.status,
    type: res.headers.get('content-type') ?? '',
    text: await res.text(),
    headers: res.headers,
  };
}

/** The parameters Twilio sends on every webhook of one call, with fictional numbers. */
export const callParams = (): Record<string, string> => simulatedCallParams();

/** Every element called `name` under `node`, depth first, in document order. */
export function findAll(node: TwimlNode, name: string): TwimlNode[] {
  return node.children.flatMap((c) => [...(c.name === name ? [c] : []), ...findAll(c, name)]);
}

/**
 * Digits a <Say> speaks as plain text, outside <say-as>: a run that a voice would read as a number ("820-6700",
 * "3 2 3, 8 9 0", 211). Numbers from the registry are always inside <say-as>; small counts ("24 hours") are not runs.
 */
export function plainDigitRuns(say: TwimlNode): string[] {
  const text = say.children
    .filter((c) => c.name !== 'say-as')
    .map((c) => c.text ?? '')
    .join(' ');
  return [...text.matchAll(/\d{3}[\s.-]\d{4}|\d{5,}|\b\d(?:[\s,.-]+\d\b){2,}|\b(?:[2-9]11|988)\b/g)].map((m) => m[0]);
}

/** The digit strings a <Say> speaks as numbers: say-as groups separated only by breaks form one number. */
export function spokenNumbers(say: TwimlNode): string[] {
  const out: string[] = [];
  let current: string | undefined;
  for (const child of say.children) {
    if (child.name === 'say-as') current = (current ?? '') + child.children.map((c) => c.text ?? '').join('');
    else if (child.name === 'break' && current !== undefined) continue;
    else if (current !== undefined) {
      out.push(current);
      current = undefined;
    }
  }
  if (current !== undefined) out.push(current);
  return out;
}

/** Every number the registry lets the product say, as its spoken digits. */
export const REGISTRY_SPOKEN = new Set(
  RESOURCE_IDS.flatMap((id) => {
    const r = RESOURCES[id];
    return [r.phone ? spokenGroups(r.phone).join('') : undefined, r.dialCode, r.sms?.shortCode].filter(
      (v): v is string => v !== undefined,
    );
  }),
);

export const HOTLINE_SPOKEN = spokenGroups(RESOURCES.traffickingHotline.phone ?? '+1').join('');

export { parseTwiml, type TwimlNode };
