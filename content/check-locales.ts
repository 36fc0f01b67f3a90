// The content check's rules for the locale files: their shape, every string's tokens and written numbers, blame and
// plain words, the topics' budgets, and the same keys and numbers in both languages.

import { z } from 'zod';
import {
  BUDGET,
  REGISTRY,
  TOPICS_FILE,
  expandNames,
  flatten,
  localeFile,
  wordCount,
  type CheckInput,
  type Findings,
  type Leaves,
  type LocaleContext,
} from './check-core.js';
import { LEGAL_IDS } from './legal.js';
import { canText, isConfirmed } from './reach.js';
import { TOKEN, TOKEN_FORMS } from './tokens.js';
import { FLAGGED_TERMS, PLAIN_WORDS } from './wording.js';
import {
  LOCALES,
  MENU_IDS,
  RESOURCE_IDS,
  RESOURCE_LIST_IDS,
  TOPIC_IDS,
  type Locale,
  type ResourceId,
  type TopicId,
} from './types.js';

/**
 * Digit patterns that look like a phone number, short code or N11 code written into a sentence: a whole number,
 * a seven-digit local one ("820-6700"), a long run of digits, N11 and 988 codes, and digits spaced out or written as
 * words so that a voice reads them as a number ("3 2 3, 8 9 0", "eight two zero six").
 */
const NUMBER_LIKE = [
  /(?:\b1[\s.-]?)?\(?\b\d{3}\)?[\s.-]*\d{3}[\s.-]*\d{4}\b/,
  /\b\d{3}[\s.-]\d{4}\b/,
  /\b\d{5,}\b/,
  /\b[2-9]-?1-?1\b/,
  /\b1-?8\d\d\b/,
  /\b9-?8-?8\b/,
  /\b\d(?:[\s,.-]+\d\b){2,}/,
  /\b(?:zero|one|two|three|four|five|six|seven|eight|nine|oh|cero|uno|dos|tres|cuatro|cinco|seis|siete|ocho|nueve)(?:[\s,-]+(?:zero|one|two|three|four|five|six|seven|eight|nine|oh|cero|uno|dos|tres|cuatro|cinco|seis|siete|ocho|nueve)\b){3,}/i,
];

const text = z.string().trim().min(1, 'is empty');
const nested: z.ZodType<unknown> = z.lazy(() => z.union([text, z.array(text).min(1), z.record(z.string(), nested)]));
const idRecord = <T extends z.ZodTypeAny>(ids: readonly string[], value: T) =>
  z.object(Object.fromEntries(ids.map((id) => [id, value]))).catchall(nested);

const localeSchema = z
  .object({
    common: z.record(z.string(), text),
    resource: idRecord(RESOURCE_IDS, z.object({ name: text, short: text, purpose: text }).strict()),
    resourceList: idRecord(RESOURCE_LIST_IDS, z.object({ title: text, intro: text }).strict()),
    topic: idRecord(TOPIC_IDS, z.object({ title: text, summary: text, details: z.array(text).min(1) }).strict()),
    menu: idRecord(MENU_IDS, z.object({ title: text }).strict()),
    law: idRecord(LEGAL_IDS, text),
  })
  .catchall(nested);

/** Three-word phrases of a text, lower-cased, punctuation dropped; a token counts as one word. */
function trigrams(s: string): Set<string> {
  const words = s
    .toLowerCase()
    .replace(/[^\p{L}\p{N}{}:\s]/gu, ' ')
    .split(/\s+/)
    .filter(Boolean);
  const out = new Set<string>();
  for (let i = 0; i + 2 < words.length; i += 1) out.add(words.slice(i, i + 3).join(' '));
  return out;
}

/** The share of the summary's three-word phrases that the details say again (0 to 1). */
export function repeatedShare(summary: string, details: readonly string[]): number {
  const own = trigrams(summary);
  if (own.size === 0) return 0;
  const later = trigrams(details.join(' '));
  return [...own].filter((t) => later.has(t)).length / own.size;
}

/** The tokens that give a number, short code or website: both languages must give the same ones. */
const tokensOf = (s: string): string[] =>
  [...s.matchAll(TOKEN)]
    .filter((m) => m[1] !== 'law')
    .map((m) => m[0])
    .sort();

