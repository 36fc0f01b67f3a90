// The content check: every rule an operator can break when editing content/, as a pure function over the data.

import { z } from 'zod';
import { isNanpE164 } from './phone.js';
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

/** Budgets from ../shared/design/voice-ux.md: one breath, a chunk, and the platforms' hard limits. */
export const BUDGET = {
  summaryWords: { warn: 40, max: 45 },
  chunkWords: { warn: 90, max: 100 },
  alexaSpeechChars: 8000,
  twilioSayChars: 3000,
  verifiedDays: 180,
} as const;

export const localeFile = (locale: Locale): string => `content/locales/${locale}.json`;
const REGISTRY = 'content/resources.ts';
const TOPICS_FILE = 'content/topics.ts';
const MENUS_FILE = 'content/menus.ts';

const TOKEN = /\{(number|sms|name|purpose|web|pause)(?::([A-Za-z0-9]+|\{\{resourceId\}\}))?\}/g;
/** Digit patterns that look like a phone number, short code or N11 code written into a sentence. */
const NUMBER_LIKE = [
  /(?:\b1[\s.-]?)?\(?\b\d{3}\)?[\s.-]*\d{3}[\s.-]*\d{4}\b/,
  /\b\d{5,}\b/,
  /\b[2-9]-?1-?1\b/,
  /\b1-?8\d\d\b/,
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

function tokensOf(s: string): string[] {
  return [...s.matchAll(TOKEN)].map((m) => m[0]).sort();
}

function checkString(locale: Locale, key: string, value: string, input: CheckInput, errors: Problem[]): void {
  const file = localeFile(locale);
  const stripped = value.replace(TOKEN, '');
  if (/[{}]/.test(stripped.replace(/\{\{[a-zA-Z]+\}\}/g, ''))) {
    errors.push({
      file,
      key,
      message:
        'has a brace that is not a known token; use {number:ID}, {sms:ID}, {name:ID}, {purpose:ID}, {web:ID} or {pause}',
    });
  }
  for (const pattern of NUMBER_LIKE) {
    const hit = pattern.exec(stripped);
    if (hit) {
      errors.push({
        file,
        key,
        message: `contains "${hit[0]}", which looks like a phone number or code; put the number in ${REGISTRY} and write {number:ID} or {sms:ID} here`,
      });
      break;
    }
  }
  for (const m of value.matchAll(TOKEN)) {
    const [token, kind, id] = m;
    if (kind === 'pause' || id === '{{resourceId}}') continue;
    if (!id || !(RESOURCE_IDS as readonly string[]).includes(id)) {
      errors.push({ file, key, message: `${token} names no resource; known ids: ${RESOURCE_IDS.join(', ')}` });
      continue;
    }
    const r = input.resources[id as ResourceId];
    const missing =
      (kind === 'number' && !r.phone && !r.dialCode && 'a phone or dial code') ||
      (kind === 'sms' && !r.sms && 'an SMS short code') ||
      (kind === 'web' && !r.website && 'a website');
    if (missing) errors.push({ file, key, message: `${token} but ${REGISTRY} gives "${id}" no ${missing}` });
  }
  for (const { term, instead } of FLAGGED_TERMS[locale]) {
    const hit = term.exec(value);
    if (hit) errors.push({ file, key, message: `uses "${hit[0]}", a stigmatising or blaming term; say ${instead}` });
  }
  const isSummary = /^topic\.[^.]+\.summary$/.test(key);
  const isChunk = /^topic\.[^.]+\.details\.\d+$/.test(key);
  const budget = isSummary ? BUDGET.summaryWords : isChunk ? BUDGET.chunkWords : undefined;
  if (budget) {
    const n = wordCount(value);
    if (n > budget.max) {
      errors.push({
        file,
        key,
        message: `${n} words; the budget is about ${budget.warn} (${budget.max} at most). Shorten it`,
      });
    }
  }
  if (value.length > BUDGET.twilioSayChars) {
    errors.push({
      file,
      key,
      message: `${value.length} characters; one Twilio <Say> takes ${BUDGET.twilioSayChars} at most`,
    });
  }
}

function checkLocales(input: CheckInput, errors: Problem[], warnings: Problem[]): void {
  const flat = new Map<Locale, Map<string, string>>();
  for (const locale of LOCALES) {
    const file = localeFile(locale);
    const parsed = localeSchema.safeParse(input.locales[locale]);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        errors.push({ file, key: issue.path.join('.') || '(root)', message: issue.message });
      }
    }
    const leaves = new Map(flatten(input.locales[locale]));
    flat.set(locale, leaves);
    for (const [key, value] of leaves) checkString(locale, key, value, input, errors);
    for (const id of TOPIC_IDS) {
      const details = [...leaves.keys()].filter((k) => k.startsWith(`topic.${id}.details.`));
      if (details.length > 0 && details.length !== input.topics[id].detailChunks) {
        errors.push({
          file,
          key: `topic.${id}.details`,
          message: `has ${details.length} chunks but ${TOPICS_FILE} says detailChunks: ${input.topics[id].detailChunks}; make them agree`,
        });
      }
      const whole = [`topic.${id}.summary`, ...details].map((k) => leaves.get(k) ?? '').join(' ');
      if (whole.length > BUDGET.alexaSpeechChars / 2) {
        warnings.push({
          file,
          key: `topic.${id}`,
          message: `${whole.length} characters in all; Alexa speech must stay under ${BUDGET.alexaSpeechChars} with markup`,
        });
      }
    }
  }
  const [first, ...rest] = LOCALES;
  const base = flat.get(first) as Map<string, string>;
  for (const other of rest) {
    const theirs = flat.get(other) as Map<string, string>;
    for (const key of base.keys()) {
      if (!theirs.has(key))
        errors.push({
          file: localeFile(other),
          key,
          message: `is missing; ${localeFile(first)} has it. Add the translation`,
        });
    }
    for (const key of theirs.keys()) {
      if (!base.has(key))
        errors.push({
          file: localeFile(first),
          key,
          message: `is missing; ${localeFile(other)} has it. Add the translation`,
        });
    }
    for (const [key, value] of base) {
      const theirValue = theirs.get(key);
      if (theirValue === undefined) continue;
      const a = tokensOf(value).join(' ');
      const b = tokensOf(theirValue).join(' ');
      if (a !== b) {
        errors.push({
          file: localeFile(other),
          key,
          message: `has tokens [${b}] but ${localeFile(first)} has [${a}]; both languages must give the same numbers`,
        });
      }
    }
  }
}

