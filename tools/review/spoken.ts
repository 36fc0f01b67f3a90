// What a <Say> or an SSML answer sounds like, written out for a reader: numbers digit by digit in their spoken
// groups ("1, 8 8 8, 3 7 3, 7 8 8 8"), the numbers said, and an estimate of how long it takes to say.

import VoiceResponse from 'twilio/lib/twiml/VoiceResponse.js';
import {
  RESOURCE_IDS,
  RESOURCES,
  spokenGroups,
  type Locale,
  type Prompt,
  type ResourceId,
} from '../../content/index.js';
import { appendPrompt } from '../../ivr/render-say.js';
import { parseTwiml, parseXml, type TwimlNode } from '../../tools/call-simulator.js';

/**
 * Speaking rates for the estimate, in words a minute: a calm, clear telephone voice. Spanish carries more (and
 * shorter) words a minute than English. Each digit of a number counts as a word. Measure with `npm run preview`.
 */
export const WORDS_PER_MINUTE: Readonly<Record<Locale, number>> = { 'en-US': 150, 'es-US': 170 };

export interface Spoken {
  /** The words as the voice says them. */
  readonly text: string;
  /** Each number said, as its digits (e.g. 18883737888), in order. */
  readonly numbers: readonly string[];
  readonly words: number;
  /** Milliseconds of explicit pauses (<break>). */
  readonly pauseMs: number;
}

const breakMs = (node: TwimlNode): number => {
  const m = /^(\d+(?:\.\d+)?)(ms|s)$/.exec(node.attrs.time ?? '');
  return m ? Number(m[1]) * (m[2] === 's' ? 1000 : 1) : 0;
};

const digitsOf = (node: TwimlNode): string => node.children.map((c) => c.text ?? '').join('');

/** Flattens an element's children: text, say-as digit groups (a break between two groups is a comma), breaks. */
function spokenOf(nodes: readonly TwimlNode[]): Spoken {
  let text = '';
  const numbers: string[] = [];
  let pauseMs = 0;
  let current: string | undefined;
  const endNumber = (): void => {
    if (current !== undefined) numbers.push(current);
    current = undefined;
  };
  const visit = (list: readonly TwimlNode[]): void => {
    list.forEach((node, i) => {
      if (node.name === '#text') {
        endNumber();
        text += node.text ?? '';
      } else if (node.name === 'say-as') {
        const digits = digitsOf(node);
        text += digits.split('').join(' ');
        current = (current ?? '') + digits;
      } else if (node.name === 'break') {
        pauseMs += breakMs(node);
        const between = current !== undefined && list[i + 1]?.name === 'say-as';
        text += between ? ', ' : ' … ';
        if (!between) endNumber();
      } else {
        endNumber();
        visit(node.children);
      }
    });
  };
  visit(nodes);
  endNumber();
  const clean = text
    .replace(/\s+/g, ' ')
    .replace(/\s+([.,;:?!])/g, '$1')
    .trim();
  const words = clean.split(' ').filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
  return { text: clean, numbers, words, pauseMs };
}

/** A TwiML <Say> element as spoken. */
export const spokenSay = (say: TwimlNode): Spoken => spokenOf(say.children);

/** A prompt as the phone voice says it: through the phone line's own <Say> renderer, then read as above. */
export function spokenPrompt(prompt: Prompt): Spoken {
  const response = new VoiceResponse();
  appendPrompt(response.say(''), prompt);
  return spokenSay(parseTwiml(response.toString()).children[0] as TwimlNode);
}

/** An Alexa SSML string (<speak>…</speak>) as spoken. */
export const spokenSsml = (ssml: string): Spoken => spokenOf(parseXml(ssml));

/** Estimated seconds to say it: words at the language's rate, plus its pauses; one decimal. */
export function estimateSeconds(spoken: Spoken, locale: Locale): number {
  const seconds = (spoken.words * 60) / WORDS_PER_MINUTE[locale] + spoken.pauseMs / 1000;
  return Math.round(seconds * 10) / 10;
}

/** Every number the registry lets the product say, as spoken digits -> the resource it belongs to. */
export const REGISTRY_NUMBERS: ReadonlyMap<string, { id: ResourceId; what: 'phone' | 'dialCode' | 'sms' }> = new Map(
  RESOURCE_IDS.flatMap((id) => {
    const r = RESOURCES[id];
    const out: [string, { id: ResourceId; what: 'phone' | 'dialCode' | 'sms' }][] = [];
    if (r.phone) out.push([spokenGroups(r.phone).join(''), { id, what: 'phone' }]);
    if (r.dialCode) out.push([r.dialCode, { id, what: 'dialCode' }]);
    if (r.sms) out.push([r.sms.shortCode, { id, what: 'sms' }]);
    return out;
  }),
);
