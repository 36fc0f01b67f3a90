// The held-out sets (test/nlu/*.json): phrases written before the corpus and never trained on, with what each must do.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locale } from '../content/index.js';

export interface SkillItem {
  readonly say: string;
  /** topic:<id>, resource:<id>, number:<resourceId> or intent:<name>. */
  readonly expect: string;
}
export interface PhoneItem {
  /** main, or topic:<id>. */
  readonly screen: string;
  readonly say: string;
  /**
   * topic:<id>, transfer:<id> (it rings), closed or closed:<id> (the line says it cannot ring that service now and
   * offers another), emergency, more, key:<menu or language>, repeat, mainMenu, back, reprompt, or
   * disclosure:<resourceId>.
   */
  readonly expect: string;
}

const ROOT = join(import.meta.dirname, '..');
const items = (file: string): string[][] =>
  (JSON.parse(readFileSync(join(ROOT, 'test', 'nlu', file), 'utf8')) as { items: string[][] }).items;

export function heldOut(locale: Locale): { skill: SkillItem[]; phone: PhoneItem[] } {
  return {
    skill: items(`skill.${locale}.json`).map(([say = '', expect = '']) => ({ say, expect })),
    phone: items(`phone.${locale}.json`).map(([screen = '', say = '', expect = '']) => ({ screen, say, expect })),
  };
}
