// Property-based requests (fast-check) to the Alexa skill: random intents, slot values (unknown ones too), locales,
// session states and malformed envelopes, through the skill's invoke and the Lambda entry. Every response must be
// valid SSML within Alexa's limits, speak registry numbers only, never fail unhandled, and log no one.
// Set FUZZ_RUNS to change the number of requests and FUZZ_SEED to replay a failure.

import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { LOCALES, RESOURCE_IDS, TOPIC_IDS, prompt, type Locale } from '../../content/index.js';
import { pickLocale } from '../../lambda/interceptors/locale.js';
import { renderSsml } from '../../lambda/render-ssml.js';
import { buildSkill } from '../../lambda/skill.js';
import { createCounts } from '../../infra/metrics/events.js';
import { ALEXA_INTENTS, ALEXA_METRICS, ALEXA_REQUEST_TYPES } from '../../lambda/metrics.js';
import { prometheusCounts } from '../../infra/metrics/prometheus.js';
import { REGISTRY_SPOKEN } from '../ivr/helpers.js';
import { expectValidResponse, type SkillResponse } from '../lambda/helpers.js';
import { memoryLogger } from '../support/logger.js';

const RUNS = Number(process.env.FUZZ_RUNS ?? 1000);
const SEED = process.env.FUZZ_SEED === undefined ? undefined : Number(process.env.FUZZ_SEED);
const SKILL_ID = 'amzn1.ask.skill.00000000-0000-4000-8000-000000000001';
/** Ids and words that must never reach a log or a metric. */
const USER_ID = 'amzn1.ask.account.FUZZUSERSECRET';
const DEVICE_ID = 'amzn1.ask.device.FUZZDEVICESECRET';
const SAID = 'Quillfeather';

/** Generated values of any shape, for the fields that should hold something else. */
const junk = fc.oneof(
  fc.constant(undefined),
  fc.constant(null),
  fc.integer(),
  fc.string({ maxLength: 20 }),
  fc.array(fc.integer(), { maxLength: 3 }),
  fc.dictionary(fc.string({ maxLength: 5 }), fc.string({ maxLength: 5 }), { maxKeys: 3 }),
);
const maybe = <T>(arb: fc.Arbitrary<T>): fc.Arbitrary<T | unknown> =>
  fc.oneof({ weight: 5, arbitrary: arb }, { weight: 1, arbitrary: junk });

const locale = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom<unknown>(...LOCALES) },
  { weight: 2, arbitrary: fc.constantFrom<unknown>('es-MX', 'es-ES', 'en-GB', 'en-IN', 'fr-FR', 'ES-us', '') },
  { weight: 1, arbitrary: junk },
);

/** A slot as Alexa's entity resolution fills it: a known id, an unknown one, no match, or something broken. */
const slot = (name: string, ids: readonly string[]) =>
  fc.oneof(
    fc.record({
      name: fc.constant(name),
      value: fc.oneof(fc.constant(SAID), fc.string({ unit: 'grapheme', maxLength: 40 })),
      resolutions: fc.record({
        resolutionsPerAuthority: fc.array(
          fc.record({
            authority: fc.constant(`amzn1.er-authority.echo-sdk.x.${name}`),
            status: fc.record({ code: fc.constantFrom('ER_SUCCESS_MATCH', 'ER_SUCCESS_NO_MATCH', 'ER_ERROR_TIMEOUT') }),
            values: maybe(
              fc.array(
                fc.record({
                  value: fc.record({
                    name: fc.constant(SAID),
                    id: fc.oneof(fc.constantFrom(...ids), fc.string({ maxLength: 12 })),
                  }),
                }),
                { maxLength: 2 },
              ),
            ),
          }),
          { maxLength: 2 },
        ),
      }),
    }),
    fc.record({ name: fc.constant(name), value: fc.constant(SAID) }),
    fc.record({ name: fc.constant(name), resolutions: junk }),
    junk,
  );

const intent = fc.record({
  name: fc.oneof(
    { weight: 8, arbitrary: fc.constantFrom<unknown>(...ALEXA_INTENTS) },
    // Repeat speaks session state back as it is: the likeliest way for a damaged session to reach Alexa.
    { weight: 3, arbitrary: fc.constant('AMAZON.RepeatIntent') },
    { weight: 1, arbitrary: fc.string({ maxLength: 30 }) },
    { weight: 1, arbitrary: junk },
  ),
  confirmationStatus: fc.constant('NONE'),
  slots: fc.oneof(
    fc.record(
      { topic: slot('topic', TOPIC_IDS), organization: slot('organization', RESOURCE_IDS) },
      { requiredKeys: [] },
    ),
    junk,
  ),
});

