// A stand-in for Alexa's understanding, offline: Alexa's two steps over a generated interaction model. First a
// classifier trained on the model's samples alone picks the intent (AMAZON.FallbackIntent below a threshold); then
// each slot resolves only when the words heard for it equal a value or a synonym of its type, case and accents aside,
// and arrives otherwise as ER_SUCCESS_NO_MATCH with the heard words, in the JSON shape Amazon documents ("Entity
// Resolution for Custom Slot Types"). It cannot tell what Amazon's own models would do beyond that: see
// docs/understanding.md.

import type { Locale } from '../../content/index.js';
import { normalise } from '../../content/utterances/normalise.js';
import { load, train, type Classifier, type TrainingDoc } from '../../nlu/classifier.js';

/** Below this share of the classifier's activations, Alexa's stand-in sends AMAZON.FallbackIntent. */
const STAND_IN_THRESHOLD = 0.35;
export const FALLBACK_INTENT = 'AMAZON.FallbackIntent';

interface SlotTypeValue {
  readonly id: string;
  readonly name: { readonly value: string; readonly synonyms?: readonly string[] };
}
export interface ModelJson {
  readonly interactionModel: {
    readonly languageModel: {
      readonly invocationName: string;
      readonly intents: readonly {
        readonly name: string;
        readonly slots?: readonly { readonly name: string; readonly type: string }[];
        readonly samples: readonly string[];
      }[];
      readonly types: readonly { readonly name: string; readonly values: readonly SlotTypeValue[] }[];
    };
  };
}

/** A slot as Alexa puts it in an IntentRequest. */
export interface AlexaSlot {
  readonly name: string;
  readonly value?: string;
  readonly confirmationStatus: 'NONE';
  readonly source?: 'USER';
  readonly resolutions?: {
    readonly resolutionsPerAuthority: readonly {
      readonly authority: string;
      readonly status: { readonly code: 'ER_SUCCESS_MATCH' | 'ER_SUCCESS_NO_MATCH' };
      readonly values?: readonly { readonly value: { readonly name: string; readonly id: string } }[];
    }[];
  };
}

export interface Understood {
  readonly intent: string;
  /** The classifier's share for the intent it picked (0 to 1). */
  readonly score: number;
  readonly slots: Readonly<Record<string, AlexaSlot>>;
}

/**
 * Samples Amazon's built-in intents carry without being in the model, as Amazon's "Standard Built-in Intents" page
 * lists them for English (the same list virtual-alexa uses). Spanish ones are not published there: for es-US the
 * stand-in knows only the samples the model itself gives (content/alexa-model/).
 */
const BUILT_IN_SAMPLES: Readonly<Record<Locale, Readonly<Record<string, readonly string[]>>>> = {
  'en-US': {
    'AMAZON.CancelIntent': ['cancel', 'never mind'],
    'AMAZON.HelpIntent': ['help', 'help me'],
    'AMAZON.NavigateHomeIntent': ['home', 'go home'],
    'AMAZON.NoIntent': ['no', 'no thanks'],
    'AMAZON.RepeatIntent': ['repeat', 'say that again', 'repeat that'],
    'AMAZON.StopIntent': ['stop', 'off', 'shut up'],
    'AMAZON.YesIntent': ['yes', 'yes please', 'sure'],
  },
  'es-US': {},
};

const SLOT_REF = /\{([A-Za-z_]+)\}/;
const words = (text: string): string[] => normalise(text).split(' ').filter(Boolean);

/**
 * The training documents: each sample with its slot filled once per value of the slot's type, the value's names
 * (its value, then its synonyms) taken in turn from one sample to the next, so every name is seen without one
 * intent's carriers outnumbering every other intent many times over; and the built-in intents' own samples.
 */
export function standInDocs(
  model: ModelJson,
  builtIns: Readonly<Record<string, readonly string[]>> = {},
): TrainingDoc[] {
  const { intents, types } = model.interactionModel.languageModel;
  const docs: TrainingDoc[] = [];
  for (const intent of intents) {
    const own = new Set(intent.samples.map((s) => normalise(s)));
    for (const sample of builtIns[intent.name] ?? []) {
      if (!own.has(normalise(sample))) docs.push({ text: sample, label: intent.name });
    }
    intent.samples.forEach((sample, index) => {
      const ref = SLOT_REF.exec(sample)?.[1];
      const type = intent.slots?.find((s) => s.name === ref)?.type;
      const values = types.find((t) => t.name === type)?.values;
      if (!ref || !values) {
        docs.push({ text: sample, label: intent.name });
        return;
      }
      for (const v of values) {
        const names = [v.name.value, ...(v.name.synonyms ?? [])];
        const fill = names[index % names.length] as string;
        docs.push({ text: sample.replace(`{${ref}}`, fill), label: intent.name });
      }
    });
  }
  return docs;
}

interface Frame {
  readonly slot: string;
  readonly before: readonly string[];
  readonly after: readonly string[];
}

