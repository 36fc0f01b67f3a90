// A trained classifier as data: NLP.js's neural network over word stems, plus the "none" signal for unknown words.

import { createHash } from 'node:crypto';
import { NeuralNetwork } from '@nlpjs/neural';
import type { Locale } from '../content/index.js';
import { stems } from './features.js';

/** A phrase with a larger share of words never seen in training is None outright (names, addresses, chatter). */
const MAX_UNKNOWN_SHARE = 0.4;

/** Below this share of the classifier's activations, what was said is not taken to mean anything. */
export const MEANING_THRESHOLD = 0.35;
/** Longer speech is not classified (a recogniser running on, a television): it gets the "not understood" answer. */
export const MAX_CLASSIFIED_WORDS = 30;

/** The label the network gives when the words are not ones it learnt. */
export const NONE = 'None';
const NONE_FEATURE = 'nonefeature';

/**
 * What `npm run generate` writes (nlu/train.ts): enough to classify without retraining. The network's weights are
 * stored as whole hundredths (the held-out results are the same as with full precision), which keeps the Lambda zip
 * small.
 */
export interface ClassifierData {
  readonly locale: Locale;
  /** Fingerprint of the training documents and of this trainer (see docsHash): the staleness test compares it. */
  readonly docsHash: string;
  readonly features: readonly string[];
  readonly intents: readonly string[];
  /** Per intent: its weight for each feature, then its bias, in hundredths. */
  readonly weights: readonly (readonly number[])[];
}

interface Classification {
  readonly label: string;
  /** The winner's share of all activations, 0 to 1. */
  readonly score: number;
}

export interface Classifier {
  classify(text: string): Classification;
}

export interface TrainingDoc {
  readonly text: string;
  readonly label: string;
}

/** Bump when features or training change, so every committed model counts as stale. */
const TRAINER_VERSION = 3;

/** What a trained model was made from: the documents in order and the trainer's version. */
export const docsHash = (docs: readonly TrainingDoc[]): string =>
  createHash('sha256')
    .update(JSON.stringify([TRAINER_VERSION, docs]))
    .digest('hex')
    .slice(0, 16);

/** Trains on labelled phrases (deterministic: the same docs give the same data). */
export function train(locale: Locale, docs: readonly TrainingDoc[]): ClassifierData {
  const corpus = docs.map((d) => ({
    input: Object.fromEntries(stems(locale, d.text).map((s) => [s, 1])),
    output: { [d.label]: 1 },
  }));
  // As NLP.js does: a last document made of the "unknown word" feature alone teaches the network what None is.
  corpus.push({ input: { [NONE_FEATURE]: 1 }, output: { [NONE]: 1 } });
  const network = new NeuralNetwork({ log: false });
  network.train(corpus);
  const json = network.toJSON();
  const weights = (json.perceptrons ?? []).map((p) => p.map((w) => Math.round(w * 100)));
  return { locale, docsHash: docsHash(docs), features: json.features ?? [], intents: json.intents ?? [], weights };
}

export function load(data: ClassifierData): Classifier {
  const network = new NeuralNetwork();
  const perceptrons = data.weights.map((p) => p.map((w) => w / 100));
  network.fromJSON({ settings: {}, features: [...data.features], intents: [...data.intents], perceptrons });
  const known = new Set(data.features);
  return {
    classify(text) {
      const words = stems(data.locale, text);
      const input: Record<string, number> = {};
      let unknown = 0;
      for (const w of words) {
        if (known.has(w)) input[w] = 1;
        else unknown += 1;
      }
      // Unknown words push towards None, the more the stronger (NLP.js's nonedelta, simplified).
      if (unknown > 0) input[NONE_FEATURE] = Math.min(1, unknown / Math.max(words.length, 1));
      if (Object.keys(input).length === 0 || unknown > MAX_UNKNOWN_SHARE * words.length)
        return { label: NONE, score: 1 };
      const out = network.run(input) ?? {};
      let best = NONE;
      let top = 0;
      let sum = 0;
      for (const [label, value] of Object.entries(out)) {
        sum += value;
        if (value > top) [best, top] = [label, value];
      }
      return sum > 0 ? { label: best, score: top / sum } : { label: NONE, score: 1 };
    },
  };
}
