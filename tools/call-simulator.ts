// A stand-in for Twilio's side of a call: POSTs the webhooks, reads the TwiML and follows Say, Gather, Redirect,
// Dial and Hangup the way Twilio does. Used by `npm run call` and by tests; it never talks to Twilio.

import { randomBytes } from 'node:crypto';
import { XMLParser } from 'fast-xml-parser';
import { getExpectedTwilioSignature } from 'twilio/lib/webhooks/webhooks.js';

/** One TwiML element: name, attributes, children in document order; text nodes have name '#text'. */
export interface TwimlNode {
  readonly name: string;
  readonly attrs: Readonly<Record<string, string>>;
  readonly children: readonly TwimlNode[];
  readonly text?: string;
}

type Ordered = Record<string, unknown>;
const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  trimValues: false,
  parseTagValue: false,
  parseAttributeValue: false,
});

function toNode(entry: Ordered): TwimlNode {
  const attrs = (entry[':@'] ?? {}) as Record<string, string>;
  const name = Object.keys(entry).find((k) => k !== ':@') as string;
  if (name === '#text') return { name, attrs: {}, children: [], text: String(entry[name]) };
  const children = ((entry[name] ?? []) as Ordered[]).map(toNode);
  return { name, attrs, children };
}

/** Parses any XML (a TwiML document, an SSML <speak>) into nodes in document order. */
export function parseXml(xml: string): TwimlNode[] {
  return (parser.parse(xml) as Ordered[]).map(toNode).filter((n) => n.name !== '?xml');
}

/** Parses a TwiML document; throws when it is not XML with a <Response> root. */
export function parseTwiml(xml: string): TwimlNode {
  const doc = parseXml(xml).filter((n) => n.name !== '#text');
  const root = doc[0];
  if (doc.length !== 1 || root?.name !== 'Response') throw new Error('Not TwiML: the root element is not <Response>.');
  return root;
}

/** What a <Say> sounds like as text: digits in groups joined by "-", breaks as nothing. */
export function sayText(say: TwimlNode): string {
  let out = '';
  let lastWasDigits = false;
  for (const child of say.children) {
    if (child.name === '#text') {
      out += child.text ?? '';
      lastWasDigits = false;
    } else if (child.name === 'say-as') {
      const digits = child.children.map((c) => c.text ?? '').join('');
      out += (lastWasDigits ? '-' : '') + digits;
      lastWasDigits = true;
    } else if (child.name !== 'break') {
      lastWasDigits = false;
    }
  }
  return out.replace(/\s+/g, ' ').trim();
}

export type CallerMove =
  | { readonly kind: 'key'; readonly key: string }
  | { readonly kind: 'speech'; readonly text: string }
  | { readonly kind: 'silence' }
  | { readonly kind: 'hangup' };

export const DIAL_OUTCOMES = ['completed', 'busy', 'no-answer', 'failed', 'canceled'] as const;
export type DialOutcomeName = (typeof DIAL_OUTCOMES)[number];

export type CallEvent =
  | { readonly kind: 'request'; readonly url: string }
  | { readonly kind: 'say'; readonly voice: string; readonly language: string; readonly text: string }
  | { readonly kind: 'listen'; readonly language: string }
  | { readonly kind: 'move'; readonly move: CallerMove }
  | { readonly kind: 'dial'; readonly number: string; readonly callerId: string | undefined }
  | { readonly kind: 'dialOutcome'; readonly status: DialOutcomeName }
  | { readonly kind: 'end'; readonly reason: 'hangup' | 'caller-hung-up' | 'end-of-twiml' | 'too-many-steps' };

export interface Caller {
  /** After a Gather's prompts: what the caller does. */
  move(language: string): Promise<CallerMove>;
  /** At a Dial: how the transfer ends. */
  dialOutcome(number: string): Promise<DialOutcomeName>;
}

export interface CallOptions {
  /** e.g. http://127.0.0.1:3000 */
  readonly baseUrl: string;
  readonly caller: Caller;
  readonly onEvent: (event: CallEvent) => void;
  /** Sign every request as Twilio would, when the server checks signatures. */
  readonly authToken?: string;
  /** Parameters Twilio sends with every webhook (From, To, CallSid, ...). */
  readonly callParams?: Readonly<Record<string, string>>;
  readonly entryPath?: string;
  /** Bounds a runaway call (the line itself must never loop; this is a guard for the tool). */
  readonly maxRequests?: number;
}