/** Where in what was said the slot's words are: after the longest carrier words found, before what follows them. */
export function slotWords(said: string, frames: readonly Frame[]): { slot: string; words: string } | undefined {
  const heard = said.trim().split(/\s+/).filter(Boolean);
  const plain = heard.map((w) => normalise(w));
  let best: { slot: string; start: number; end: number; score: number } | undefined;
  for (const frame of frames) {
    const starts =
      frame.before.length === 0
        ? [0]
        : plain.flatMap((_, i) => (frame.before.every((w, k) => plain[i + k] === w) ? [i + frame.before.length] : []));
    for (const start of starts) {
      let end = plain.length;
      if (frame.after.length > 0) {
        const at = plain.findIndex((_, i) => i >= start + 1 && frame.after.every((w, k) => plain[i + k] === w));
        if (at < 0) continue;
        end = at;
      }
      const score = frame.before.length + frame.after.length;
      if (end > start && (!best || score > best.score)) best = { slot: frame.slot, start, end, score };
    }
  }
  return best ? { slot: best.slot, words: heard.slice(best.start, best.end).join(' ') } : undefined;
}

/** Entity resolution as Alexa does it for a custom type: the heard words equal a value or a synonym, or no match. */
export function resolveSlot(
  name: string,
  heard: string | undefined,
  type: { readonly name: string; readonly values: readonly SlotTypeValue[] },
  skillId: string,
): AlexaSlot {
  if (heard === undefined || heard === '') return { name, confirmationStatus: 'NONE' };
  const authority = `amzn1.er-authority.echo-sdk.${skillId}.${type.name}`;
  const key = normalise(heard);
  const matches = type.values.filter((v) =>
    [v.name.value, ...(v.name.synonyms ?? [])].some((n) => normalise(n) === key),
  );
  const resolution =
    matches.length > 0
      ? {
          authority,
          status: { code: 'ER_SUCCESS_MATCH' as const },
          values: matches.map((v) => ({ value: { name: v.name.value, id: v.id } })),
        }
      : { authority, status: { code: 'ER_SUCCESS_NO_MATCH' as const } };
  return {
    name,
    value: heard,
    confirmationStatus: 'NONE',
    source: 'USER',
    resolutions: { resolutionsPerAuthority: [resolution] },
  };
}

export interface StandInOptions {
  readonly threshold?: number;
  /** The skill id in the entity-resolution authority. */
  readonly skillId?: string;
}

export const STAND_IN_SKILL_ID = 'amzn1.ask.skill.00000000-0000-0000-0000-000000000000';

/**
 * Alexa's two steps over one locale's model. What is said word for word as a sample (a slot filled with one of its
 * names) is that sample's intent, as on Alexa; anything else is classified. Trained once when built (about a second
 * per locale here).
 */
export class AlexaStandIn {
  private readonly classifier: Classifier;
  /** Samples without a slot, in normal form: said word for word, Alexa takes them to their intent. */
  private readonly exact = new Map<string, string>();
  private readonly frames = new Map<string, Frame[]>();
  private readonly threshold: number;
  private readonly skillId: string;

  constructor(
    readonly locale: Locale,
    private readonly model: ModelJson,
    options: StandInOptions = {},
  ) {
    this.threshold = options.threshold ?? STAND_IN_THRESHOLD;
    this.skillId = options.skillId ?? STAND_IN_SKILL_ID;
    this.classifier = load(train(locale, standInDocs(model, BUILT_IN_SAMPLES[locale])));
    for (const intent of model.interactionModel.languageModel.intents) {
      const frames = intent.samples.flatMap((sample): Frame[] => {
        const ref = SLOT_REF.exec(sample);
        if (!ref?.[1]) return [];
        const [before = '', after = ''] = sample.split(ref[0]);
        return [{ slot: ref[1], before: words(before), after: words(after) }];
      });
      if (frames.length > 0) this.frames.set(intent.name, frames);
      for (const sample of intent.samples) if (!SLOT_REF.test(sample)) this.exact.set(normalise(sample), intent.name);
    }
  }

  /** The intent whose sample, with its slot filled by one of the type's names, is exactly what was said. */
  private filledSample(said: string): string | undefined {
    const heard = words(said);
    const { types } = this.model.interactionModel.languageModel;
    for (const [intent, frames] of this.frames) {
      for (const frame of frames) {
        const end = heard.length - frame.after.length;
        const fits =
          end > frame.before.length &&
          frame.before.every((w, i) => heard[i] === w) &&
          frame.after.every((w, i) => heard[end + i] === w);
        if (!fits) continue;
        const slotType = this.model.interactionModel.languageModel.intents
          .find((i) => i.name === intent)
          ?.slots?.find((s) => s.name === frame.slot)?.type;
        const type = types.find((t) => t.name === slotType);
        const slot = type && resolveSlot(frame.slot, heard.slice(frame.before.length, end).join(' '), type, '');
        if (slot?.resolutions?.resolutionsPerAuthority[0]?.status.code === 'ER_SUCCESS_MATCH') return intent;
      }
    }
    return undefined;
  }

  /** What Alexa would send for these words: the intent and its slots, each resolved or not. */
  understand(said: string): Understood {
    const sample = this.exact.get(normalise(said)) ?? this.filledSample(said);
    const { label, score } = sample ? { label: sample, score: 1 } : this.classifier.classify(said);
    const intent = this.model.interactionModel.languageModel.intents.find((i) => i.name === label);
    if (!intent || score < this.threshold) return { intent: FALLBACK_INTENT, score, slots: {} };
    const found = slotWords(said, this.frames.get(intent.name) ?? []);
    const { types } = this.model.interactionModel.languageModel;
    const slots = Object.fromEntries(
      (intent.slots ?? []).map((s) => {
        const type = types.find((t) => t.name === s.type) ?? { name: s.type, values: [] };
        const heard = found?.slot === s.name ? found.words : undefined;
        return [s.name, resolveSlot(s.name, heard, type, this.skillId)];
      }),
    );
    return { intent: intent.name, score, slots };
  }
}
