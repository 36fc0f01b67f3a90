// The real content as the content check's input, and copies of it with one locale value changed (for the tests
// that break the content on purpose).

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CheckInput } from '../../content/check.js';
import { LEGAL, MENUS, RESOURCE_LISTS, RESOURCES, TOPICS, type Locale } from '../../content/index.js';

const root = join(import.meta.dirname, '../..');

export const readLocale = (locale: Locale): Record<string, unknown> =>
  JSON.parse(readFileSync(join(root, 'content/locales', `${locale}.json`), 'utf8'));

export function realInput(overrides: Partial<CheckInput> = {}): CheckInput {
  return {
    locales: { 'en-US': readLocale('en-US'), 'es-US': readLocale('es-US') },
    resources: RESOURCES,
    topics: TOPICS,
    menus: MENUS,
    resourceLists: RESOURCE_LISTS,
    legal: LEGAL,
    today: new Date('2026-12-08T12:00:00Z'),
    ...overrides,
  };
}

/** A deep copy of the real locale files with the value at `path` changed, or removed when `value` is undefined. */
export function withValue(locale: Locale, path: readonly string[], value: unknown): CheckInput {
  const input = realInput();
  const copy = structuredClone(input.locales[locale]) as Record<string, unknown>;
  let node = copy;
  for (const part of path.slice(0, -1)) node = node[part] as Record<string, unknown>;
  const last = path.at(-1) as string;
  if (value === undefined) delete node[last];
  else node[last] = value;
  return { ...input, locales: { ...input.locales, [locale]: copy } };
}
