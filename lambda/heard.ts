// What the words heard for a slot that did not resolve mean, asked of the phone line's classifier (nlu/), which
// learnt every meaning from the utterance corpus. Imported only when a slot does not resolve, so the skill's cold
// start does not load the classifier.

import { RUNAWAY_SERVICE, type Locale, type ResourceId, type TopicId, type DisclosureKind } from '../content/index.js';
import { MAX_CLASSIFIED_WORDS, MEANING_THRESHOLD, type Classifier } from '../nlu/classifier.js';
import { phoneClassifier } from '../nlu/phone-model.js';
import { normalise } from '../content/utterances/normalise.js';
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

const CLASSIFIERS = new Map<Locale, Classifier>();
function classifier(locale: Locale): Classifier {
  let found = CLASSIFIERS.get(locale);
  if (!found) CLASSIFIERS.set(locale, (found = phoneClassifier(locale)));
  return found;
}

/** The answer for what the words mean; the fallback (a person first) when they mean nothing the skill answers. */
export function answerForWords(locale: Locale, words: string): Answer {
  const said = normalise(words);
  if (said === '' || said.split(' ').length > MAX_CLASSIFIED_WORDS) return fallbackAnswer(locale);
  const { label, score } = classifier(locale).classify(said);
  if (score < MEANING_THRESHOLD) return fallbackAnswer(locale);
  const [kind, id = ''] = label.split('.');
  switch (kind) {
    case 'topic':
      return topicAnswer(locale, id as TopicId);
    case 'service':
      return resourceAnswer(locale, id as ResourceId);
    case 'disclosure':
      return disclosureAnswer(locale, id as DisclosureKind);
    case 'danger':
      return emergencyAnswer(locale);
    case 'help':
      return personAnswer(locale);
    case 'sendNumbers':
      return sendNumbersAnswer(locale);
    case 'runaway':
      return resourceAnswer(locale, RUNAWAY_SERVICE);
  }
  return fallbackAnswer(locale);
}
