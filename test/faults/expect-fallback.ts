// What a caller must get when something fails: an apology, the hotline number twice, a dial to the hotline.

import { expect } from 'vitest';
import { RESOURCES, type Locale } from '../../content/index.js';
import { HOTLINE_SPOKEN, findAll, parseTwiml, spokenNumbers, type Reply, type TwimlNode } from '../ivr/helpers.js';

export function expectFallbackAnswer(reply: Reply, locale?: Locale): TwimlNode {
  expect(reply.status).toBe(200);
  expect(reply.type).toMatch(/^text\/xml/);
  const doc = parseTwiml(reply.text);
  const verbs = doc.children.map((c) => c.name);
  expect(verbs.at(-1)).toBe('Hangup');
  const dial = doc.children.find((c) => c.name === 'Dial');
  expect(findAll(dial as TwimlNode, 'Number')[0]?.children[0]?.text).toBe(RESOURCES.traffickingHotline.phone);
  const before = doc.children.slice(0, verbs.indexOf('Dial')).filter((c) => c.name === 'Say');
  const heard = before.flatMap(spokenNumbers).filter((n) => n === HOTLINE_SPOKEN);
  expect(heard.length).toBeGreaterThanOrEqual(2);
  if (locale) for (const say of findAll(doc, 'Say')) expect(say.attrs.language).toBe(locale);
  return doc;
}

/** A normal screen: a Gather with its Redirect. */
export function expectScreen(reply: Reply): TwimlNode {
  expect(reply.status).toBe(200);
  const doc = parseTwiml(reply.text);
  expect(doc.children.map((c) => c.name)).toEqual(['Gather', 'Redirect']);
  return doc;
}
