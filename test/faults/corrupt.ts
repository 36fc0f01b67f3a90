// Breaks the content module at run time through its real data: the locale objects i18next reads every lookup from.

import { LOCALE_FILES } from '../../content/i18n.js';
import type { Locale } from '../../content/index.js';

type Tree = Record<string, unknown>;

function parentOf(locale: Locale, key: string): { parent: Tree; leaf: string } {
  const parts = key.split('.');
  const leaf = parts.pop() as string;
  let node = LOCALE_FILES[locale] as Tree;
  for (const part of parts) node = node[part] as Tree;
  if (!node || !(leaf in node)) throw new Error(`test set-up: content/locales/${locale}.json has no key ${key}`);
  return { parent: node, leaf };
}

/** Replaces one locale key (or a whole section) with `how`; returns the function that puts it back. */
export function corrupt(
  locale: Locale,
  key: string,
  how: { remove: true } | { value: unknown } | { get: () => unknown },
): () => void {
  const { parent, leaf } = parentOf(locale, key);
  const saved = Object.getOwnPropertyDescriptor(parent, leaf) as PropertyDescriptor;
  if ('remove' in how) delete parent[leaf];
  else if ('value' in how) parent[leaf] = how.value;
  else Object.defineProperty(parent, leaf, { get: how.get, configurable: true, enumerable: true });
  return () => {
    Object.defineProperty(parent, leaf, saved);
  };
}

/** Blocks this thread for `ms` without burning CPU: a synchronous step that is simply slow. */
export function blockFor(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}
