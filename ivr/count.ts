// What one phone-line step counts: the input on a screen, a language switch, a silent drop. Pure; nothing about a caller.

import type { CountEvent } from '../server/metrics/events.js';
import type { KEY_CATEGORIES, SCREEN_KINDS } from '../server/metrics/labels.js';
import type { Decision, Input, KeyCategory, Screen } from './flow.js';
import { homeOf } from './flow.js';

// The metric label sets must cover every screen kind and key category the flow has: this fails to compile if not.
type Covers<Flow extends string, Labels extends string> = [Flow] extends [Labels] ? true : never;
const screensCovered: Covers<Screen['kind'], (typeof SCREEN_KINDS)[number]> = true;
const categoriesCovered: Covers<KeyCategory, (typeof KEY_CATEGORIES)[number]> = true;
void screensCovered;
void categoriesCovered;

/** The key as a label: the key itself (it is checked against the keypad's twelve later), or speech or silence. */
const keyOf = (input: Input): string => (input.kind === 'key' ? input.key : input.kind);

/** The events of one screen step, in order: the input, then a language switch or a silent drop when there is one. */
export function stepEvents(screen: Screen, input: Input, decision: Decision): CountEvent[] {
  const { step, category } = decision;
  const locale = step.kind === 'show' ? step.state.locale : step.locale;
  const menu = homeOf(screen);
  const events: CountEvent[] = [{ kind: 'menuChoice', screen: screen.kind, menu, key: keyOf(input), category, locale }];
  if (category === 'language') events.push({ kind: 'languageChosen', locale });
  if (input.kind === 'silence' && step.kind === 'transfer' && step.auto)
    events.push({ kind: 'silentDrop', menu, locale });
  return events;
}
