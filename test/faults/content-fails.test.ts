// The content lookup failing at run time, through the real data i18next reads: mid-call, for a whole section, and
// inside an Alexa handler. The caller still hears the hotline number and is put through to it.

import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { LOCALES, type Locale } from '../../content/index.js';
import { buildSkill } from '../../lambda/skill.js';
import type { Running } from '../../app/local.js';
import { HOTLINE_SPOKEN, callParams, parseTwiml, post, startLine, stopLine } from '../ivr/helpers.js';
import { requestEnvelope } from '../../tools/skill-request.js';
import { memoryLogger } from '../support/logger.js';
import { corrupt } from './corrupt.js';
import { expectFallbackAnswer, expectScreen } from './expect-fallback.js';

let line: Running;
const { logger, lines } = memoryLogger();
const restores: (() => void)[] = [];
const params = callParams();

beforeAll(async () => {
  line = await startLine({}, logger);
});
afterAll(async () => stopLine(line));
afterEach(() => {
  for (const restore of restores.splice(0).reverse()) restore();
});

const at = (path: string, extra: Record<string, string> = {}) => post(`${line.url}${path}`, { ...params, ...extra });
const actionOf = (xml: string): string => parseTwiml(xml).children[0]?.attrs.action as string;

describe('when a content lookup fails in the middle of a call', () => {
  it.each(LOCALES)(
    'in %s, then the caller hears the apology and the hotline number twice and is put through',
    async (locale) => {
      const opening = expectScreen(await at(`/ivr/voice?lang=${locale}`));
      const report = await at(opening.children[0]?.attrs.action as string, { Digits: '3' });
      expectScreen(report);
      // The topic's words go missing between two steps of the same call.
      restores.push(corrupt(locale, 'topic.signs.summary', { remove: true }));
      const broken = await at(actionOf(report.text), { Digits: '1' });
      expectFallbackAnswer(broken, locale);
      expect(parseTwiml(broken.text).children.find((c) => c.name === 'Dial')?.attrs.callerId).toBe(params.To);
    },
  );

  it('when the lookup fails, then the log names the route and ContentError, and the fallback is counted', async () => {
    const log = lines.filter((l) => l.includes('"errorName"')).join('\n');
    expect(log).toContain('"errorName":"ContentError"');
    expect(log).not.toContain('topic.signs'); // the error's message (which names the key) is not logged
    const metrics = await (await fetch(`${line.metrics?.url}/metrics`)).text();
    for (const locale of LOCALES) {
      expect(metrics).toContain(`helpline_ivr_fallbacks_total{reason="route-error",locale="${locale}"} 1`);
    }
  });

  it('when the words come back, then the same step answers normally again', async () => {
    expectScreen(await at('/ivr/menu/report?lang=en-US&tries=0', { Digits: '1' }));
  });

  it('when a locale string turns into something that is not a string, then the same safe answer', async () => {
    restores.push(corrupt('es-US', 'ivr.reprompt.noInput', { value: { not: 'a string' } }));
    expectFallbackAnswer(await at('/ivr/menu/main?lang=es-US&tries=0'), 'es-US');
  });
});

describe('when every phone sentence is gone (the ivr and common sections of both locales)', () => {
  // A server of its own: the router keeps answers it has already built, and this one has built none.
  let fresh: Running;
  beforeAll(async () => {
    fresh = await startLine({}, memoryLogger().logger);
  });
  afterAll(async () => stopLine(fresh));
  const atFresh = (path: string, extra: Record<string, string> = {}) =>
    post(`${fresh.url}${path}`, { ...params, ...extra });

  const steps: [string, Record<string, string>][] = [
    ['/ivr/voice', {}],
    ['/ivr/voice?lang=es-US', {}],
    ['/ivr/menu/main?lang=en-US&tries=0', { Digits: '4' }],
    ['/ivr/menu/main?lang=es-US&tries=0', { Digits: '1' }],
    ['/ivr/menu/main?lang=en-US&tries=2', {}],
    ['/ivr/topic/signs?lang=en-US&tries=0&from=report', { Digits: '1' }],
    ['/ivr/dial/castHotline?lang=es-US&from=leaving', { DialCallStatus: 'busy' }],
    ['/ivr/dial/traffickingHotline?lang=en-US&from=main', { DialCallStatus: 'completed' }],
  ];

  it.each(steps)(
    'when %s is requested, then the caller still gets the hotline number and a dial to it',
    async (path, extra) => {
      for (const locale of LOCALES) {
        restores.push(corrupt(locale, 'ivr', { value: {} }), corrupt(locale, 'common', { value: {} }));
      }
      const lang = new URL(path, 'http://x').searchParams.get('lang') as Locale | null;
      expectFallbackAnswer(await atFresh(path, extra), lang ?? 'en-US');
    },
  );

  it('when Twilio calls the fallback URL, then it answers from its own file, in both languages when none is named', async () => {
    for (const locale of LOCALES) {
      restores.push(corrupt(locale, 'ivr', { value: {} }), corrupt(locale, 'common', { value: {} }));
    }
    const doc = expectFallbackAnswer(await atFresh('/ivr/fallback'));
    expect(new Set(doc.children.filter((c) => c.name === 'Say').map((s) => s.attrs.language))).toEqual(
      new Set(LOCALES),
    );
    expectFallbackAnswer(await atFresh('/ivr/fallback?lang=es-US'), 'es-US');
  });
});

describe('when a content lookup fails inside an Alexa handler', () => {
  const topicSigns = {
    name: 'TopicIntent',
    confirmationStatus: 'NONE',
    slots: {
      topic: {
        name: 'topic',
        value: 'signs',
        resolutions: {
          resolutionsPerAuthority: [
            {
              authority: 'x',
              status: { code: 'ER_SUCCESS_MATCH' },
              values: [{ value: { name: 'signs', id: 'signs' } }],
            },
          ],
        },
      },
    },
  };
  const request = (locale: Locale) =>
    requestEnvelope(locale, { type: 'IntentRequest', intent: topicSigns }, { first: false });

  it.each(LOCALES)(
    'in %s, then the error handler answers with the hotline number and keeps the session open',
    async (locale) => {
      const log = memoryLogger();
      const skill = buildSkill({ verifySignature: true }, { logger: log.logger });
      restores.push(corrupt(locale, 'topic.signs.summary', { remove: true }));
      const out = await skill.invoke(request(locale));
      const ssml = (out.response.outputSpeech as { ssml: string }).ssml;
      const digits = [...ssml.matchAll(/interpret-as="digits">(\d+)</g)].map((m) => m[1]).join('');
      expect(digits).toContain(HOTLINE_SPOKEN);
      expect(out.response.shouldEndSession).toBe(false);
      expect(out.response.reprompt).toBeDefined();
      expect(log.entries().find((l) => l.event === 'alexa.error')).toMatchObject({ error: 'ContentError' });
    },
  );
});
