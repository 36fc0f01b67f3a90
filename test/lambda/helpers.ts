// Shared set-up for the skill's tests: Alexa's stand-in over the real models, a captured log, and the checks every
// response must pass (valid SSML, say-as values, Alexa's size limits, a reprompt whenever the session stays open).

import ssmlCheck from 'ssml-check-core';
import { expect } from 'vitest';
import type { Locale } from '../../content/index.js';
import { buildSkill } from '../../lambda/skill.js';
import { Simulator, type SimulatorRequest } from '../../tools/ask-simulator.js';
import { memoryLogger } from '../support/logger.js';

const SPEECH_LIMIT = 8000;
const RESPONSE_LIMIT = 24 * 1024;

export interface SkillResponse {
  response: {
    outputSpeech?: { type: string; ssml: string };
    reprompt?: { outputSpeech: { type: string; ssml: string } };
    card?: { type: string; title: string; content: string };
    shouldEndSession?: boolean;
    directives?: { type: string; token?: string; datasources?: { numbers: { title: string; lines: string[] } } }[];
  };
  sessionAttributes?: Record<string, unknown>;
}

const SAY_AS = /<say-as\b([^>]*)>([\s\S]*?)<\/say-as>/g;
const SAY_AS_VALUES: Readonly<Record<string, RegExp>> = {
  digits: /^\d+$/,
  telephone: /^\+?[\d\s().-]+$/,
};

/** Our own say-as check (ssml-check-core does not look at values): a known interpret-as and a value that fits it. */
export function sayAsProblems(ssml: string): string[] {
  const problems: string[] = [];
  for (const [whole, attributes, value] of ssml.matchAll(SAY_AS)) {
    const kind = /interpret-as="([^"]+)"/.exec(attributes ?? '')?.[1];
    const pattern = kind ? SAY_AS_VALUES[kind] : undefined;
    if (!kind || !pattern) problems.push(`${whole}: unknown interpret-as`);
    else if (!pattern.test(value ?? '')) problems.push(`${whole}: "${value}" is not a ${kind} value`);
  }
  const opened = (ssml.match(/<say-as\b/g) ?? []).length;
  const closed = (ssml.match(/<\/say-as>/g) ?? []).length;
  if (opened !== closed) problems.push(`${opened} <say-as> opened, ${closed} closed`);
  return problems;
}

async function ssmlProblems(ssml: string, locale: Locale): Promise<unknown[]> {
  const errors = (await ssmlCheck.check(ssml, { platform: 'amazon', locale })) ?? [];
  return [...errors, ...sayAsProblems(ssml)];
}

/** Every rule a response must meet, whatever it says. */
export async function expectValidResponse(envelope: SkillResponse, locale: Locale): Promise<void> {
  const { response } = envelope;
  expect(Buffer.byteLength(JSON.stringify(envelope), 'utf8'), 'response size in bytes').toBeLessThan(RESPONSE_LIMIT);
  const speech = response.outputSpeech?.ssml;
  if (speech !== undefined) {
    expect(speech.startsWith('<speak>') && speech.endsWith('</speak>'), speech).toBe(true);
    expect(speech.length, 'outputSpeech length').toBeLessThan(SPEECH_LIMIT);
    expect(await ssmlProblems(speech, locale), speech).toEqual([]);
  }
  const reprompt = response.reprompt?.outputSpeech.ssml;
  if (reprompt !== undefined) expect(await ssmlProblems(reprompt, locale), reprompt).toEqual([]);
  if (response.shouldEndSession !== true && speech !== undefined) {
    expect(reprompt, `an open session needs a reprompt: ${speech}`).toBeTruthy();
  }
}

/**
 * A conversation with a fresh skill: what a person says is understood by Alexa's stand-in over models/<locale>.json
 * (tools/nlu/alexa-stand-in.ts, through npm run ask's simulator); each response is checked before it is returned.
 */
export class Conversation {
  readonly sim: Simulator;
  readonly log = memoryLogger();
  /** The raw requests the skill received, to look at intents and entity resolution. */
  readonly requests: SimulatorRequest[] = [];

  constructor(
    readonly locale: Locale,
    options: { screen?: boolean; requestLocale?: string; skillId?: string } = {},
  ) {
    const skill = buildSkill(
      { verifySignature: true, ...(options.skillId ? { skillId: options.skillId } : {}) },
      { logger: this.log.logger },
    );
    this.sim = new Simulator({
      locale,
      handler: (event: unknown) => skill.invoke(event as never),
      ...(options.screen ? { screen: true } : {}),
      ...(options.skillId ? { skillId: options.skillId } : {}),
      onRequest: (request) => {
        if (options.requestLocale) request.request.locale = options.requestLocale;
        this.requests.push(JSON.parse(JSON.stringify(request)) as SimulatorRequest);
      },
    });
  }

  get alexa(): Simulator['alexa'] {
    return this.sim.alexa;
  }

  private async checked(pending: Promise<unknown>): Promise<SkillResponse> {
    const envelope = (await pending) as SkillResponse;
    await expectValidResponse(envelope, this.locale);
    return envelope;
  }

  launch(): Promise<SkillResponse> {
    return this.checked(this.alexa.launch());
  }

  /** What a person says, as Alexa would understand it. */
  utter(text: string): Promise<SkillResponse> {
    return this.checked(this.sim.say(text));
  }

  /** The intent Alexa sent for the last request. */
  lastIntent(): string | undefined {
    return this.requests.at(-1)?.request.intent?.name;
  }

  intend(intent: string, slots?: Record<string, string>): Promise<SkillResponse> {
    return this.checked(this.alexa.intend(intent, slots));
  }

  endSession(): Promise<SkillResponse> {
    return this.checked(this.alexa.endSession());
  }

  /** The entity-resolution id Alexa gave the last request's slot. */
  resolvedId(slot: string): string | undefined {
    const last = this.requests.at(-1) as
      | {
          request: {
            intent?: {
              slots?: Record<
                string,
                { resolutions?: { resolutionsPerAuthority: { values: { value: { id: string } }[] }[] } }
              >;
            };
          };
        }
      | undefined;
    return last?.request.intent?.slots?.[slot]?.resolutions?.resolutionsPerAuthority[0]?.values[0]?.value.id;
  }
}

export const speechOf = (r: SkillResponse): string => r.response.outputSpeech?.ssml ?? '';
export const repromptOf = (r: SkillResponse): string => r.response.reprompt?.outputSpeech.ssml ?? '';

/** How many times a fragment occurs in a string. */
export const occurrences = (haystack: string, needle: string): number => haystack.split(needle).length - 1;