/** Session state as the skill writes it, and as a broken or forged device might send it back. */
const attributes = fc.oneof(
  fc.record(
    {
      last: fc.oneof(
        fc.record({
          speech: fc.constantFrom(...LOCALES.map((l) => renderSsml(prompt(l, 'alexa.welcome')))),
          reprompt: fc.constantFrom(...LOCALES.map((l) => renderSsml(prompt(l, 'alexa.welcomeReprompt')))),
        }),
        fc.record({
          speech: fc.oneof(
            fc.string({ maxLength: 200 }),
            fc.constant(`<speak>${SAID} & <b>`),
            fc.constant('<break time="99999ms"/>'),
            fc.constant('x'.repeat(7999)),
          ),
        }),
        junk,
      ),
      more: fc.oneof(
        fc.record({ topicId: fc.constantFrom<unknown>(...TOPIC_IDS, 'nope'), next: fc.oneof(fc.nat(6), fc.integer()) }),
        junk,
      ),
      heard: fc.oneof(fc.subarray([...RESOURCE_IDS]), fc.array(fc.string({ maxLength: 8 }), { maxLength: 3 }), junk),
      confirm: fc.oneof(fc.constant('sendNumbers'), junk),
    },
    { requiredKeys: [] },
  ),
  junk,
);

const requestBody = fc.oneof(
  { weight: 2, arbitrary: fc.record({ type: fc.constant('LaunchRequest') }) },
  {
    weight: 8,
    arbitrary: fc.record({
      type: fc.constant('IntentRequest'),
      intent: maybe(intent),
      dialogState: fc.constantFrom('STARTED', 'COMPLETED'),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      type: fc.constant('SessionEndedRequest'),
      reason: fc.constantFrom<unknown>('USER_INITIATED', 'ERROR', 'EXCEEDED_MAX_REPROMPTS', SAID),
      error: maybe(fc.record({ type: fc.constantFrom('INVALID_RESPONSE', SAID), message: fc.constant(SAID) })),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      type: fc.oneof(fc.constantFrom<unknown>(...ALEXA_REQUEST_TYPES), fc.string({ maxLength: 20 }), junk),
    }),
  },
);

const envelope = fc
  .record({
    request: fc.oneof({ weight: 12, arbitrary: requestBody }, { weight: 1, arbitrary: junk }),
    locale,
    attributes,
    screen: fc.boolean(),
    session: fc.oneof({ weight: 4, arbitrary: fc.constant('valid') }, fc.constantFrom('new', 'missing', 'broken')),
    context: fc.constantFrom('valid', 'missing', 'broken'),
    timestamp: fc.constantFrom<unknown>(new Date().toISOString(), undefined, 'yesterday'),
  })
  .map(({ request, locale, attributes, screen, session, context, timestamp }) => {
    const application = { applicationId: SKILL_ID };
    const user = { userId: USER_ID };
    const device = {
      deviceId: DEVICE_ID,
      supportedInterfaces: screen ? { 'Alexa.Presentation.APL': { runtime: { maxVersion: '2023.3' } } } : {},
    };
    const sessions: Record<string, unknown> = {
      valid: { new: false, sessionId: 'amzn1.echo-api.session.fuzz', application, user, attributes },
      new: { new: true, sessionId: 'amzn1.echo-api.session.fuzz', application, user },
      missing: undefined,
      broken: { new: 'perhaps', attributes: SAID },
    };
    const contexts: Record<string, unknown> = {
      valid: {
        System: { application, user, device, apiEndpoint: 'https://api.amazonalexa.com', apiAccessToken: SAID },
      },
      missing: undefined,
      broken: { System: { device: { supportedInterfaces: null } } },
    };
    const req =
      request && typeof request === 'object'
        ? { requestId: 'amzn1.echo-api.request.fuzz', timestamp, locale, ...request }
        : request;
    return { version: '1.0', session: sessions[session], context: contexts[context], request: req } as Record<
      string,
      unknown
    >;
  });

/** The locale the skill answers in, as its interceptor picks it. */
const answerLocale = (env: Record<string, unknown>): Locale => {
  const requested = (env.request as { locale?: unknown } | undefined)?.locale;
  return pickLocale(typeof requested === 'string' ? requested : undefined);
};

/** Digit groups said together (separated only by breaks) form one number; each must be a registry number. */
function spokenNumbers(ssml: string): string[] {
  const runs = ssml.match(/(?:<say-as interpret-as="digits">\d+<\/say-as>(?:<break time="\d+ms"\/>)?)+/g) ?? [];
  return runs.map((run) => [...run.matchAll(/>(\d+)</g)].map((m) => m[1]).join(''));
}

