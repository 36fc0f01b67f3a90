// The content check's rules for the legal register: every entry complete, cited and reviewed within a year, and
// every legal statement in a topic citing its entry.

import {
  BUDGET,
  LEGAL_FILE,
  daysSince,
  localeFile,
  type CheckInput,
  type Findings,
  type Leaves,
} from './check-core.js';
import { LEGAL_IDS } from './legal.js';
import type { Locale } from './types.js';

/** Words that make a sentence a statement of law, which must then cite the register. */
const LEGAL_WORDS: Readonly<Record<Locale, RegExp>> = {
  'en-US':
    /\b(?:is|are) (?:illegal|a crime|crimes)\b|\bcharged\b|\bfelon(?:y|ies)\b|\bmisdemeanou?rs?\b|\bdefen[cs]e\b|\bcourt\b|\bvisa\b/i,
  'es-US':
    /\b(?:es|son) (?:ilegal(?:es)?|delitos?)\b|\bacusar\b|\bdelitos? graves?\b|\b(?:una|la|misma) defensa\b|\btribunal\b|\bvisa\b/i,
};

/** The first section or year a statute names ("236.23", "653.25", "2025"), which its citation must show too. */
const SECTION = /\d{3}(?:\.\d+)?/;

export function checkLegal(input: CheckInput, flat: Leaves, findings: Findings): void {
  const report = findings.in(LEGAL_FILE);
  const cited = new Set<string>();
  for (const [locale, leaves] of flat) {
    const file = findings.in(localeFile(locale));
    for (const [key, value] of leaves) {
      for (const [, id] of value.matchAll(/\{law:([A-Za-z0-9]+)\}/g)) cited.add(id as string);
      const legal = LEGAL_WORDS[locale].exec(value);
      if (/^topic\.[^.]+\.(?:summary|details\.\d+)$/.test(key) && legal && !value.includes('{law:')) {
        file.error(
          key,
          `states the law ("${legal[0]}") without citing it; add {law:ID} after the statement (${LEGAL_FILE}), so the web page shows its source`,
        );
      }
    }
    for (const id of LEGAL_IDS) {
      const citation = leaves.get(`law.${id}`);
      const section = SECTION.exec(input.legal[id].statute)?.[0];
      if (citation !== undefined && section && !citation.includes(section)) {
        file.error(`law.${id}`, `does not show ${section}, which ${LEGAL_FILE} cites for it; make them agree`);
      }
    }
  }
  for (const id of LEGAL_IDS) {
    const entry = input.legal[id];
    const key = `LEGAL.${id}`;
    if (entry.id !== id) report.error(key, `has id "${entry.id}"; it must be "${id}"`);
    if (!entry.statement.trim() || !entry.statute.trim()) report.error(key, 'needs the statement and the statute');
    if (entry.effective !== 'long-standing' && typeof daysSince(entry.effective, input.today) === 'string') {
      report.error(`${key}.effective`, `"${entry.effective}" must be YYYY-MM-DD, or "long-standing"`);
    }
    if (entry.sources.length === 0) report.error(`${key}.sources`, 'is empty; give the page it was read on');
    entry.sources.forEach((s, i) => {
      if (!s.title.trim() || !/^https?:\/\/\S+$/.test(s.url) || typeof daysSince(s.read, input.today) === 'string') {
        report.error(`${key}.sources.${i}`, 'needs the page title, its http(s) url and the date read (YYYY-MM-DD)');
      }
    });
    const age = daysSince(entry.lastReviewed, input.today);
    if (typeof age === 'string') report.error(`${key}.lastReviewed`, age);
    else if (age > BUDGET.reviewedDays) {
      report.stale(
        `${key}.lastReviewed`,
        `${age} days since this statement was reviewed (${BUDGET.reviewedDays} at most); read the law again, then update lastReviewed, or say less`,
      );
    }
    if (!cited.has(id))
      report.error(key, 'is cited by no sentence; cite it with {law:ID} where the statement is made, or remove it');
  }
}
