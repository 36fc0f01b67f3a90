// The content check: every rule an operator can break when editing content/, as a pure function over the data.

import { z } from 'zod';
import { displayPhone, isNanpE164 } from './phone.js';
import { canTransfer, connectableServices } from './routes.js';
import { TOKEN } from './tokens.js';
import { FLAGGED_TERMS } from './wording.js';
import {
  LOCALES,
  MENU_IDS,
  RESOURCE_IDS,
  RESOURCE_LIST_IDS,
  TOPIC_IDS,
  type Locale,
  type Menu,
  type MenuId,
  type Resource,
  type ResourceId,
  type Topic,
  type TopicId,
} from './types.js';

export interface Problem {
  readonly file: string;
  readonly key: string;
  readonly message: string;
}

export interface CheckInput {
  readonly locales: Readonly<Record<Locale, unknown>>;
  readonly resources: Readonly<Record<ResourceId, Resource>>;
  readonly topics: Readonly<Record<TopicId, Topic>>;
  readonly menus: Readonly<Record<MenuId, Menu>>;
  readonly resourceLists: Readonly<Record<string, readonly ResourceId[]>>;
  readonly today: Date;
}

export interface CheckResult {
  readonly errors: readonly Problem[];
  readonly warnings: readonly Problem[];
}

/** Budgets from the voice rules (docs/content.md): one breath, a chunk, and the platforms' hard limits. */
export const BUDGET = {
  summaryWords: { warn: 40, max: 45 },
  /** A detail part is said on its own on the phone ("press 1 for the next part"). */
  chunkWords: { warn: 40, max: 45 },
  /** The most of a summary's three-word phrases its details may say again. */
  repeatedShare: 0.3,
  alexaSpeechChars: 8000,
  twilioSayChars: 3000,
  verifiedDays: 180,
} as const;

/** Budgets of the phone line's own screens (docs/phone-flow.md). */
export const PHONE_BUDGET = {
  /** Words before any transfer rings, in either language. */
  preambleWords: 20,
  /** Keys 2 to 5 connect to the services a topic names (1 is the next part, 0 the hotline). */
  topicServiceKeys: 4,
} as const;

export const localeFile = (locale: Locale): string => `content/locales/${locale}.json`;
const REGISTRY = 'content/resources.ts';
const TOPICS_FILE = 'content/topics.ts';
const MENUS_FILE = 'content/menus.ts';

/** Where the rules report: one reporter per file, so a finding names its file once. */
interface FileReport {
  error(key: string, message: string): void;
  warn(key: string, message: string): void;
}

class Findings {
  readonly errors: Problem[] = [];
  readonly warnings: Problem[] = [];

  in(file: string): FileReport {
    return {
      error: (key, message) => void this.errors.push({ file, key, message }),
      warn: (key, message) => void this.warnings.push({ file, key, message }),
    };
  }
}

/** One locale file as the rules see it: its leaves by dotted key, and where to report. */
interface LocaleContext {
  readonly locale: Locale;
  readonly leaves: ReadonlyMap<string, string>;
  readonly input: CheckInput;
  readonly report: FileReport;
}

/** Digit patterns that look like a phone number, short code or N11 code written into a sentence. */
const NUMBER_LIKE = [
  /(?:\b1[\s.-]?)?\(?\b\d{3}\)?[\s.-]*\d{3}[\s.-]*\d{4}\b/,
  /\b\d{5,}\b/,
  /\b[2-9]-?1-?1\b/,
  /\b1-?8\d\d\b/,
  /\b9-?8-?8\b/,
];

const text = z.string().trim().min(1, 'is empty');
const nested: z.ZodType<unknown> = z.lazy(() => z.union([text, z.array(text).min(1), z.record(z.string(), nested)]));
const idRecord = <T extends z.ZodTypeAny>(ids: readonly string[], value: T) =>
  z.object(Object.fromEntries(ids.map((id) => [id, value]))).catchall(nested);

