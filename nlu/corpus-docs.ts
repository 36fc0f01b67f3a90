// Training documents for the phone line's classifier: every phrasing of every meaning in the corpus.

import type { Locale } from '../content/index.js';
import { corpusFor, meaningsOf, phrasings, type Corpus } from '../content/utterances/corpus.js';
import type { TrainingDoc } from './classifier.js';

/** Carriers ("tell me about {topic}") are trained with this many synonyms of each topic and service. */
const CARRIER_SYNONYMS = 2;

function corpusDocs(corpus: Corpus): TrainingDoc[] {
  return meaningsOf(corpus).flatMap((label) =>
    phrasings(corpus, label, CARRIER_SYNONYMS).map((text) => ({ text, label })),
  );
}

export const phoneDocs = (locale: Locale): TrainingDoc[] => corpusDocs(corpusFor(locale));