function checkRegistry(input: CheckInput, errors: Problem[], warnings: Problem[]): void {
  const dayMs = 86_400_000;
  for (const id of RESOURCE_IDS) {
    const r = input.resources[id];
    const key = `RESOURCES.${id}`;
    if (r.id !== id) errors.push({ file: REGISTRY, key, message: `has id "${r.id}"; it must be "${id}"` });
    if (r.phone !== undefined && !isNanpE164(r.phone)) {
      errors.push({
        file: REGISTRY,
        key: `${key}.phone`,
        message: `"${r.phone}" is not a valid E.164 US number; write +1 and ten digits, e.g. +13238905500`,
      });
    }
    if (r.dialCode !== undefined && !/^[2-9]11$/.test(r.dialCode)) {
      errors.push({
        file: REGISTRY,
        key: `${key}.dialCode`,
        message: `"${r.dialCode}" is not an N11 dial code such as 211`,
      });
    }
    if (r.sms !== undefined && !/^\d{5,6}$/.test(r.sms.shortCode)) {
      errors.push({
        file: REGISTRY,
        key: `${key}.sms.shortCode`,
        message: `"${r.sms.shortCode}" is not a 5 or 6 digit short code`,
      });
    }
    if (r.transferable && !r.phone) {
      errors.push({
        file: REGISTRY,
        key: `${key}.transferable`,
        message: 'is true but there is no phone to transfer to; set transferable: false',
      });
    }
    if (r.dialCode === '911' && r.transferable) {
      errors.push({
        file: REGISTRY,
        key: `${key}.transferable`,
        message: 'the product never dials 911; set transferable: false',
      });
    }
    if (!r.source.trim())
      errors.push({ file: REGISTRY, key: `${key}.source`, message: 'is empty; say where the number comes from' });
    const verified = /^\d{4}-\d{2}-\d{2}$/.test(r.lastVerified) ? new Date(`${r.lastVerified}T00:00:00Z`) : undefined;
    if (!verified || Number.isNaN(verified.getTime())) {
      errors.push({
        file: REGISTRY,
        key: `${key}.lastVerified`,
        message: `"${r.lastVerified}" is not a date; write YYYY-MM-DD`,
      });
    } else if (verified.getTime() > input.today.getTime() + dayMs) {
      errors.push({ file: REGISTRY, key: `${key}.lastVerified`, message: `${r.lastVerified} is in the future` });
    } else {
      const age = Math.floor((input.today.getTime() - verified.getTime()) / dayMs);
      if (age > BUDGET.verifiedDays) {
        warnings.push({
          file: REGISTRY,
          key: `${key}.lastVerified`,
          message: `${age} days old; call the number, then update source and lastVerified`,
        });
      }
    }
  }
  const numbers = new Map<string, ResourceId>();
  for (const id of RESOURCE_IDS) {
    const phone = input.resources[id].phone;
    if (!phone) continue;
    const dup = numbers.get(phone);
    if (dup)
      errors.push({
        file: REGISTRY,
        key: `RESOURCES.${id}.phone`,
        message: `is the same number as ${dup}; one entry per number`,
      });
    numbers.set(phone, id);
  }
}