export const localeSchema = z
  .object({
    common: z.record(z.string(), text),
    resource: idRecord(RESOURCE_IDS, z.object({ name: text, short: text, purpose: text }).strict()),
    resourceList: idRecord(RESOURCE_LIST_IDS, z.object({ title: text, intro: text }).strict()),
    topic: idRecord(TOPIC_IDS, z.object({ title: text, summary: text, details: z.array(text).min(1) }).strict()),
    menu: idRecord(MENU_IDS, z.object({ title: text }).strict()),
  })
  .catchall(nested);

/** Every leaf of a locale file as [dotted key, string]; array items get their index as a key part. */
export function flatten(value: unknown, prefix = ''): [string, string][] {
  if (typeof value === 'string') return [[prefix, value]];
  if (Array.isArray(value)) return value.flatMap((v, i) => flatten(v, `${prefix}.${i}`));
  if (value !== null && typeof value === 'object') {
    return Object.entries(value).flatMap(([k, v]) => flatten(v, prefix ? `${prefix}.${k}` : k));
  }
  return [[prefix, String(value)]];
}

export const wordCount = (s: string): number => s.replace(TOKEN, 'X').trim().split(/\s+/).filter(Boolean).length;

/** Words as said: {name:ID} and {purpose:ID} count the words of the resource's name or purpose in the same file. */
function spokenWordCount(s: string, leaves: ReadonlyMap<string, string>): number {
  const expanded = s.replace(TOKEN, (token, kind: string, id?: string) =>
    (kind === 'name' || kind === 'purpose') && id ? (leaves.get(`resource.${id}.${kind}`) ?? token) : token,
  );
  return wordCount(expanded);
}