/** A token's resource must give what the token asks for, and a number or code only once someone confirmed it. */
function checkResourceToken(
  { report, input }: LocaleContext,
  key: string,
  token: string,
  kind: string,
  id: ResourceId,
): void {
  const r = input.resources[id];
  const missing =
    (kind === 'number' && !r.phone && !r.dialCode && 'a phone or dial code') ||
    (kind === 'phone' && !r.phone && 'a phone') ||
    (kind === 'sms' && !r.sms && 'an SMS short code') ||
    (kind === 'web' && !r.website && 'a website');
  if (missing) return report.error(key, `${token} but ${REGISTRY} gives "${id}" no ${missing}`);
  const unconfirmed =
    ((kind === 'number' || kind === 'phone') && !isConfirmed(r.verification)) || (kind === 'sms' && !canText(r));
  if (unconfirmed) {
    const instead = r.afterHours ? `{number:${r.afterHours}}` : r.website ? `{web:${id}}` : 'another service';
    report.error(
      key,
      `${token} but "${id}"'s ${kind === 'sms' ? 'text code' : 'number'} is unconfirmed in ${REGISTRY}, so no channel may give it; offer ${instead} instead, or confirm it (its verification)`,
    );
  }
}

/** The rules every string of a locale file follows: known tokens, no written numbers, no blame, plain words. */
function checkString(ctx: LocaleContext, key: string, value: string): void {
  const { report, locale } = ctx;
  const stripped = value.replace(TOKEN, '');
  if (/[{}]/.test(stripped.replace(/\{\{[a-zA-Z]+\}\}/g, ''))) {
    report.error(key, `has a brace that is not a known token; use ${TOKEN_FORMS}`);
  }
  const hit = NUMBER_LIKE.map((pattern) => pattern.exec(stripped)).find(Boolean);
  if (hit) {
    report.error(
      key,
      `contains "${hit[0]}", which looks like a phone number or code; put the number in ${REGISTRY} and write {number:ID} or {sms:ID} here`,
    );
  }
  for (const [token, kind, id] of value.matchAll(TOKEN)) {
    if (kind === 'pause' || id === '{{resourceId}}') continue;
    if (kind === 'law') {
      if (!id || !(LEGAL_IDS as readonly string[]).includes(id)) {
        report.error(
          key,
          `${token} names no entry of the legal register (content/legal.ts); known ids: ${LEGAL_IDS.join(', ')}`,
        );
      }
      continue;
    }
    if (!id || !(RESOURCE_IDS as readonly string[]).includes(id)) {
      report.error(key, `${token} names no resource; known ids: ${RESOURCE_IDS.join(', ')}`);
      continue;
    }
    checkResourceToken(ctx, key, token, kind as string, id as ResourceId);
  }
  for (const { term, instead } of FLAGGED_TERMS[locale]) {
    const flagged = term.exec(value);
    if (flagged) report.error(key, `uses "${flagged[0]}", a stigmatising or blaming term; say ${instead}`);
  }
  for (const { term, instead } of PLAIN_WORDS[locale]) {
    const flagged = term.exec(value);
    if (flagged) report.error(key, `uses "${flagged[0]}", which is not plain; say ${instead}`);
  }
  checkWordBudget(ctx, key, value);
  if (value.length > BUDGET.twilioSayChars) {
    report.error(key, `${value.length} characters; one Twilio <Say> takes ${BUDGET.twilioSayChars} at most`);
  }
  if (/^resource\.[^.]+\.purpose$/.test(key) && value.includes(`{number:${key.split('.')[1]}}`)) {
    report.error(
      key,
      "gives the service's own number; every channel says the number beside the purpose, so it would be heard again. Drop it from the purpose",
    );
  }
}

/** A summary is said in one breath, and each detail part on its own on the phone. */
function checkWordBudget({ report, leaves }: LocaleContext, key: string, value: string): void {
  const isChunk = /^topic\.[^.]+\.details\.\d+$/.test(key);
  const isSummary = /^topic\.[^.]+\.summary$/.test(key);
  if (!isChunk && !isSummary) return;
  const budget = isSummary ? BUDGET.summaryWords : BUDGET.chunkWords;
  const n = wordCount(expandNames(value, leaves).replace(/\{law:[^}]*\}/g, ''));
  const fix = isChunk
    ? 'each part is said on its own on the phone; shorten it, or split it and raise detailChunks in content/topics.ts'
    : 'it is said in one breath; shorten it and move the rest to the details';
  const message = `${n} words as said (names expanded); the budget is about ${budget.warn}, ${budget.max} at most: ${fix}`;
  if (n > budget.max) report.error(key, message);
  else if (n > budget.warn) report.warn(key, message);
}

