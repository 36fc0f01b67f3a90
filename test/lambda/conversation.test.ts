// Whole conversations with the skill through virtual-alexa and the real interaction models, in both languages.
// Expected speech is built from content/ (never copied), so a wrong key, order or number fails here.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  LOCALES,
  RESOURCE_IDS,
  RESOURCES,
  TOPIC_IDS,
  alternativeOf,
  displayPhone,
  isConfirmed,
  prompt,
  renderDisplay,
  resourcePurpose,
  topicDetails,
  topicSummary,
  type Locale,
  type Prompt,
  type ResourceId,
  type TopicId,
} from '../../content/index.js';
import { firstNumberOf } from '../../lambda/answers.js';
import { renderSsml } from '../../lambda/render-ssml.js';
import { Conversation, occurrences, repromptOf, speechOf } from './helpers.js';

const ssml = (p: Prompt): string => renderSsml(p);
const alexa = (locale: Locale, key: string): string => ssml(prompt(locale, `alexa.${key}`));
/** A number as the skill says it: the dial code when there is one (211, 988), else the phone. */
const phoneSsml = (id: ResourceId): string => {
  const r = RESOURCES[id];
  return ssml(r.dialCode ? [{ kind: 'digits', digits: r.dialCode }] : [{ kind: 'phone', e164: r.phone ?? '+1' }]);
};
/** Every registry number the skill may say, and how often an answer says each: at most twice. */
const timesEachNumber = (speech: string): number[] =>
  RESOURCE_IDS.filter(
    (id) => isConfirmed(RESOURCES[id].verification) && (RESOURCES[id].phone ?? RESOURCES[id].dialCode),
  ).map((id) => occurrences(speech, phoneSsml(id)));
const HOTLINE = phoneSsml('traffickingHotline');
const NINE_ONE_ONE = phoneSsml('emergency911');

/** How people ask, per language: common ways to ask for a number or a service, and one natural question per topic. */
interface Phrases {
  topics: Record<TopicId, string>;
  numberFor: (name: string) => string;
  synonyms: [string, ResourceId][];
  emergency: string[];
  yes: string;
  no: string;
  repeat: string;
  stop: string;
  cancel: string;
  help: string;
  sendNumbers: string;
}

const PHRASES: Record<Locale, Phrases> = {
  'en-US': {
    topics: {
      legalStatus: 'is it legal',
      physicalDangers: 'what are the dangers',
      healthRisks: 'what are the health risks',
      longTermConsequences: 'what are the long term effects',
      localConcern: 'is trafficking a problem in westmont',
      signs: 'what are the signs of trafficking',
      whatToDo: 'how do I report trafficking',
      leavingSupport: 'who can help me get out',
      communityImpact: 'how does it affect the community',
      whatIsBeingDone: 'what is being done about it',
      trustedSources: 'where can I find information',
      consentVsCoercion: 'what is the difference between prostitution and trafficking',
      rights: 'what are my rights',
      hotlineCall: 'what happens if I call',
    },
    numberFor: (name) => `what's the number for ${name}`,
    synonyms: [
      ['CAST', 'cast'],
      ['the coalition', 'cast'],
      ['journey out', 'journeyOut'],
      ['prototypes', 'journeyOut'],
      ['the sheriff', 'sheriffNonEmergency'],
      ['the police non emergency line', 'sheriffNonEmergency'],
      ['two one one', 'la211'],
      ['the hotline', 'traffickingHotline'],
    ],
    emergency: ["I'm in danger", 'somebody is hurting me'],
    yes: 'yes',
    no: 'no',
    repeat: 'repeat',
    stop: 'stop',
    cancel: 'cancel',
    help: 'help',
    sendNumbers: 'send the numbers to my phone',
  },
  'es-US': {
    topics: {
      legalStatus: 'es legal la prostitución',
      physicalDangers: 'cuáles son los peligros',
      healthRisks: 'cuáles son los riesgos para la salud',
      longTermConsequences: 'cuáles son los efectos a largo plazo',
      localConcern: '¿Pasa la trata aquí?',
      signs: '¿Cuáles son las señales de trata?',
      whatToDo: 'cómo denuncio la trata',
      leavingSupport: '¿quién puede ayudarme a salir?',
      communityImpact: 'cómo afecta al vecindario',
      whatIsBeingDone: 'qué se está haciendo',
      trustedSources: 'dónde puedo encontrar información confiable',
      consentVsCoercion: 'cuál es la diferencia entre la prostitución y la trata',
      rights: 'cuáles son mis derechos',
      hotlineCall: 'qué pasa cuando llamo a la línea',
    },
    numberFor: (name) => `cuál es el número de ${name}`,
    synonyms: [
      ['la coalición', 'cast'],
      ['CAST', 'cast'],
      ['prototypes', 'journeyOut'],
      ['la policía', 'sheriffNonEmergency'],
      ['la línea de no emergencias del sheriff', 'sheriffNonEmergency'],
      ['dos uno uno', 'la211'],
      ['la línea directa', 'traffickingHotline'],
    ],
    emergency: ['estoy en peligro', 'alguien me está lastimando'],
    yes: 'sí',
    no: 'no',
    repeat: 'repite',
    stop: 'detente',
    cancel: 'cancela',
    help: 'qué puedo decir',
    sendNumbers: 'envíe los números a mi teléfono',
  },
};