/** Three-word phrases of a text, lower-cased, punctuation dropped; a token counts as one word. */
export function trigrams(s: string): Set<string> {
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

function tokensOf(s: string): string[] {
  return [...s.matchAll(TOKEN)].map((m) => m[0]).sort();
}

/** The rules every string of a locale file follows: known tokens, no written numbers, no blame, its budgets. */
function checkString(ctx: LocaleContext, key: string, value: string): void {
  const { report, input, locale } = ctx;
  const stripped = value.replace(TOKEN, '');
  if (/[{}]/.test(stripped.replace(/\{\{[a-zA-Z]+\}\}/g, ''))) {
    report.error(
      key,
      'has a brace that is not a known token; use {number:ID}, {sms:ID}, {name:ID}, {purpose:ID}, {web:ID} or {pause}',
    );
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
    if (!id || !(RESOURCE_IDS as readonly string[]).includes(id)) {
      report.error(key, `${token} names no resource; known ids: ${RESOURCE_IDS.join(', ')}`);
      continue;
    }
    const r = input.resources[id as ResourceId];
    const missing =
      (kind === 'number' && !r.phone && !r.dialCode && 'a phone or dial code') ||
      (kind === 'sms' && !r.sms && 'an SMS short code') ||
      (kind === 'web' && !r.website && 'a website');
    if (missing) report.error(key, `${token} but ${REGISTRY} gives "${id}" no ${missing}`);
  }
  for (const { term, instead } of FLAGGED_TERMS[locale]) {
    const flagged = term.exec(value);
    if (flagged) report.error(key, `uses "${flagged[0]}", a stigmatising or blaming term; say ${instead}`);
  }
  checkWordBudget(ctx, key, value);
  if (value.length > BUDGET.twilioSayChars) {
    report.error(key, `${value.length} characters; one Twilio <Say> takes ${BUDGET.twilioSayChars} at most`);
  }
}

/** A summary is said in one breath, and each detail part on its own on the phone. */
function checkWordBudget({ report, leaves }: LocaleContext, key: string, value: string): void {
  const isChunk = /^topic\.[^.]+\.details\.\d+$/.test(key);
  const isSummary = /^topic\.[^.]+\.summary$/.test(key);
  if (!isChunk && !isSummary) return;
  const budget = isSummary ? BUDGET.summaryWords : BUDGET.chunkWords;
  const n = spokenWordCount(value, leaves);
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
function checkSameKeys(flat: ReadonlyMap<Locale, ReadonlyMap<string, string>>, findings: Findings): void {
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
function checkLocales(input: CheckInput, findings: Findings): Map<Locale, ReadonlyMap<string, string>> {
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

const dayMs = 86_400_000;

/** The number, its codes and its dates are well formed, and 911 is never dialled. */
function checkResource(r: Resource, id: ResourceId, input: CheckInput, report: FileReport): void {
  const key = `RESOURCES.${id}`;
  if (r.id !== id) report.error(key, `has id "${r.id}"; it must be "${id}"`);
  if (r.phone !== undefined && !isNanpE164(r.phone)) {
    report.error(
      `${key}.phone`,
      `"${r.phone}" is not a valid E.164 US number; write +1 and ten digits, e.g. +12135550100`,
    );
  }
  if (r.dialCode !== undefined && !/^(?:[2-9]11|988)$/.test(r.dialCode)) {
    report.error(`${key}.dialCode`, `"${r.dialCode}" is not a three-digit code such as 211 or 988`);
  }
  checkHours(r, key, input, report);
  if (r.sms !== undefined && !/^\d{5,6}$/.test(r.sms.shortCode)) {
    report.error(`${key}.sms.shortCode`, `"${r.sms.shortCode}" is not a 5 or 6 digit short code`);
  }
  if (r.transferable && !r.phone) {
    report.error(`${key}.transferable`, 'is true but there is no phone to transfer to; set transferable: false');
  }
  if (r.dialCode === '911' && r.transferable) {
    report.error(`${key}.transferable`, 'the product never dials 911; set transferable: false');
  }
  if (!r.source.trim()) report.error(`${key}.source`, 'is empty; say where the number comes from');
  const verified = /^\d{4}-\d{2}-\d{2}$/.test(r.lastVerified) ? new Date(`${r.lastVerified}T00:00:00Z`) : undefined;
  if (!verified || Number.isNaN(verified.getTime())) {
    report.error(`${key}.lastVerified`, `"${r.lastVerified}" is not a date; write YYYY-MM-DD`);
  } else if (verified.getTime() > input.today.getTime() + dayMs) {
    report.error(`${key}.lastVerified`, `${r.lastVerified} is in the future`);
  } else {
    const age = Math.floor((input.today.getTime() - verified.getTime()) / dayMs);
    if (age > BUDGET.verifiedDays) {
      report.warn(`${key}.lastVerified`, `${age} days old; call the number, then update source and lastVerified`);
    }
  }
}

function checkRegistry(input: CheckInput, findings: Findings): void {
  const report = findings.in(REGISTRY);
  const numbers = new Map<string, ResourceId>();
  for (const id of RESOURCE_IDS) {
    const r = input.resources[id];
    checkResource(r, id, input, report);
    if (!r.phone) continue;
    const dup = numbers.get(r.phone);
    if (dup) report.error(`RESOURCES.${id}.phone`, `is the same number as ${dup}; one entry per number`);
    numbers.set(r.phone, id);
  }
}

const HHMM = /^(?:[01]\d|2[0-3]):[0-5]\d$/;

/** Opening hours are well formed, and a transferable service with office hours names a 24-hour alternative. */
function checkHours(r: Resource, key: string, input: CheckInput, report: FileReport): void {
  const hours = r.hours;
  if (hours !== undefined && hours !== '24/7') {
    if (hours.days.length === 0 || !HHMM.test(hours.open) || !HHMM.test(hours.close) || hours.open >= hours.close) {
      report.error(
        `${key}.hours`,
        'needs at least one day (1 = Monday) and open before close, both "HH:MM" in Los Angeles time',
      );
    }
    if (r.transferable && !r.afterHours) {
      report.error(
        `${key}.afterHours`,
        'is missing; a service with opening hours needs a 24-hour alternative to offer when it is closed',
      );
    }
  }
  if (r.afterHours !== undefined) {
    const alt = input.resources[r.afterHours];
    if (!alt || alt.hours !== '24/7' || !alt.transferable) {
      report.error(`${key}.afterHours`, `"${r.afterHours}" must be a transferable service with hours: '24/7'`);
    }
  }
}

const reachable = (r: Resource): boolean => Boolean(r.phone ?? r.dialCode ?? r.sms ?? r.website);

/** Every service a topic or list names can be reached, and a topic's connect key leads to a transferable line. */
function checkTopics(input: CheckInput, findings: Findings): void {
  const report = findings.in(TOPICS_FILE);
  for (const id of TOPIC_IDS) {
    const topic = input.topics[id];
    for (const rid of topic.resourceIds) {
      if (!reachable(input.resources[rid])) {
        report.error(
          `TOPICS.${id}.resourceIds`,
          `lists "${rid}", which has no phone, code, text or website in ${REGISTRY}; point to a service people can reach (such as la211) instead`,
        );
      }
    }
    if (topic.connect !== undefined) {
      if (!input.resources[topic.connect]?.transferable) {
        report.error(
          `TOPICS.${id}.connect`,
          `"${topic.connect}" is not transferable in ${REGISTRY}; connect only to a line the phone may dial`,
        );
      }
      if (!topic.resourceIds.includes(topic.connect)) {
        report.error(`TOPICS.${id}.connect`, `"${topic.connect}" is not in resourceIds; add it there too`);
      }
    }
    const services = connectableServices(topic, input.resources);
    if (services.length > PHONE_BUDGET.topicServiceKeys) {
      report.error(
        `TOPICS.${id}.resourceIds`,
        `names ${services.length} services the phone line can connect to; keys 2 to 5 hold ${PHONE_BUDGET.topicServiceKeys}. Keep the ${PHONE_BUDGET.topicServiceKeys} most needed first`,
      );
    }
  }
  for (const [listId, ids] of Object.entries(input.resourceLists)) {
    for (const rid of ids) {
      const r = input.resources[rid];
      if (!r.phone && !r.dialCode) {
        findings
          .in(REGISTRY)
          .error(
            `RESOURCE_LISTS.${listId}`,
            `reads out "${rid}", which has no phone or dial code; a listed service needs a way to reach it, so give it a number or fold it into la211`,
          );
      }
    }
  }
}

/** The numbers nobody has called yet, one line each: the call list `npm run content:check` prints. */
export function verificationList(resources: Readonly<Record<ResourceId, Resource>>): string[] {
  return (
    RESOURCE_IDS.map((id) => resources[id])
      // 911 is never test-called.
      .filter((r) => r.verification.status === 'toVerify' && r.dialCode !== '911' && (r.phone ?? r.dialCode ?? r.sms))
      .map((r) => {
        const number = r.phone ? displayPhone(r.phone) : (r.dialCode ?? `text ${r.sms?.shortCode ?? ''}`);
        return `${r.id}: ${number}${r.verification.note ? ` (${r.verification.note})` : ''}`;
      })
  );
}

/** Menus: at most 5 choices and 3 deep, each reachable, the hotline on main 1, every topic on some menu. */
function checkMenus(input: CheckInput, findings: Findings): void {
  const report = findings.in(MENUS_FILE);
  const reached = new Set<MenuId>();
  const topicsReached = new Set<TopicId>();
  const visit = (id: MenuId, depth: number): void => {
    const menu = input.menus[id];
    const key = `MENUS.${id}`;
    if (!menu) return report.error(key, 'is referenced but not defined');
    if (reached.has(id)) return;
    reached.add(id);
    if (depth > 3) report.error(key, `is at depth ${depth}; menus go 3 deep at most`);
    if (menu.choices.length > 5) report.error(key, `has ${menu.choices.length} choices; 5 at most`);
    const keys = menu.choices.map((c) => c.key);
    if (new Set(keys).size !== keys.length) report.error(key, 'uses a key twice');
    for (const { key: pressed, action: a } of menu.choices) {
      const where = `${key}.${pressed}`;
      if (a.kind === 'transfer' && !input.resources[a.resourceId]?.transferable) {
        report.error(where, `transfers to "${a.resourceId}", which is not transferable in ${REGISTRY}`);
      }
      if (a.kind === 'menu') {
        if (input.menus[a.menuId]?.parent !== id)
          report.error(where, `opens "${a.menuId}", whose parent is not "${id}"`);
        visit(a.menuId, depth + 1);
      }
      if (a.kind === 'topic') topicsReached.add(a.topicId);
      if (a.kind === 'resources' && !input.resourceLists[a.listId]) {
        report.error(where, `reads list "${a.listId}", which ${REGISTRY} does not define`);
      }
    }
  };
  visit('main', 1);
  const first = input.menus.main?.choices.find((c) => c.key === '1')?.action;
  if (!first || first.kind !== 'transfer' || first.resourceId !== 'traffickingHotline') {
    report.error('MENUS.main.1', 'must transfer to the National Human Trafficking Hotline (hotline first)');
  }
  for (const id of MENU_IDS) if (!reached.has(id)) report.error(`MENUS.${id}`, 'cannot be reached from the main menu');
  for (const id of TOPIC_IDS)
    if (!topicsReached.has(id)) report.error(`topic ${id}`, 'no phone menu leads to this topic');
}

/** The phone line's rules: a short transfer preamble, the last reprompt's warning, the text screen. */
function checkPhoneScreens(
  input: CheckInput,
  flat: ReadonlyMap<Locale, ReadonlyMap<string, string>>,
  findings: Findings,
): void {
  const transferable = RESOURCE_IDS.filter((id) => canTransfer(input.resources[id]));
  const required: [key: string, parts: string[], why: string][] = [
    ['ivr.transfer.connecting', ['{{what}}'], 'the caller must hear who will answer'],
    ['ivr.reprompt.last', ['{name:traffickingHotline}'], 'the last reprompt must say the hotline comes next'],
    [
      'ivr.text.how',
      ['{name:traffickingHotline}', '{sms:traffickingHotline}', '{{spelled}}'],
      'the text screen must say who receives the text, where to send it, and spell the keyword',
    ],
  ];
  for (const [locale, leaves] of flat) {
    const report = findings.in(localeFile(locale));
    for (const [key, parts, why] of required) {
      const value = leaves.get(key);
      if (value === undefined) continue; // the missing key itself is reported with the other locale's keys
      const missing = parts.filter((p) => !value.includes(p));
      if (missing.length > 0) report.error(key, `lacks ${missing.join(', ')}: ${why}`);
    }
    const preamble = leaves.get('ivr.transfer.connecting');
    if (preamble === undefined) continue;
    for (const id of transferable) {
      const n = wordCount(preamble.replaceAll('{{what}}', leaves.get(`resource.${id}.short`) ?? ''));
      if (n > PHONE_BUDGET.preambleWords) {
        report.error(
          'ivr.transfer.connecting',
          `is ${n} words with resource.${id}.short; at most ${PHONE_BUDGET.preambleWords} words may come before a transfer rings. Shorten the sentence or the short name`,
        );
      }
    }
  }
}

export function checkContent(input: CheckInput): CheckResult {
  const findings = new Findings();
  const flat = checkLocales(input, findings);
  checkRegistry(input, findings);
  checkTopics(input, findings);
  checkMenus(input, findings);
  checkPhoneScreens(input, flat, findings);
  return { errors: findings.errors, warnings: findings.warnings };
}

export const formatProblem = (p: Problem): string => `${p.file}: ${p.key}: ${p.message}`;
