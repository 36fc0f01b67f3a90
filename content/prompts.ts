// The one place sentences are assembled: a locale string plus registry tokens becomes a neutral Prompt.
//
// Locale strings may hold these tokens (never digits of a phone number):
//   {number:ID}   the resource's dial code (211, 911) or phone (read 3-3-4); only a confirmed one
//   {phone:ID}    the resource's full phone number, for a service whose {number:ID} is a dial code (211 LA)
//   {sms:ID}      the resource's SMS short code; only a confirmed one
//   {name:ID}     the resource's name, {purpose:ID} what it is for (both from the locale file)
//   {web:ID}      the resource's website
//   {law:ID}      the citation of a legal register entry (the locale's law.ID): shown on the web, never said
//   {pause}       a short pause

import { tFor } from './i18n.js';
import { canText, isConfirmed } from './reach.js';
import { RESOURCES } from './resources.js';
import { RESOURCE_IDS, type Locale, type Prompt, type ResourceId, type Segment, type TopicId } from './types.js';
import { LEGAL_IDS } from './legal.js';
import { TOKEN, TOKEN_FORMS } from './tokens.js';
import { TOPICS } from './topics.js';

export const PAUSE_MS = 400;
const MAX_DEPTH = 3;

export class ContentError extends Error {
  constructor(
    readonly locale: Locale,
    readonly key: string,
    problem: string,
  ) {
    super(`content/locales/${locale}.json, key "${key}": ${problem}`);
    this.name = 'ContentError';
  }
}

export type Vars = Readonly<Record<string, string | number>>;

function isResourceId(id: string): id is ResourceId {
  return (RESOURCE_IDS as readonly string[]).includes(id);
}

function resourceSegment(locale: Locale, key: string, kind: string, id: ResourceId): Segment {
  const r = RESOURCES[id];
  // An unconfirmed number is never said or shown: the content check refuses such a sentence, and this is the guard.
  if (kind === 'number') {
    if (!isConfirmed(r.verification))
      throw new ContentError(locale, key, `{number:${id}} but its number is unconfirmed`);
    if (r.dialCode) return { kind: 'digits', digits: r.dialCode };
    if (r.phone) return { kind: 'phone', e164: r.phone };
    throw new ContentError(locale, key, `{number:${id}} but the registry has no phone or dial code for "${id}"`);
  }
  if (kind === 'phone') {
    if (r.phone && isConfirmed(r.verification)) return { kind: 'phone', e164: r.phone };
    throw new ContentError(locale, key, `{phone:${id}} but the registry has no confirmed phone for "${id}"`);
  }
  if (kind === 'sms') {
    if (r.sms && canText(r)) return { kind: 'digits', digits: r.sms.shortCode };
    throw new ContentError(locale, key, `{sms:${id}} but the registry has no confirmed SMS short code for "${id}"`);
  }
  if (r.website) return { kind: 'text', text: r.website };
  throw new ContentError(locale, key, `{web:${id}} but the registry has no website for "${id}"`);
}

function expand(locale: Locale, key: string, raw: string, depth: number): Segment[] {
  if (/[{}]/.test(raw.replace(TOKEN, ''))) {
    throw new ContentError(locale, key, `has a brace that is not a known token: use ${TOKEN_FORMS}`);
  }
  const out: Segment[] = [];
  let last = 0;
  for (const m of raw.matchAll(TOKEN)) {
    if (m.index > last) out.push({ kind: 'text', text: raw.slice(last, m.index) });
    last = m.index + m[0].length;
    const [, kind, id] = m;
    if (kind === 'pause') {
      out.push({ kind: 'pause', ms: PAUSE_MS });
      continue;
    }
    if (kind === 'law') {
      if (!id || !(LEGAL_IDS as readonly string[]).includes(id)) {
        throw new ContentError(locale, key, `${m[0]} names no entry of content/legal.ts`);
      }
      out.push({ kind: 'citation', text: lookup(locale, `law.${id}`) });
      continue;
    }
    if (!id || !isResourceId(id)) {
      throw new ContentError(locale, key, `${m[0]} names no resource in content/resources.ts`);
    }
    if (kind === 'name' || kind === 'purpose') {
      if (depth >= MAX_DEPTH) throw new ContentError(locale, key, `${m[0]} nests too deeply`);
      const nestedKey = `resource.${id}.${kind}`;
      const nested = expand(locale, nestedKey, lookup(locale, nestedKey), depth + 1);
      out.push(...(startsSentence(out, depth) ? capitalised(nested) : nested));
    } else {
      out.push(resourceSegment(locale, key, kind as string, id));
    }
  }
  if (last < raw.length) out.push({ kind: 'text', text: raw.slice(last) });
  return merge(out);
}