function checkMenus(input: CheckInput, errors: Problem[]): void {
  const reached = new Set<MenuId>();
  const topicsReached = new Set<TopicId>();
  const visit = (id: MenuId, depth: number): void => {
    const menu = input.menus[id];
    const key = `MENUS.${id}`;
    if (!menu) return void errors.push({ file: MENUS_FILE, key, message: 'is referenced but not defined' });
    if (reached.has(id)) return;
    reached.add(id);
    if (depth > 3) errors.push({ file: MENUS_FILE, key, message: `is at depth ${depth}; menus go 3 deep at most` });
    if (menu.choices.length > 5)
      errors.push({ file: MENUS_FILE, key, message: `has ${menu.choices.length} choices; 5 at most` });
    const keys = menu.choices.map((c) => c.key);
    if (new Set(keys).size !== keys.length) errors.push({ file: MENUS_FILE, key, message: 'uses a key twice' });
    for (const choice of menu.choices) {
      const a = choice.action;
      if (a.kind === 'transfer' && !input.resources[a.resourceId]?.transferable) {
        errors.push({
          file: MENUS_FILE,
          key: `${key}.${choice.key}`,
          message: `transfers to "${a.resourceId}", which is not transferable in ${REGISTRY}`,
        });
      }
      if (a.kind === 'menu') {
        if (input.menus[a.menuId]?.parent !== id) {
          errors.push({
            file: MENUS_FILE,
            key: `${key}.${choice.key}`,
            message: `opens "${a.menuId}", whose parent is not "${id}"`,
          });
        }
        visit(a.menuId, depth + 1);
      }
      if (a.kind === 'topic') topicsReached.add(a.topicId);
      if (a.kind === 'resources' && !input.resourceLists[a.listId]) {
        errors.push({
          file: MENUS_FILE,
          key: `${key}.${choice.key}`,
          message: `reads list "${a.listId}", which content/resources.ts does not define`,
        });
      }
    }
  };
  visit('main', 1);
  const main = input.menus.main;
  const first = main?.choices.find((c) => c.key === '1')?.action;
  if (!first || first.kind !== 'transfer' || first.resourceId !== 'traffickingHotline') {
    errors.push({
      file: MENUS_FILE,
      key: 'MENUS.main.1',
      message: 'must transfer to the National Human Trafficking Hotline (hotline first)',
    });
  }
  for (const id of MENU_IDS) {
    if (!reached.has(id))
      errors.push({ file: MENUS_FILE, key: `MENUS.${id}`, message: 'cannot be reached from the main menu' });
  }
  for (const id of TOPIC_IDS) {
    if (!topicsReached.has(id))
      errors.push({ file: MENUS_FILE, key: `topic ${id}`, message: 'no phone menu leads to this topic' });
  }
}

export function checkContent(input: CheckInput): CheckResult {
  const errors: Problem[] = [];
  const warnings: Problem[] = [];
  checkLocales(input, errors, warnings);
  checkRegistry(input, errors, warnings);
  checkMenus(input, errors);
  checkPhoneScreens(input, errors);
  return { errors, warnings };
}

export const formatProblem = (p: Problem): string => `${p.file}: ${p.key}: ${p.message}`;

/** Budgets of the phone line's own screens (docs/phone-flow.md). */
export const PHONE_BUDGET = {
  /** Words before any transfer rings, in either language. */
  preambleWords: 20,
  /** Keys 2 to 5 connect to the services a topic names (1 is the next part, 0 the hotline). */
  topicServiceKeys: 4,
} as const;