/** A summary ends with somewhere to go: a number, or the name of the service the phone line then connects to. */
function checkNextStep({ report, input }: LocaleContext, id: TopicId, summary: string): void {
  const key = `topic.${id}.summary`;
  const tokens = [...summary.matchAll(TOKEN)];
  const named = new Set(tokens.filter((m) => m[1] === 'name' || m[1] === 'number').map((m) => m[2]));
  const connect = input.topics[id].connect;
  if (connect && !named.has(connect)) {
    report.error(
      key,
      `does not name "${connect}", which ${TOPICS_FILE} offers to connect to after it; write {name:${connect}} or {number:${connect}} in the summary, or change connect`,
    );
  }
  if (!connect && !tokens.some((m) => m[1] === 'number')) {
    report.error(
      key,
      `has no next step; give a number ({number:ID}) or name a transferable service and set connect in ${TOPICS_FILE}`,
    );
  }
}

/** A topic's parts agree with topics.ts, "more" adds only what is new, and the whole fits one Alexa answer. */
function checkTopicText(ctx: LocaleContext, id: TopicId): void {
  const { report, leaves, input } = ctx;
  const details = [...leaves.keys()].filter((k) => k.startsWith(`topic.${id}.details.`));
  if (details.length > 0 && details.length !== input.topics[id].detailChunks) {
    report.error(
      `topic.${id}.details`,
      `has ${details.length} chunks but ${TOPICS_FILE} says detailChunks: ${input.topics[id].detailChunks}; make them agree`,
    );
  }
  const summary = leaves.get(`topic.${id}.summary`) ?? '';
  const share = repeatedShare(
    summary,
    details.map((k) => leaves.get(k) ?? ''),
  );
  if (share > BUDGET.repeatedShare) {
    report.error(
      `topic.${id}.details`,
      `says ${Math.round(share * 100)} % of the summary's three-word phrases again (${BUDGET.repeatedShare * 100} % at most); "more" must add only what is new, so reword or drop the repeated sentences`,
    );
  }
  checkNextStep(ctx, id, summary);
  const whole = [`topic.${id}.summary`, ...details].map((k) => leaves.get(k) ?? '').join(' ');
  if (whole.length > BUDGET.alexaSpeechChars / 2) {
    report.warn(
      `topic.${id}`,
      `${whole.length} characters in all; Alexa speech must stay under ${BUDGET.alexaSpeechChars} with markup`,
    );
  }
}

/** Both languages have the same keys and give the same numbers. */
function checkSameKeys(flat: Leaves, findings: Findings): void {
  const [first, ...rest] = LOCALES;
  const base = flat.get(first) as ReadonlyMap<string, string>;
  const lacks = (a: ReadonlyMap<string, string>, b: ReadonlyMap<string, string>, aLocale: Locale, bLocale: Locale) => {
    const report = findings.in(localeFile(aLocale));
    for (const key of b.keys()) {
      if (!a.has(key)) report.error(key, `is missing; ${localeFile(bLocale)} has it. Add the translation`);
    }
  };
  for (const other of rest) {
    const theirs = flat.get(other) as ReadonlyMap<string, string>;
    lacks(theirs, base, other, first);
    lacks(base, theirs, first, other);
    for (const [key, value] of base) {
      const theirValue = theirs.get(key);
      if (theirValue === undefined) continue;
      const [a, b] = [tokensOf(value).join(' '), tokensOf(theirValue).join(' ')];
      if (a !== b) {
        findings
          .in(localeFile(other))
          .error(
            key,
            `has tokens [${b}] but ${localeFile(first)} has [${a}]; both languages must give the same numbers`,
          );
      }
    }
  }
}

/** Every locale file, string by string and topic by topic; returns the leaves of each for the rules after it. */
export function checkLocales(input: CheckInput, findings: Findings): Leaves {
  const flat = new Map<Locale, ReadonlyMap<string, string>>();
  for (const locale of LOCALES) {
    const report = findings.in(localeFile(locale));
    const parsed = localeSchema.safeParse(input.locales[locale]);
    for (const issue of parsed.success ? [] : parsed.error.issues) {
      report.error(issue.path.join('.') || '(root)', issue.message);
    }
    const leaves = new Map(flatten(input.locales[locale]));
    flat.set(locale, leaves);
    const ctx: LocaleContext = { locale, leaves, input, report };
    for (const [key, value] of leaves) checkString(ctx, key, value);
    for (const id of TOPIC_IDS) checkTopicText(ctx, id);
  }
  checkSameKeys(flat, findings);
  return flat;
}