/** Fictional numbers (555-01xx is reserved for fiction) standing in for a caller and for the line itself. */
const SIMULATED_CALLER = '+15555550100';
export const SIMULATED_LINE = '+15555550199';

export function simulatedCallParams(): Record<string, string> {
  return {
    CallSid: `CA${randomBytes(16).toString('hex')}`,
    AccountSid: `AC${randomBytes(16).toString('hex')}`,
    From: SIMULATED_CALLER,
    Caller: SIMULATED_CALLER,
    To: SIMULATED_LINE,
    Called: SIMULATED_LINE,
    Direction: 'inbound',
    CallStatus: 'in-progress',
    ApiVersion: '2010-04-01',
  };
}

export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly url: string,
    body: string,
  ) {
    super(`${url} answered HTTP ${status}: ${body.slice(0, 200)}`);
    this.name = 'HttpError';
  }
}

/** One webhook, signed when a token is given; returns the TwiML text. */
async function postWebhook(url: string, params: Readonly<Record<string, string>>, authToken?: string): Promise<string> {
  const headers: Record<string, string> = { 'content-type': 'application/x-www-form-urlencoded' };
  if (authToken) headers['x-twilio-signature'] = getExpectedTwilioSignature(authToken, url, { ...params });
  const res = await fetch(url, { method: 'POST', headers, body: new URLSearchParams(params) });
  const body = await res.text();
  if (res.status !== 200) throw new HttpError(res.status, url, body);
  return body;
}

/** Plays one call to the end. Returns why it ended. */
export async function runCall(options: CallOptions): Promise<CallEvent & { kind: 'end' }> {
  const { caller, onEvent, authToken } = options;
  const callParams = options.callParams ?? simulatedCallParams();
  const max = options.maxRequests ?? 200;
  let url = new URL(options.entryPath ?? '/ivr/voice', options.baseUrl).href;
  let extra: Record<string, string> = {};
  const end = (reason: (CallEvent & { kind: 'end' })['reason']): CallEvent & { kind: 'end' } => {
    const event = { kind: 'end', reason } as const;
    onEvent(event);
    return event;
  };

  for (let requests = 0; requests < max; requests++) {
    onEvent({ kind: 'request', url });
    const doc = parseTwiml(await postWebhook(url, { ...callParams, ...extra }, authToken));
    let next: { url: string; extra: Record<string, string> } | undefined;
    for (const verb of doc.children) {
      if (verb.name === 'Say') {
        onEvent({
          kind: 'say',
          voice: verb.attrs.voice ?? '',
          language: verb.attrs.language ?? '',
          text: sayText(verb),
        });
      } else if (verb.name === 'Gather') {
        for (const say of verb.children.filter((c) => c.name === 'Say')) {
          onEvent({
            kind: 'say',
            voice: say.attrs.voice ?? '',
            language: say.attrs.language ?? '',
            text: sayText(say),
          });
        }
        const language = verb.attrs.language ?? '';
        onEvent({ kind: 'listen', language });
        const move = await caller.move(language);
        onEvent({ kind: 'move', move });
        if (move.kind === 'hangup') return end('caller-hung-up');
        if (move.kind === 'silence') continue; // Twilio goes on to the next verb
        const action = new URL(verb.attrs.action ?? url, url).href;
        next = {
          url: action,
          extra: move.kind === 'key' ? { Digits: move.key } : { SpeechResult: move.text, Confidence: '0.9' },
        };
        break;
      } else if (verb.name === 'Redirect') {
        next = { url: new URL(verb.children[0]?.text?.trim() ?? url, url).href, extra: {} };
        break;
      } else if (verb.name === 'Dial') {
        const number = verb.children.find((c) => c.name === 'Number')?.children[0]?.text?.trim() ?? '';
        onEvent({ kind: 'dial', number, callerId: verb.attrs.callerId });
        const status = await caller.dialOutcome(number);
        onEvent({ kind: 'dialOutcome', status });
        if (!verb.attrs.action) continue;
        next = {
          url: new URL(verb.attrs.action, url).href,
          extra: { DialCallStatus: status, DialCallDuration: status === 'completed' ? '60' : '0' },
        };
        break;
      } else if (verb.name === 'Hangup') {
        return end('hangup');
      }
    }
    if (!next) return end('end-of-twiml');
    url = next.url;
    extra = next.extra;
  }
  return end('too-many-steps');
}