/** The first way people name each organisation, from the corpus: every resource is asked for by name. */
function organizationNames(locale: Locale): Record<ResourceId, string> {
  const source = JSON.parse(readFileSync(`content/utterances/${locale}.json`, 'utf8')) as {
    slots: { services: Record<ResourceId, string[]> };
  };
  return Object.fromEntries(RESOURCE_IDS.map((id) => [id, source.slots.services[id]?.[0] ?? id])) as Record<
    ResourceId,
    string
  >;
}

const hasNumber = (id: ResourceId): boolean =>
  Boolean(RESOURCES[id].phone ?? RESOURCES[id].dialCode) && isConfirmed(RESOURCES[id].verification);
const unconfirmed = (id: ResourceId): boolean =>
  Boolean(RESOURCES[id].phone ?? RESOURCES[id].dialCode) && !isConfirmed(RESOURCES[id].verification);

describe.each(LOCALES)('the skill in %s', (locale) => {
  const say = PHRASES[locale];

  it('when the skill opens, then the 911 notice comes first, then a one-breath welcome with at most 3 examples', async () => {
    const talk = new Conversation(locale);
    const r = await talk.launch();
    const welcome = renderDisplay(prompt(locale, 'alexa.welcome'));
    expect(speechOf(r)).toBe(`<speak>${alexa(locale, 'emergencyNotice')} ${alexa(locale, 'welcome')}</speak>`);
    expect(speechOf(r).indexOf(NINE_ONE_ONE)).toBeLessThan(speechOf(r).indexOf(alexa(locale, 'welcome')));
    expect(occurrences(welcome, '?')).toBeLessThanOrEqual(3);
    expect(welcome.split(/\s+/).length).toBeLessThanOrEqual(40);
    expect(r.response.shouldEndSession).toBe(false);
    expect(r.response.card).toBeUndefined();
  });

  it.each(TOPIC_IDS)('when someone asks about %s, then the summary comes, then every chunk on "yes"', async (id) => {
    const talk = new Conversation(locale);
    const first = await talk.utter(say.topics[id]);
    expect(talk.resolvedId('topic')).toBe(id);
    // Topics people act on say who to call, and the number twice, in the first answer; no number more than twice.
    const first_ = firstNumberOf(id);
    const speech = speechOf(first);
    expect(speech.startsWith(`<speak>${ssml(topicSummary(locale, id))}`)).toBe(true);
    expect(speech.endsWith(` ${alexa(locale, 'moreOffer')}</speak>`)).toBe(true);
    if (first_) expect(occurrences(speech, phoneSsml(first_))).toBe(2);
    expect(Math.max(...timesEachNumber(speech))).toBeLessThanOrEqual(2);
    expect(repromptOf(first)).toBe(`<speak>${alexa(locale, 'moreReprompt')}</speak>`);
    const chunks = topicDetails(locale, id);
    for (const [i, chunk] of chunks.entries()) {
      const r = await talk.utter(say.yes);
      const last = i === chunks.length - 1;
      expect(speechOf(r)).toBe(`<speak>${ssml(chunk)} ${alexa(locale, last ? 'topicEnd' : 'moreOffer')}</speak>`);
      expect(r.response.card).toBeUndefined();
    }
    // Past the last chunk nothing is pending: "yes" asks what they would like to know.
    expect(speechOf(await talk.utter(say.yes))).toBe(`<speak>${alexa(locale, 'nothingPending')}</speak>`);
  });

  it.each(RESOURCE_IDS)(
    'when someone asks for %s by name, then they hear who it is and its number twice',
    async (id) => {
      const talk = new Conversation(locale);
      const r = await talk.utter(say.numberFor(organizationNames(locale)[id]));
      expect(talk.resolvedId('organization')).toBe(id);
      const speech = speechOf(r);
      expect(speech).toContain(ssml(resourcePurpose(locale, id)));
      expect(Math.max(...timesEachNumber(speech))).toBeLessThanOrEqual(2);
      if (hasNumber(id)) {
        expect(occurrences(speech, phoneSsml(id))).toBe(2);
      } else if (unconfirmed(id)) {
        // Never said: the answer says so and gives the 24-hour alternative, twice.
        const alternative = alternativeOf(id, RESOURCES);
        expect(speech).not.toContain(ssml([{ kind: 'phone', e164: RESOURCES[id].phone ?? '+1' }]));
        expect(speech).toContain(ssml(prompt(locale, 'alexa.unconfirmedNumber', { resourceId: id })));
        expect(occurrences(speech, phoneSsml(alternative))).toBe(2);
      } else {
        // Referral-only services and websites: who they are and what they do, and no number of their own.
        const intro = ssml(prompt(locale, 'alexa.resourceIntro', { resourceId: id }));
        expect(speech).toBe(
          `<speak>${intro} ${ssml(resourcePurpose(locale, id))} ${alexa(locale, 'anythingElse')}</speak>`,
        );
      }
      expect(r.response.shouldEndSession).toBe(false);
      expect(r.response.card).toBeUndefined();
    },
  );

  it.each(say.synonyms)('when someone calls an organisation "%s", then Alexa resolves it to %s', async (name, id) => {
    const talk = new Conversation(locale);
    const r = await talk.utter(say.numberFor(name));
    expect(talk.resolvedId('organization')).toBe(id);
    if (hasNumber(id)) expect(occurrences(speechOf(r), phoneSsml(id))).toBe(2);
    if (unconfirmed(id))
      expect(speechOf(r)).toContain(ssml(prompt(locale, 'alexa.unconfirmedNumber', { resourceId: id })));
  });

  it('when someone asks for the hotline, then the answer gives 1-888-373-7888 as telephone digits, twice', async () => {
    const talk = new Conversation(locale);
    const r = await talk.utter(say.numberFor(organizationNames(locale).traffickingHotline));
    expect(occurrences(speechOf(r), HOTLINE)).toBe(2);
    expect(HOTLINE).toBe(
      '<say-as interpret-as="digits">1</say-as><break time="300ms"/><say-as interpret-as="digits">888</say-as>' +
        '<break time="300ms"/><say-as interpret-as="digits">373</say-as><break time="300ms"/>' +
        '<say-as interpret-as="digits">7888</say-as>',
    );
  });

  it.each(say.emergency)('when someone says "%s", then 911 comes first and the hotline second', async (words) => {
    const talk = new Conversation(locale);
    const r = await talk.utter(words);
    const speech = speechOf(r);
    expect(speech.startsWith(`<speak>${alexa(locale, 'emergency')}`)).toBe(true);
    expect(speech.indexOf(NINE_ONE_ONE)).toBeLessThan(speech.indexOf(HOTLINE));
    expect(occurrences(speech, HOTLINE)).toBe(2);
    expect(repromptOf(r)).toBe(`<speak>${alexa(locale, 'emergencyReprompt')}</speak>`);
  });

  it('when someone asks for help, then the 911 notice comes first, then what they can ask', async () => {
    const talk = new Conversation(locale);
    const r = await talk.utter(say.help);
    expect(speechOf(r)).toBe(`<speak>${alexa(locale, 'emergencyNotice')} ${alexa(locale, 'help')}</speak>`);
    expect(repromptOf(r)).toBe(`<speak>${alexa(locale, 'helpReprompt')}</speak>`);
  });

  it.each(['stop', 'cancel'] as const)(
    'when someone says %s, then a neutral goodbye ends the session',
    async (word) => {
      const talk = new Conversation(locale);
      await talk.launch();
      const r = await talk.utter(say[word]);
      expect(speechOf(r)).toBe(`<speak>${alexa(locale, 'goodbye')}</speak>`);
      expect(r.response.shouldEndSession).toBe(true);
      expect(r.response.reprompt).toBeUndefined();
    },
  );

  it('when Alexa cannot place what was said (Fallback), then they hear what they can ask and the hotline number', async () => {
    const talk = new Conversation(locale);
    const r = await talk.intend('AMAZON.FallbackIntent');
    expect(speechOf(r)).toBe(
      `<speak>${alexa(locale, 'fallback')} ${ssml(prompt(locale, 'common.hotlineOffer'))}</speak>`,
    );
    expect(speechOf(r)).toContain(HOTLINE);
    expect(r.response.shouldEndSession).toBe(false);
  });

  it('when someone says repeat, then the last answer is said again word for word, reprompt included', async () => {
    const talk = new Conversation(locale);
    const before = await talk.utter(say.numberFor(organizationNames(locale).sheriffNonEmergency));
    const again = await talk.utter(say.repeat);
    expect(speechOf(again)).toBe(speechOf(before));
    expect(repromptOf(again)).toBe(repromptOf(before));
  });

  it('when someone repeats in the middle of a long answer, then "yes" still continues where it was', async () => {
    const talk = new Conversation(locale);
    await talk.utter(say.topics.leavingSupport);
    const chunk0 = await talk.utter(say.yes);
    expect(speechOf(await talk.utter(say.repeat))).toBe(speechOf(chunk0));
    const chunk1 = await talk.utter(say.yes);
    expect(speechOf(chunk1)).toContain(ssml(topicDetails(locale, 'leavingSupport')[1] as Prompt));
  });

  it('when someone says no to "want to hear more?", then the topic is dropped and they are asked what else', async () => {
    const talk = new Conversation(locale);
    await talk.utter(say.topics.signs);
    expect(speechOf(await talk.utter(say.no))).toBe(`<speak>${alexa(locale, 'noMore')}</speak>`);
    expect(speechOf(await talk.utter(say.yes))).toBe(`<speak>${alexa(locale, 'nothingPending')}</speak>`);
  });

  it('when nothing has been said yet, then repeat and yes do not leave the user stuck', async () => {
    const talk = new Conversation(locale);
    const r = await talk.utter(say.repeat);
    expect(speechOf(r)).toBe(`<speak>${alexa(locale, 'nothingPending')}</speak>`);
    expect(r.response.shouldEndSession).toBe(false);
  });

  it('when someone asks for the numbers, then the app-history warning and a question come first, and no card yet', async () => {
    const talk = new Conversation(locale);
    await talk.utter(say.numberFor(organizationNames(locale).cast));
    const r = await talk.utter(say.sendNumbers);
    expect(speechOf(r)).toBe(`<speak>${alexa(locale, 'sendCaution')} ${alexa(locale, 'sendConfirm')}</speak>`);
    expect(repromptOf(r)).toBe(`<speak>${alexa(locale, 'sendConfirmReprompt')}</speak>`);
    expect(r.response.card).toBeUndefined();
  });

  it('when someone says no after the warning, then no card is sent, and a later yes sends nothing either', async () => {
    const talk = new Conversation(locale);
    await talk.utter(say.sendNumbers);
    const no = await talk.utter(say.no);
    expect(speechOf(no)).toBe(`<speak>${alexa(locale, 'notSent')}</speak>`);
    expect(no.response.card).toBeUndefined();
    const yes = await talk.utter(say.yes);
    expect(yes.response.card).toBeUndefined();
    expect(speechOf(yes)).toBe(`<speak>${alexa(locale, 'nothingPending')}</speak>`);
  });

  it('when someone asks for something else after the warning, then a later yes sends nothing', async () => {
    const talk = new Conversation(locale);
    await talk.utter(say.sendNumbers);
    await talk.utter(say.help);
    expect((await talk.utter(say.yes)).response.card).toBeUndefined();
  });

  it('when someone says yes after the warning (even after "repeat"), then one card holds the numbers heard', async () => {
    const talk = new Conversation(locale);
    await talk.utter(say.numberFor(organizationNames(locale).cast));
    await talk.utter(say.sendNumbers);
    await talk.utter(say.repeat);
    const r = await talk.utter(say.yes);
    expect(speechOf(r)).toBe(`<speak>${alexa(locale, 'sent')}</speak>`);
    const card = r.response.card;
    expect(card?.type).toBe('Simple');
    expect(card?.title).toBe(renderDisplay(prompt(locale, 'alexa.numbersTitle')));
    // CAST's office number is unconfirmed: the card holds the 24-hour line the answer gave instead, never it.
    for (const id of ['castHotline', 'traffickingHotline'] as const) {
      expect(card?.content).toContain(displayPhone(RESOURCES[id].phone ?? '+1'));
    }
    for (const id of ['cast', 'sheriffNonEmergency'] as const) {
      expect(card?.content).not.toContain(displayPhone(RESOURCES[id].phone ?? '+1'));
    }
    expect(card?.content.split('\n')[0]).toBe(renderDisplay(prompt(locale, 'alexa.cardEmergency')));
    // The title says nothing about what the skill is for: someone else may read the app's history.
    expect(card?.title).not.toMatch(/traffick|trata|prostitu|sheriff|hotline|línea/i);
  });

  it('when no one asks for the numbers, then no response carries a card', async () => {
    const talk = new Conversation(locale);
    const responses = [
      await talk.launch(),
      await talk.utter(say.topics.whatToDo),
      await talk.utter(say.yes),
      await talk.utter(say.numberFor(organizationNames(locale).traffickingHotline)),
      await talk.utter(say.emergency[0] as string),
      await talk.utter(say.help),
    ];
    expect(responses.map((r) => r.response.card)).toEqual(responses.map(() => undefined));
  });

  it('when the device has a screen, then the numbers of an answer are shown on it, and not otherwise', async () => {
    const withScreen = new Conversation(locale, { screen: true });
    const shown = await withScreen.utter(say.numberFor(organizationNames(locale).rainn));
    const directive = shown.response.directives?.find((d) => d.type === 'Alexa.Presentation.APL.RenderDocument');
    expect(directive?.datasources?.numbers.lines).toContain(
      `${renderDisplay(prompt(locale, 'alexa.numberLine', { resourceId: 'rainn' })).replace(/^./, (c) => c.toLocaleUpperCase(locale))}`,
    );
    expect(shown.response.card).toBeUndefined();
    const noScreen = new Conversation(locale);
    const spoken = await noScreen.utter(say.numberFor(organizationNames(locale).rainn));
    expect(spoken.response.directives ?? []).toEqual([]);
  });

  it('when someone says "go home", then the skill goes back to its start', async () => {
    const talk = new Conversation(locale);
    await talk.utter(say.topics.signs);
    const r = await talk.intend('AMAZON.NavigateHomeIntent');
    expect(speechOf(r)).toBe(`<speak>${alexa(locale, 'emergencyNotice')} ${alexa(locale, 'welcome')}</speak>`);
    expect(speechOf(await talk.utter(say.yes))).toBe(`<speak>${alexa(locale, 'nothingPending')}</speak>`);
  });

  it('when the session ends, then the skill answers without speech and logs the reason only', async () => {
    const talk = new Conversation(locale);
    await talk.launch();
    const r = await talk.endSession();
    expect(r.response.outputSpeech).toBeUndefined();
    expect(talk.log.lines().find((l) => l.event === 'alexa.sessionEnded')).toMatchObject({ reason: 'USER_INITIATED' });
  });

  it('when a slot names nothing the skill knows, then it says what it has and keeps listening', async () => {
    const talk = new Conversation(locale);
    const topic = await talk.intend('TopicIntent', { topic: 'astronomy' });
    expect(speechOf(topic)).toBe(`<speak>${alexa(locale, 'unknownTopic')}</speak>`);
    const org = await talk.intend('ResourceIntent', { organization: 'nasa' });
    expect(speechOf(org)).toBe(`<speak>${alexa(locale, 'unknownResource')}</speak>`);
    expect(org.response.shouldEndSession).toBe(false);
  });

  it('when something goes wrong, then a short apology and the hotline number, and the session stays open', async () => {
    const talk = new Conversation(locale);
    // No handler takes a Display.ElementSelected request, so the catch-all error handler answers.
    const r = (await talk.alexa.selectElement('nothing')) as Awaited<ReturnType<Conversation['launch']>>;
    expect(speechOf(r)).toBe(
      `<speak>${ssml(prompt(locale, 'common.apology'))} ${ssml(prompt(locale, 'common.hotlineOffer'))}</speak>`,
    );
    expect(r.response.shouldEndSession).toBe(false);
    expect(repromptOf(r)).toBe(`<speak>${alexa(locale, 'errorReprompt')}</speak>`);
    expect(talk.log.lines().find((l) => l.event === 'alexa.error')).toMatchObject({
      requestType: 'Display.ElementSelected',
    });
  });
});