/** True when the next word opens a sentence, so "the Downtown Women's Center" becomes "The ...". */
function startsSentence(before: readonly Segment[], depth: number): boolean {
  const last = before.at(-1);
  if (!last) return depth === 0;
  return last.kind === 'text' && /(^|[.!?])\s*$/.test(last.text) && !(before.length === 1 && last.text.trim() === '');
}

/** The prompt with its first letter in upper case (a name that opens a sentence, a title). */
export function capitalised(segments: Prompt, locale?: Locale): Prompt {
  const [first, ...rest] = segments;
  if (first?.kind !== 'text') return segments;
  return [{ kind: 'text', text: first.text.charAt(0).toLocaleUpperCase(locale) + first.text.slice(1) }, ...rest];
}

/** Joins neighbouring text segments so renderers see the fewest pieces. */
function merge(segments: readonly Segment[]): Segment[] {
  const out: Segment[] = [];
  for (const s of segments) {
    const prev = out.at(-1);
    if (s.kind === 'text' && prev?.kind === 'text') out[out.length - 1] = { kind: 'text', text: prev.text + s.text };
    else if (s.kind !== 'text' || s.text !== '') out.push(s);
  }
  return out;
}

function lookup(locale: Locale, key: string, vars?: Vars): string {
  const value: unknown = tFor(locale)(key, { ...vars, returnObjects: true, defaultValue: '' });
  if (typeof value !== 'string' || value === '') {
    throw new ContentError(locale, key, 'is missing or not a string');
  }
  return value;
}

function lookupList(locale: Locale, key: string): string[] {
  const value: unknown = tFor(locale)(key, { returnObjects: true, defaultValue: [] });
  if (!Array.isArray(value) || value.length === 0 || !value.every((v) => typeof v === 'string' && v !== '')) {
    throw new ContentError(locale, key, 'must be a non-empty list of strings');
  }
  return value as string[];
}

/** The prompt for one locale key, with i18next {{vars}} filled in and registry tokens resolved. */
export function prompt(locale: Locale, key: string, vars?: Vars): Prompt {
  return expand(locale, key, lookup(locale, key, vars), 0);
}

/** Several prompts said one after another, separated by a space. */
export function join(...parts: readonly Prompt[]): Prompt {
  const out: Segment[] = [];
  for (const part of parts) {
    if (part.length === 0) continue;
    if (out.length > 0) out.push({ kind: 'text', text: ' ' });
    out.push(...part);
  }
  return merge(out);
}

export const topicTitle = (locale: Locale, id: TopicId): Prompt => prompt(locale, `topic.${id}.title`);
export const topicSummary = (locale: Locale, id: TopicId): Prompt => prompt(locale, `topic.${id}.summary`);

/** The fuller answer, one prompt per chunk (about 90 words each). */
export function topicDetails(locale: Locale, id: TopicId): Prompt[] {
  const key = `topic.${id}.details`;
  const chunks = lookupList(locale, key);
  if (chunks.length !== TOPICS[id].detailChunks) {
    throw new ContentError(
      locale,
      key,
      `has ${chunks.length} chunks; content/topics.ts says ${TOPICS[id].detailChunks}`,
    );
  }
  return chunks.map((raw, i) => expand(locale, `${key}.${i}`, raw, 0));
}

export const resourceName = (locale: Locale, id: ResourceId): Prompt => prompt(locale, `resource.${id}.name`);
export const resourceShortName = (locale: Locale, id: ResourceId): Prompt => prompt(locale, `resource.${id}.short`);
export const resourcePurpose = (locale: Locale, id: ResourceId): Prompt => prompt(locale, `resource.${id}.purpose`);

/** "The number is X." then "Again, that is X.": for answers whose point is a number. */
export function numberTwice(locale: Locale, id: ResourceId): Prompt {
  return join(
    prompt(locale, 'common.numberIs', { resourceId: id }),
    prompt(locale, 'common.numberAgain', { resourceId: id }),
  );
}

/** How often a prompt says the number of `id` as {number:ID} says it: its dial code, else its phone. */
export function timesSaid(p: Prompt, id: ResourceId): number {
  const r = RESOURCES[id];
  return p.filter((s) =>
    r.dialCode ? s.kind === 'digits' && s.digits === r.dialCode : s.kind === 'phone' && s.e164 === r.phone,
  ).length;
}

/**
 * What to say after `before` so that the number of `id` is heard exactly twice, never more: "The number is X.
 * Again, that is X.", or only "Again, that is X." when `before` gave it once (a name such as "211 LA County").
 */
export function numberTwiceAfter(locale: Locale, before: Prompt, id: ResourceId): Prompt {
  switch (timesSaid(before, id)) {
    case 0:
      return numberTwice(locale, id);
    case 1:
      return prompt(locale, 'common.numberAgain', { resourceId: id });
    default:
      return [];
  }
}