/** A leaf of a locale file by its dotted key, or undefined. */
function leafOf(locale: unknown, key: string): string | undefined {
  let node: unknown = locale;
  for (const part of key.split('.')) {
    node = node !== null && typeof node === 'object' ? (node as Record<string, unknown>)[part] : undefined;
  }
  return typeof node === 'string' ? node : undefined;
}

const HH_MM = /^([01]\d|2[0-3]):[0-5]\d$/;

/** The phone line's rules: a short transfer preamble, the last reprompt's warning, the text screen, hours, topic keys. */
function checkPhoneScreens(input: CheckInput, errors: Problem[]): void {
  const transferable = RESOURCE_IDS.filter((id) => input.resources[id].transferable && input.resources[id].phone);
  const required: [key: string, parts: string[], why: string][] = [
    ['ivr.transfer.connecting', ['{{what}}'], 'the caller must hear who will answer'],
    ['ivr.reprompt.last', ['{name:traffickingHotline}'], 'the last reprompt must say the hotline comes next'],
    [
      'ivr.text.how',
      ['{name:traffickingHotline}', '{sms:traffickingHotline}', '{{spelled}}'],
      'the text screen must say who receives the text, where to send it, and spell the keyword',
    ],
  ];
  for (const locale of LOCALES) {
    const file = localeFile(locale);
    const data = input.locales[locale];
    for (const [key, parts, why] of required) {
      const value = leafOf(data, key);
      if (value === undefined) continue; // the missing key itself is reported with the other locale's keys
      const missing = parts.filter((p) => !value.includes(p));
      if (missing.length > 0) errors.push({ file, key, message: `lacks ${missing.join(', ')}: ${why}` });
    }
    const preamble = leafOf(data, 'ivr.transfer.connecting');
    if (preamble === undefined) continue;
    for (const id of transferable) {
      const name = leafOf(data, `resource.${id}.short`) ?? '';
      const n = wordCount(preamble.replaceAll('{{what}}', name));
      if (n > PHONE_BUDGET.preambleWords) {
        errors.push({
          file,
          key: 'ivr.transfer.connecting',
          message: `is ${n} words with resource.${id}.short; at most ${PHONE_BUDGET.preambleWords} words may come before a transfer rings. Shorten the sentence or the short name`,
        });
      }
    }
  }
  for (const id of RESOURCE_IDS) {
    const { hours, afterHours } = input.resources[id];
    const key = `RESOURCES.${id}`;
    if (hours !== undefined && hours !== '24/7') {
      const days = hours.days as readonly number[];
      const closeOk = HH_MM.test(hours.close) || hours.close === '24:00';
      if (
        days.length === 0 ||
        days.some((d) => !Number.isInteger(d) || d < 1 || d > 7) ||
        new Set(days).size !== days.length
      ) {
        errors.push({
          file: REGISTRY,
          key: `${key}.hours.days`,
          message: 'must list ISO weekdays 1 (Monday) to 7 (Sunday), each once',
        });
      }
      if (!HH_MM.test(hours.open) || !closeOk || hours.open === hours.close) {
        errors.push({
          file: REGISTRY,
          key: `${key}.hours`,
          message: `open "${hours.open}" and close "${hours.close}" must be different "HH:MM" times (24-hour clock, close may be "24:00")`,
        });
      }
    }
    if (afterHours !== undefined) {
      const alt = input.resources[afterHours];
      if (afterHours === id || !alt?.transferable || !alt.phone || alt.hours !== '24/7') {
        errors.push({
          file: REGISTRY,
          key: `${key}.afterHours`,
          message: `"${afterHours}" must be another transferable service with hours: '24/7' (the line connects to it when ${id} is closed)`,
        });
      }
    }
  }
  for (const id of TOPIC_IDS) {
    const services = input.topics[id].resourceIds.filter(
      (r) => r !== 'traffickingHotline' && input.resources[r].transferable && input.resources[r].phone,
    );
    if (services.length > PHONE_BUDGET.topicServiceKeys) {
      errors.push({
        file: TOPICS_FILE,
        key: `TOPICS.${id}.resourceIds`,
        message: `names ${services.length} services the phone line can connect to; keys 2 to 5 hold ${PHONE_BUDGET.topicServiceKeys}. Keep the ${PHONE_BUDGET.topicServiceKeys} most needed first`,
      });
    }
  }
}