/** The skill's own suggestions ("you can ask...", "say repeat") must be things its model understands. */
const SUGGESTIONS: Record<Locale, [key: string, words: string, intent: string][]> = {
  'en-US': [
    ['welcome', 'what are the signs of trafficking', 'TopicIntent'],
    ['welcome', 'how do I report it', 'TopicIntent'],
    ['welcome', 'what is the number for the hotline', 'ResourceIntent'],
    ['help', 'send the numbers to my phone', 'SendNumbersIntent'],
    ['nothingPending', 'how do I report trafficking', 'TopicIntent'],
    ['emergencyReprompt', 'repeat', 'AMAZON.RepeatIntent'],
    ['emergencyReprompt', 'stop', 'AMAZON.StopIntent'],
    ['moreReprompt', 'yes', 'AMAZON.YesIntent'],
    ['moreReprompt', 'no', 'AMAZON.NoIntent'],
    ['sendConfirm', 'yes', 'AMAZON.YesIntent'],
    ['sendConfirm', 'no', 'AMAZON.NoIntent'],
  ],
  'es-US': [
    ['welcome', 'cuáles son las señales de trata', 'TopicIntent'],
    ['welcome', 'cómo la reporto', 'TopicIntent'],
    ['welcome', 'cuál es el número de la línea nacional', 'ResourceIntent'],
    ['help', 'envíe los números a mi teléfono', 'SendNumbersIntent'],
    ['nothingPending', 'cómo reporto la trata de personas', 'TopicIntent'],
    ['emergencyReprompt', 'repetir', 'AMAZON.RepeatIntent'],
    ['emergencyReprompt', 'adiós', 'AMAZON.StopIntent'],
    ['moreReprompt', 'sí', 'AMAZON.YesIntent'],
    ['moreReprompt', 'no', 'AMAZON.NoIntent'],
    ['sendConfirm', 'sí', 'AMAZON.YesIntent'],
    ['sendConfirm', 'no', 'AMAZON.NoIntent'],
  ],
};

