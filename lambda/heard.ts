// What the words heard for a slot that did not resolve mean, by the rules and the classifier the phone line uses too
// (nlu/meaning.ts): danger, "not an emergency", a minor telling of being sold or forced and asking for a person come
// first, then the classifier trained on the utterance corpus. Imported only when a slot does not resolve, so the
// skill's cold start does not load the classifier.

import type { Locale } from '../content/index.js';
import { meaningOfWords } from '../nlu/meaning.js';
import { phoneClassifier } from '../nlu/phone-model.js';
import {
  disclosureAnswer,
  emergencyAnswer,
  fallbackAnswer,
  personAnswer,
  resourceAnswer,
  sendNumbersAnswer,
  topicAnswer,
  type Answer,
} from './answers.js';

/** The answer for what the words mean; the fallback (a person first) when they mean nothing the skill answers. */
export function answerForWords(locale: Locale, words: string): Answer {
  const meant = meaningOfWords(locale, words, phoneClassifier(locale));
  switch (meant?.kind) {
    case 'emergency':
      return emergencyAnswer(locale);
    case 'sheriff':
      // Its answer gives the Sheriff's number, or while nobody has confirmed it, the line to call instead.
      return resourceAnswer(locale, 'sheriffNonEmergency');
    case 'hotline':
      return personAnswer(locale);
    case 'disclosure':
      return disclosureAnswer(locale, meant.disclosure);
    case 'topic':
      return topicAnswer(locale, meant.topicId);
    case 'service':
      return resourceAnswer(locale, meant.resourceId);
    case 'sendNumbers':
      return sendNumbersAnswer(locale);
  }
  return fallbackAnswer(locale);
}
