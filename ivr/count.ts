// What one phone-line step counts: the input on a screen, a language switch, a topic answered, a silent drop. Pure;
// nothing about a caller.

import type { Decision, Input, Screen } from './flow.js';
import { homeOf } from './flow.js';
import type { IvrCountEvent } from './metrics.js';

/** The key as a label: the key itself (it is checked against the keypad's twelve later), or speech or silence. */
const keyOf = (input: Input): string => (input.kind === 'key' ? input.key : input.kind);

/** The events of one screen step, in order: the input, then a language switch or a silent drop when there is one. */
export function stepEvents(screen: Screen, input: Input, decision: Decision): IvrCountEvent[] {
  const { step, category } = decision;
  const locale = step.kind === 'show' ? step.state.locale : step.locale;
  const menu = homeOf(screen);
  const events: IvrCountEvent[] = [
    { kind: 'menuChoice', screen: screen.kind, menu, key: keyOf(input), category, locale },
  ];
  if (category === 'language') events.push({ kind: 'languageChosen', locale });
  // A topic chosen (by key or in words) and given from its start; a repeat or a retry on it is not a new answer.
  if (category === 'choice' && step.kind === 'show' && step.screen.kind === 'topic' && step.screen.part === 0) {
    events.push({ kind: 'topicAnswered', channel: 'phone', topic: step.screen.topicId });
  }
  if (input.kind === 'silence' && step.kind === 'transfer' && step.auto)
    events.push({ kind: 'silentDrop', menu, locale });
  return events;
}
