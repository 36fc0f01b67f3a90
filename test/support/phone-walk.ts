// Breadth-first walk over every answer the phone line can give from /ivr/voice: every key (and any speech given)
// on every screen, silence, and every way a transfer can end. Used by the whole-tree test and the review kit's test.

import { parseTwiml, type TwimlNode } from '../../tools/call-simulator.js';
import { DIAL_STATUSES } from '../../ivr/flow.js';
import type { Locale } from '../../content/index.js';

/** Every key on a phone keypad, in the order a review reads them. */
const KEYPAD = ['1', '2', '3', '4', '5', '6', '7', '8', '9', '0', '*', '#'] as const;

export interface WalkRequest {
  readonly path: string;
  /** The webhook parameters this step adds (Digits, SpeechResult or DialCallStatus); none for silence. */
  readonly extra: Readonly<Record<string, string>>;
}

export interface WalkVisit {
  readonly request: WalkRequest;
  readonly locale: Locale;
  readonly doc: TwimlNode;
  readonly xml: string;
  /** The request that follows when the caller does nothing (silence, or a transfer nobody answers). */
  readonly idle?: string;
}

interface WalkReply {
  readonly status: number;
  readonly type: string;
  readonly text: string;
}

export interface WalkOptions {
  /** Posts one webhook (path relative to the server, with the step's extra parameters) and returns the reply. */
  readonly send: (request: WalkRequest) => Promise<WalkReply>;
  /** Speech tried on every fresh screen, per language (keys are always tried). */
  readonly speech?: Readonly<Record<Locale, readonly string[]>>;
  /** Speech that matches nothing, tried on reprompts as well as the '#' key. */
  readonly retrySpeech?: string;
  /** Bounds the walk itself; a line with an endless tree stops here instead of hanging. */
  readonly maxRequests?: number;
  /** Called once per answer, in the order the walk reaches them. */
  readonly onVisit?: (visit: WalkVisit) => void;
}

export interface WalkResult {
  /** Every answer, keyed by requestKey(request), in the order the walk reached them. */
  readonly visits: ReadonlyMap<string, WalkVisit>;
  /** Requests that did not get a 200 text/xml answer. */
  readonly problems: readonly string[];
  readonly requests: number;
  /** True when maxRequests stopped the walk before it ran out of new requests. */
  readonly truncated: boolean;
}

export const requestKey = (r: WalkRequest): string => `${r.path} ${JSON.stringify(r.extra)}`;
const param = (path: string, name: string): string | null => new URL(path, 'http://x').searchParams.get(name);
export const langOf = (path: string): Locale => (param(path, 'lang') === 'es-US' ? 'es-US' : 'en-US');
export const triesOf = (path: string): number => Number(param(path, 'tries') ?? '0');

/** Walks the whole tree, 16 requests at a time; answers in both languages are reached through the language key. */
export async function walkPhoneTree(options: WalkOptions): Promise<WalkResult> {
  const max = options.maxRequests ?? 20_000;
  const queue: WalkRequest[] = [{ path: '/ivr/voice', extra: {} }];
  const seen = new Set<string>(queue.map(requestKey));
  const visits = new Map<string, WalkVisit>();
  const problems: string[] = [];
  const enqueue = (r: WalkRequest): string => {
    const k = requestKey(r);
    if (!seen.has(k)) {
      seen.add(k);
      queue.push(r);
    }
    return k;
  };
  let requests = 0;
  while (queue.length > 0 && requests < max) {
    const batch = queue.splice(0, Math.min(16, max - requests));
    requests += batch.length;
    const replies = await Promise.all(batch.map(async (request) => ({ request, reply: await options.send(request) })));
    for (const { request, reply } of replies) {
      if (reply.status !== 200 || !reply.type.startsWith('text/xml')) {
        problems.push(`${requestKey(request)}: HTTP ${reply.status} ${reply.type}`);
        continue;
      }
      const doc = parseTwiml(reply.text);
      const gather = doc.children.find((c) => c.name === 'Gather');
      const dial = doc.children.find((c) => c.name === 'Dial');
      const locale = (gather?.attrs.language as Locale | undefined) ?? langOf(request.path);
      let idle: string | undefined;
      if (gather?.attrs.action) {
        const action = gather.attrs.action;
        // A fresh screen gets every key and phrase; a reprompt only the moves that lead to the next reprompt.
        const inputs: Record<string, string>[] =
          triesOf(action) === 0
            ? [
                ...KEYPAD.map((k) => ({ Digits: k })),
                ...(options.speech?.[locale] ?? []).map((s) => ({ SpeechResult: s })),
              ]
            : [{ Digits: '#' }, ...(options.retrySpeech ? [{ SpeechResult: options.retrySpeech }] : [])];
        for (const extra of inputs) enqueue({ path: action, extra });
        idle = enqueue({ path: action, extra: {} });
      } else if (dial?.attrs.action) {
        for (const status of DIAL_STATUSES) {
          const k = enqueue({ path: dial.attrs.action, extra: { DialCallStatus: status } });
          if (status === 'no-answer') idle = k;
        }
      }
      const visit: WalkVisit = { request, locale, doc, xml: reply.text, ...(idle ? { idle } : {}) };
      visits.set(requestKey(request), visit);
      options.onVisit?.(visit);
    }
  }
  return { visits, problems, requests, truncated: queue.length > 0 };
}
