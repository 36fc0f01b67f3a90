// English words inside another language's text (organisation names, SMS keywords), found from content/ so that
// the page can mark them lang="en" and screen readers say them in English.

import { listResources, tFor, type Locale } from '../content/index.js';

const ALL_CAPS = /^[A-Z]{2,}$/;

const within = (text: string, phrase: string): boolean => {
  const escaped = phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'u').test(text);
};

/**
 * The runs of words an English name shares verbatim with its translation: a proper name kept in English.
 * A run counts when it has two words or more, or is one all-capitals word (CAST), so shared single words that
 * are Spanish too (California, Sheriff) are not marked.
 */
export function sharedNames(english: string, translated: string): string[] {
  const found: string[] = [];
  for (const phrase of english.split(/,\s*/)) {
    const words = phrase.split(/\s+/).filter((w) => w !== '' && !w.includes('{'));
    for (let i = 0; i < words.length; i++) {
      for (let j = words.length; j > i; j--) {
        const run = words.slice(i, j).join(' ');
        if ((j - i >= 2 || ALL_CAPS.test(run)) && within(translated, run)) {
          found.push(run);
          i = j - 1;
          break;
        }
      }
    }
  }
  return found;
}

const cache = new Map<Locale, readonly string[]>();

/** Every English term that appears in this locale's text, longest first; none for English itself. */
export function englishTerms(locale: Locale): readonly string[] {
  if (locale.startsWith('en')) return [];
  const cached = cache.get(locale);
  if (cached) return cached;
  const en = tFor('en-US');
  const own = tFor(locale);
  const terms = new Set<string>();
  for (const r of listResources()) {
    for (const field of ['name', 'short']) {
      const key = `resource.${r.id}.${field}`;
      for (const term of sharedNames(en(key), own(key))) terms.add(term);
    }
    // Keywords are what the service answers to, written as it publishes them (HELP, START).
    if (r.sms) terms.add(r.sms.keyword);
  }
  const sorted = [...terms].sort((a, b) => b.length - a.length);
  cache.set(locale, sorted);
  return sorted;
}
