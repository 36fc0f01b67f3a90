// The properties every phone-line answer must have, whatever led to it: each check returns its problems, [] if none.

import { XMLValidator } from 'fast-xml-parser';
import { RESOURCES, RESOURCE_IDS } from '../../content/index.js';
import { HOTLINE_SPOKEN, REGISTRY_SPOKEN, findAll, parseTwiml, spokenNumbers, type TwimlNode } from '../ivr/helpers.js';

/** Twilio's limits: a TwiML document under 64 kB, a Polly <Say> under 3,000 characters. */
const TWIML_LIMIT = 64 * 1024;
const SAY_LIMIT = 3000;

/** Every number the line may dial: the transferable registry phones (never 911, never a caller's number). */
const DIALLABLE = new Set(
  RESOURCE_IDS.filter((id) => RESOURCES[id].transferable && RESOURCES[id].phone).map((id) => RESOURCES[id].phone),
);
export const HOTLINE_PHONE = RESOURCES.traffickingHotline.phone as string;

export const textOf = (node: TwimlNode): string =>
  node.children
    .map((c) => c.text ?? '')
    .join('')
    .trim();

export interface Answer {
  readonly status: number;
  readonly type: string;
  readonly xml: string;
}

export interface Checked {
  readonly problems: string[];
  readonly doc?: TwimlNode;
}

/** True when some <Say> of the document speaks the hotline number. */
export const speaksHotline = (doc: TwimlNode): boolean =>
  findAll(doc, 'Say').some((say) => spokenNumbers(say).includes(HOTLINE_SPOKEN));

export const dialledNumber = (dial: TwimlNode): string => textOf(findAll(dial, 'Number')[0] ?? dial);

/**
 * 200 text/xml; well-formed TwiML; within Twilio's sizes; only registry numbers spoken and dialled, with the line's
 * own number as caller ID; and a way forward: a Gather with its Redirect, a Dial with an action, a Redirect, or an
 * ending that gives the hotline number.
 */
export function checkAnswer(answer: Answer, lineNumber: string): Checked {
  const problems: string[] = [];
  if (answer.status !== 200) return { problems: [`HTTP ${answer.status}: ${answer.xml.slice(0, 200)}`] };
  if (!answer.type.startsWith('text/xml')) problems.push(`content-type ${answer.type}`);
  if (XMLValidator.validate(answer.xml) !== true) return { problems: [...problems, 'not well-formed XML'] };
  let doc: TwimlNode;
  try {
    doc = parseTwiml(answer.xml);
  } catch (err) {
    return { problems: [...problems, (err as Error).message] };
  }
  const bytes = Buffer.byteLength(answer.xml);
  if (bytes >= TWIML_LIMIT) problems.push(`TwiML of ${bytes} bytes`);
  for (const [, inner] of answer.xml.matchAll(/<Say\b[^>]*>([\s\S]*?)<\/Say>/g)) {
    if ((inner ?? '').length >= SAY_LIMIT) problems.push(`a <Say> of ${(inner ?? '').length} characters`);
  }
  for (const say of findAll(doc, 'Say')) {
    for (const n of spokenNumbers(say)) if (!REGISTRY_SPOKEN.has(n)) problems.push(`speaks ${n}, not in the registry`);
    if (!say.attrs.voice || !['en-US', 'es-US'].includes(say.attrs.language ?? '')) {
      problems.push(`a <Say> with voice ${say.attrs.voice} language ${say.attrs.language}`);
    }
  }
  for (const dial of findAll(doc, 'Dial')) {
    const number = dialledNumber(dial);
    if (!DIALLABLE.has(number as `+${string}`)) problems.push(`dials ${number}, not a transferable registry number`);
    if (dial.attrs.callerId !== undefined && dial.attrs.callerId !== lineNumber) {
      problems.push(`a <Dial> presents ${dial.attrs.callerId}, not the line's own number`);
    }
  }
  const verbs = doc.children.map((c) => c.name);
  const gather = verbs.indexOf('Gather');
  const forward =
    (gather >= 0 && verbs[gather + 1] === 'Redirect') ||
    doc.children.some((c) => c.name === 'Dial' && c.attrs.action) ||
    verbs.at(-1) === 'Redirect' ||
    (verbs.at(-1) === 'Hangup' && speaksHotline(doc));
  if (!forward) problems.push(`no way forward: ${verbs.join(', ')}`);
  return { problems, doc };
}