async function expectGoodAnswer(out: SkillResponse, env: Record<string, unknown>): Promise<void> {
  await expectValidResponse(out, answerLocale(env));
  for (const ssml of [out.response.outputSpeech?.ssml ?? '', out.response.reprompt?.outputSpeech.ssml ?? '']) {
    for (const n of spokenNumbers(ssml)) expect(REGISTRY_SPOKEN, `speaks ${n}`).toContain(n);
  }
}

describe('random requests to the Alexa skill', () => {
  const log = memoryLogger();
  const metrics = prometheusCounts(ALEXA_METRICS, { processMetrics: false });
  const skill = buildSkill(
    { verifySignature: true },
    { logger: log.logger, counts: createCounts(ALEXA_METRICS, metrics.sink) },
  );
  let answered = 0;
  const seen = { outOfSession: 0, repeatWithState: 0, unknownIntent: 0, spanish: 0, screen: 0 };
  /** What kind of request this was, so the run can show it covered the cases that matter. */
  function classify(env: Record<string, unknown>): void {
    const request = env.request as { type?: unknown; intent?: { name?: unknown } } | undefined;
    const name = request?.intent?.name;
    if (!env.session) seen.outOfSession += 1;
    if (
      name === 'AMAZON.RepeatIntent' &&
      (env.session as { attributes?: { last?: unknown } } | undefined)?.attributes?.last
    )
      seen.repeatWithState += 1;
    if (request?.type === 'IntentRequest' && !(ALEXA_INTENTS as readonly unknown[]).includes(name))
      seen.unknownIntent += 1;
    if (answerLocale(env) === 'es-US') seen.spanish += 1;
    if (JSON.stringify(env.context ?? {}).includes('Alexa.Presentation.APL')) seen.screen += 1;
  }

  it(`when ${RUNS} random envelopes are invoked, then each gets a valid answer within Alexa's limits and none fails`, async () => {
    await fc.assert(
      fc.asyncProperty(envelope, async (env) => {
        const out = (await skill.invoke(env as never)) as unknown as SkillResponse;
        await expectGoodAnswer(out, env);
        answered += 1;
        classify(env);
      }),
      { numRuns: RUNS, ...(SEED === undefined ? {} : { seed: SEED }) },
    );
    expect(answered).toBe(RUNS);
    // Each case about 40 times in 1,000 or more (the rarest, Repeat with a last answer, 38 to 50 in four seeds): the
    // bar only proves each was reached, so a random seed cannot fail it by chance.
    for (const [what, count] of Object.entries(seen)) expect(count, what).toBeGreaterThan(RUNS / 100);
  }, 180_000);

  it('when the log and the counts of all those requests are searched, then no user, device or word said is in them', async () => {
    const text = `${log.lines.join('\n')}\n${await metrics.registry.metrics()}`;
    expect(log.lines.length).toBeGreaterThan(RUNS);
    for (const secret of [USER_ID, DEVICE_ID, 'FUZZUSER', 'FUZZDEVICE', SAID]) expect(text).not.toContain(secret);
  });
});

describe('random requests to the Lambda entry (lambda/index.ts)', () => {
  let handler: (event: unknown) => Promise<unknown>;
  beforeAll(async () => {
    vi.resetModules();
    for (const [k, v] of Object.entries({
      LOG_LEVEL: 'silent',
      NODE_ENV: 'production',
      ALEXA_SKILL_ID: SKILL_ID,
      METRICS_SINK: 'off',
    }))
      vi.stubEnv(k, v);
    ({ handler } = (await import('../../lambda/index.js')) as unknown as { handler: typeof handler });
  });
  afterAll(() => {
    vi.unstubAllEnvs();
  });

  it(`when ${Math.ceil(RUNS / 5)} random envelopes for this skill arrive, then each gets a valid answer`, async () => {
    // Alexa always sends context.System.application; with a skill ID the entry refuses anything else (next test).
    const forThisSkill = envelope.filter((env) =>
      Boolean((env.context as { System?: { application?: unknown } } | undefined)?.System?.application),
    );
    await fc.assert(
      fc.asyncProperty(forThisSkill, async (env) => expectGoodAnswer((await handler(env)) as SkillResponse, env)),
      { numRuns: Math.ceil(RUNS / 5), ...(SEED === undefined ? {} : { seed: SEED }) },
    );
  }, 120_000);

  it('when an event names no skill, or is not an Alexa request at all, then the entry refuses it (rejects)', async () => {
    const noSkill = envelope.filter(
      (env) => !(env.context as { System?: { application?: unknown } } | undefined)?.System?.application,
    );
    await fc.assert(
      fc.asyncProperty(noSkill, async (env) => {
        await expect(handler(env)).rejects.toThrow();
      }),
      { numRuns: 50 },
    );
    await expect(handler(null)).rejects.toThrow();
  });
});
