// The content check's rules for words said aloud by the phone line and the skill: no citations, short sentences, a
// number at most twice, one text keyword, what a bystander may overhear, and the phone line's own screens.

import {
  BUDGET,
  PHONE_BUDGET,
  expandNames,
  localeFile,
  wordCount,
  type CheckInput,
  type Findings,
  type Leaves,
} from './check-core.js';
import { canTransfer } from './reach.js';
import { TOKEN } from './tokens.js';
import { RESOURCE_IDS, type Locale } from './types.js';

/** Keys only read, never said: the web page, the citations it shows, and the store listing. */
const isSpoken = (key: string): boolean => !/^(?:web|law|deploy)\./.test(key);

/** A bill number or code section: the web page shows them through {law:ID}; the voice channels say none. */
const CITATION =
  /\b(?:SB|AB)\s?\d+\b|\bPenal Code\b|\bC[óo]digo Penal\b|\bsecci[óo]n \d|\bsection \d|\b\d{3}\.\d{1,2}\b|\b\d{3}\([a-z]\)|\bCFR\b|\bU\.S\.C\b|§/i;

/**
 * Words a bystander may overhear, so they name no service and no trafficking, prostitution or police: the silence
 * path (the last warning, the announcement after it, the goodbye when it fails), the reprompts that offer a person,
 * and the goodbye after a transfer that connected, when the caller may be among other people again.
 */
const OVERHEARD_KEYS = [
  'ivr.reprompt.last',
  'ivr.reprompt.notUnderstood',
  'ivr.option.person',
  'ivr.transfer.silent',
  'ivr.dial.failedQuiet',
  'ivr.dial.completed',
  'ivr.dial.cutOff',
  'ivr.dial.anyHour',
];
const NAMES_A_SERVICE = /\{name:[^}]*\}|\{\{what\}\}/;
const GIVES_AWAY: Readonly<Record<Locale, RegExp>> = {
  'en-US': new RegExp(`traffick|prostitut|police|sheriff|\\bsex|${NAMES_A_SERVICE.source}`, 'i'),
  'es-US': new RegExp(`trata|prostitu|polic[íi]a|sheriff|\\bsex|${NAMES_A_SERVICE.source}`, 'i'),
};

/** Keywords people are told to text to some service; a sentence gives only the keyword of the code it names. */
const TEXT_KEYWORDS = /\b(?:HELP|INFO|START|STOP|AYUDA|BEFREE)\b/g;

/** A sentence as said: names expanded, citations dropped, a number or placeholder counted as one word. */
export function spokenSentences(value: string, leaves: ReadonlyMap<string, string>): string[] {
  const said = expandNames(value, leaves)
    .replace(/\{law:[^}]*\}/g, '')
    .replace(/\{\{[a-zA-Z]+\}\}/g, 'X');
  return (
    said
      // A sentence ends at . ! or ? and a space, but not after an initial such as the S. of "U.S.".
      .split(/(?<=[.!?])(?<!\b\p{Lu}\.)\s+/u)
      .map((s) => s.trim())
      .filter(Boolean)
  );
}

/** How many times each number token is said in a string, names and purposes expanded. */
function numberCounts(value: string, leaves: ReadonlyMap<string, string>): Map<string, number> {
  const counts = new Map<string, number>();
  for (const [token, kind] of expandNames(value, leaves).matchAll(TOKEN)) {
    if (kind === 'number' || kind === 'phone' || kind === 'sms') counts.set(token, (counts.get(token) ?? 0) + 1);
  }
  return counts;
}

/** The rules for one string said aloud. */
function checkSaid(
  locale: Locale,
  key: string,
  value: string,
  leaves: ReadonlyMap<string, string>,
  input: CheckInput,
  findings: Findings,
): void {
  const report = findings.in(localeFile(locale));
  const citation = CITATION.exec(value.replace(TOKEN, ''));
  if (citation) {
    report.error(
      key,
      `says "${citation[0]}" aloud; the phone line and the skill say no bill numbers or code sections. Cite the law with {law:ID} (content/legal.ts): the web page shows it, the voices drop it`,
    );
  }
  for (const sentence of spokenSentences(value, leaves)) {
    const n = wordCount(sentence);
    if (n > BUDGET.sentenceWords) {
      report.error(
        key,
        `has a sentence of ${n} words as said ("${sentence.slice(0, 40)}…"); at most ${BUDGET.sentenceWords}: split it`,
      );
    }
  }
  // A topic part's numbers are said twice by the phone line itself, so the words may give each only once.
  const most = /^topic\.[^.]+\.(?:summary|details\.\d+)$/.test(key) ? 1 : 2;
  for (const [token, n] of numberCounts(value, leaves)) {
    if (n > most) {
      report.error(
        key,
        `says ${token} ${n} times (names included); ${most === 1 ? 'the phone line repeats each number of a topic itself, so give it once' : 'at most twice in one answer'}`,
      );
    }
  }
  for (const [sms, id] of [...value.matchAll(TOKEN)].filter((m) => m[1] === 'sms').map((m) => [m[0], m[2]] as const)) {
    const keyword =
      id && id !== '{{resourceId}}' ? input.resources[id as keyof typeof input.resources]?.sms?.keyword : undefined;
    const other = keyword ? [...value.matchAll(TEXT_KEYWORDS)].find((m) => m[0] !== keyword) : undefined;
    if (other) {
      report.error(
        key,
        `tells people to text "${other[0]}" to ${sms}, whose keyword is "${keyword}" in content/resources.ts; every channel gives the one keyword`,
      );
    }
  }
  if (OVERHEARD_KEYS.includes(key)) {
    // A number is said as digits, so its token's id gives nothing away.
    const given = GIVES_AWAY[locale].exec(value.replace(/\{(?:number|phone|sms):[^}]*\}/g, 'N'));
    if (given) {
      report.error(
        key,
        `says "${given[0]}", which a bystander may overhear; name no service, trafficking, prostitution or police ("Connecting you to someone who can help.")`,
      );
    }
  }
}

/** The phone line's rules: a short transfer preamble, who receives a text, and every said string's rules. */
export function checkSpoken(input: CheckInput, flat: Leaves, findings: Findings): void {
  const transferable = RESOURCE_IDS.filter((id) => canTransfer(input.resources[id]));
  const required: [key: string, parts: string[], why: string][] = [
    ['ivr.transfer.connecting', ['{{what}}'], 'the caller must hear who will answer'],
    [
      'ivr.text.how',
      ['{name:{{resourceId}}}', '{sms:{{resourceId}}}', '{{spelled}}'],
      'the text screen must say who receives the text and spell the keyword',
    ],
  ];
  for (const [locale, leaves] of flat) {
    const report = findings.in(localeFile(locale));
    for (const [key, value] of leaves) if (isSpoken(key)) checkSaid(locale, key, value, leaves, input, findings);
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