describe.each(LOCALES)('what the skill suggests saying in %s', (locale) => {
  it.each(SUGGESTIONS[locale])('alexa.%s suggests "%s", and the model takes it to %s', async (key, words, intent) => {
    const said = renderDisplay(prompt(locale, `alexa.${key}`)).toLocaleLowerCase(locale);
    expect(said).toContain(words.toLocaleLowerCase(locale));
    const talk = new Conversation(locale);
    await talk.utter(words);
    expect((talk.requests.at(-1)?.request as { intent?: { name?: string } }).intent?.name).toBe(intent);
  });
});

describe('the locale of a request', () => {
  it.each([
    ['es-MX', 'es-US'],
    ['es-ES', 'es-US'],
    ['en-GB', 'en-US'],
    ['fr-FR', 'en-US'],
  ] as const)('when a request comes in %s, then the skill answers in %s', async (requested, answered) => {
    const talk = new Conversation('en-US', { requestLocale: requested });
    const r = await talk.launch();
    expect(speechOf(r)).toBe(`<speak>${alexa(answered, 'emergencyNotice')} ${alexa(answered, 'welcome')}</speak>`);
  });
});

describe('privacy of the logs', () => {
  it('when a whole conversation runs, then the log holds request types, intents and locales, never who or what', async () => {
    const talk = new Conversation('en-US');
    talk.alexa.context().device().setID('amzn1.ask.device.TESTDEVICE');
    const userId = talk.alexa.context().user().id();
    const words = PHRASES['en-US'];
    await talk.launch();
    await talk.utter(words.topics.leavingSupport);
    await talk.utter(words.numberFor('the police non emergency line'));
    await talk.utter(words.emergency[1] as string);
    await talk.utter(words.sendNumbers);
    await talk.utter(words.stop);
    const text = talk.log.text();
    expect(text).not.toContain(userId);
    expect(text).not.toContain('TESTDEVICE');
    for (const said of ['help me leave', 'police non emergency', 'hurting', 'my phone'])
      expect(text).not.toContain(said);
    const allowed = new Set(['level', 'time', 'event', 'requestType', 'intent', 'locale', 'reason', 'errorType']);
    for (const line of talk.log.lines()) {
      expect(Object.keys(line).filter((k) => !allowed.has(k))).toEqual([]);
    }
    expect(
      talk.log
        .lines()
        .map((l) => l.intent)
        .filter(Boolean),
    ).toEqual(['TopicIntent', 'ResourceIntent', 'EmergencyIntent', 'SendNumbersIntent', 'AMAZON.StopIntent']);
  });
});

describe('first answers carry what was asked', () => {
  it('when someone asks how to report, what the signs are, or who helps people leave, then the first answer has a number', () => {
    expect(firstNumberOf('whatToDo')).toBe('traffickingHotline');
    expect(firstNumberOf('signs')).toBe('traffickingHotline');
    expect(firstNumberOf('leavingSupport')).toBe('castHotline');
    expect(firstNumberOf('legalStatus')).toBeUndefined();
  });
});
