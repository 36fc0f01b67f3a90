// Training documents: every phrasing of every meaning in the corpus (phone), or every sample of a generated
// Alexa model with its slots filled (the stand-in for Alexa's own NLU).

import type { Locale } from '../content/index.js';
import { corpusFor, meaningsOf, phrasings, type Corpus } from '../content/utterances/corpus.js';
import type { TrainingDoc } from './classifier.js';

/** Carriers ("tell me about {topic}") are trained with this many synonyms of each topic and service. */
export const CARRIER_SYNONYMS = 2;

export function corpusDocs(corpus: Corpus): TrainingDoc[] {
  return meaningsOf(corpus).flatMap((label) =>
    phrasings(corpus, label, CARRIER_SYNONYMS).map((text) => ({ text, label })),
  );
}

export const phoneDocs = (locale: Locale): TrainingDoc[] => corpusDocs(corpusFor(locale));

interface ModelJson {
  interactionModel: {
    languageModel: {
      intents: { name: string; slots?: { name: string; type: string }[]; samples: string[] }[];
      types: { name: string; values: { id: string; name: { value: string; synonyms: string[] } }[] }[];
    };
  };
}

/**
 * Labels are "Intent" or "Intent:slotValueId". A sample that is the slot alone is filled with every value and
 * synonym; a sample with words around the slot is filled with each value's name (as Alexa generalises carriers).
 */
export function modelDocs(model: unknown): TrainingDoc[] {
  const { intents, types } = (model as ModelJson).interactionModel.languageModel;
  const docs: TrainingDoc[] = [];
  for (const intent of intents) {
    const slot = intent.slots?.[0];
    const values = types.find((t) => t.name === slot?.type)?.values ?? [];
    for (const sample of intent.samples) {
      const ref = slot ? `{${slot.name}}` : undefined;
      if (!ref || !sample.includes(ref)) {
        docs.push({ text: sample, label: intent.name });
        continue;
      }
      for (const v of values) {
        const fills = sample.trim() === ref ? [v.name.value, ...v.name.synonyms] : [v.name.value];
        for (const fill of fills) docs.push({ text: sample.replace(ref, fill), label: `${intent.name}:${v.id}` });
      }
    }
  }
  return docs;
}
