// What every rule of the content check shares: its input, its findings, its budgets and the files it names.

import { TOKEN } from './tokens.js';
import type { Locale, Menu, MenuId, Resource, ResourceId, Topic, TopicId } from './types.js';
import type { LegalId, LegalStatement } from './legal.js';

export interface Problem {
  readonly file: string;
  readonly key: string;
  readonly message: string;
  /** A check that has gone out of date (a number or a legal statement): `--strict` makes it fail. */
  readonly stale?: true;
}

export interface CheckInput {
  readonly locales: Readonly<Record<Locale, unknown>>;
  readonly resources: Readonly<Record<ResourceId, Resource>>;
  readonly topics: Readonly<Record<TopicId, Topic>>;
  readonly menus: Readonly<Record<MenuId, Menu>>;
  readonly resourceLists: Readonly<Record<string, readonly ResourceId[]>>;
  readonly legal: Readonly<Record<LegalId, LegalStatement>>;
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
  /** Words in one sentence said aloud (phone and skill); a number counts as one word, a citation as none. */
  sentenceWords: 20,
  alexaSpeechChars: 8000,
  twilioSayChars: 3000,
  /** A number not checked again for this long warns; `--strict` fails. */
  verifiedDays: 180,
  /** A legal statement not reviewed again for this long warns; `--strict` fails. */
  reviewedDays: 365,
} as const;

/** Budgets of the phone line's own screens (docs/phone-flow.md). */
export const PHONE_BUDGET = {
  /** Words before any transfer rings, in either language. */
  preambleWords: 20,
  /** Keys 2 to 5 connect to the services a topic names (1 is the next part, 0 the hotline). */
  topicServiceKeys: 4,
} as const;

export const localeFile = (locale: Locale): string => `content/locales/${locale}.json`;
export const REGISTRY = 'content/resources.ts';
export const TOPICS_FILE = 'content/topics.ts';
export const MENUS_FILE = 'content/menus.ts';
export const LEGAL_FILE = 'content/legal.ts';

/** Where the rules report: one reporter per file, so a finding names its file once. */
export interface FileReport {
  error(key: string, message: string): void;
  warn(key: string, message: string): void;
  /** A warning that `--strict` turns into a failure: something checked too long ago. */
  stale(key: string, message: string): void;
}

export class Findings {
  readonly errors: Problem[] = [];
  readonly warnings: Problem[] = [];

  in(file: string): FileReport {
    return {
      error: (key, message) => void this.errors.push({ file, key, message }),
      warn: (key, message) => void this.warnings.push({ file, key, message }),
      stale: (key, message) => void this.warnings.push({ file, key, message, stale: true }),
    };
  }
}

/** Every locale file's leaves by dotted key, as `checkLocales` reads them once for all the rules. */
export type Leaves = ReadonlyMap<Locale, ReadonlyMap<string, string>>;

/** One locale file as the rules see it: its leaves by dotted key, and where to report. */
export interface LocaleContext {
  readonly locale: Locale;
  readonly leaves: ReadonlyMap<string, string>;
  readonly input: CheckInput;
  readonly report: FileReport;
}

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

/** A sentence as said: {name:ID} and {purpose:ID} replaced by the resource's words in the same file. */
export function expandNames(s: string, leaves: ReadonlyMap<string, string>): string {
  return s.replace(TOKEN, (token, kind: string, id?: string) =>
    (kind === 'name' || kind === 'purpose') && id ? (leaves.get(`resource.${id}.${kind}`) ?? token) : token,
  );
}

const DAY_MS = 86_400_000;

/**
 * Whole days from an ISO date (YYYY-MM-DD) to `today`; a message instead when the date is malformed or in the
 * future.
 */
export function daysSince(isoDate: string, today: Date): number | string {
  const date = /^\d{4}-\d{2}-\d{2}$/.test(isoDate) ? new Date(`${isoDate}T00:00:00Z`) : undefined;
  if (!date || Number.isNaN(date.getTime())) return `"${isoDate}" is not a date; write YYYY-MM-DD`;
  if (date.getTime() > today.getTime() + DAY_MS) return `${isoDate} is in the future`;
  return Math.floor((today.getTime() - date.getTime()) / DAY_MS);
}
