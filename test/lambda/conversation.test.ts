// Whole conversations with the skill through virtual-alexa and the real interaction models, in both languages.
// Expected speech is built from content/ (never copied), so a wrong key, order or number fails here.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  DISCLOSURES,
  DISCLOSURE_KINDS,
  LOCALES,
  RESOURCE_IDS,
  RESOURCES,
  TOPIC_IDS,
  alternativeOf,
  displayPhone,
  isConfirmed,
  numberTwice,
  prompt,
  renderDisplay,
  resourcePurpose,
  tFor,
  topicDetails,
  topicSummary,
  type DisclosureKind,
  type Locale,
  type Prompt,
  type ResourceId,
  type TopicId,
} from '../../content/index.js';
import { LOCALE_FILES } from '../../content/i18n.js';
import { firstNumberOf, topicAnswer } from '../../lambda/answers.js';
import { disclosureIntent, TOPIC_INTENT, topicIntent } from '../../lambda/intents.js';
import { DISCLOSURE_LABEL } from '../../lambda/metrics.js';
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
      ['no emergencias del sheriff', 'sheriffNonEmergency'],
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
    expect([topicIntent(id), TOPIC_INTENT]).toContain(talk.lastIntent());
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

  it('when Alexa cannot place what was said (Fallback), then a person comes first: the hotline and its number, then 911, then what to ask', async () => {
    const talk = new Conversation(locale);
    const r = await talk.intend('AMAZON.FallbackIntent');
    expect(speechOf(r)).toBe(
      `<speak>${alexa(locale, 'notUnderstood')} ${alexa(locale, 'personOffer')} ${alexa(locale, 'dangerOffer')} ${alexa(locale, 'fallbackSuggest')}</speak>`,
    );
    expect(speechOf(r).indexOf(HOTLINE)).toBeLessThan(speechOf(r).indexOf(NINE_ONE_ONE));
    expect(repromptOf(r)).toBe(`<speak>${alexa(locale, 'fallbackReprompt')}</speak>`);
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
    expect(talk.log.entries().find((l) => l.event === 'alexa.sessionEnded')).toMatchObject({
      reason: 'USER_INITIATED',
    });
  });

  it('when a slot names nothing the skill knows, then the fallback offers a person, and the session stays open', async () => {
    const talk = new Conversation(locale);
    const fallback = `<speak>${alexa(locale, 'notUnderstood')} ${alexa(locale, 'personOffer')} ${alexa(locale, 'dangerOffer')} ${alexa(locale, 'fallbackSuggest')}</speak>`;
    const topic = await talk.intend('TopicIntent', { topic: 'astronomy' });
    expect(speechOf(topic)).toBe(fallback);
    const org = await talk.intend('ResourceIntent', { organization: 'nasa' });
    expect(speechOf(org)).toBe(fallback);
    expect(org.response.shouldEndSession).toBe(false);
  });

  it.each([
    ['unknown words', 'blorp fizzle wug'],
    ['another language', 'ich brauche sofort hilfe bitte'],
    ['a very long utterance', Array(12).fill('what are the signs of trafficking').join(' ')],
  ])('when a slot holds %s, then the fallback offers a person', async (_what, words) => {
    const talk = new Conversation(locale);
    const r = await talk.intend('TopicIntent', { topic: words });
    expect(speechOf(r)).toContain(alexa(locale, 'personOffer'));
    expect(speechOf(r).startsWith(`<speak>${alexa(locale, 'notUnderstood')}`)).toBe(true);
  });

  it.each(['blorp fizzle wug', '我需要帮助', 'Ich brauche Hilfe bitte'])(
    'when someone says "%s", then Alexa sends FallbackIntent and the skill offers a person',
    async (words) => {
      const talk = new Conversation(locale);
      const r = await talk.utter(words);
      expect(talk.lastIntent()).toBe('AMAZON.FallbackIntent');
      expect(speechOf(r)).toContain(alexa(locale, 'personOffer'));
    },
  );

  it('when a slot does not resolve but its words mean a topic, then that topic answers (the corpus classifier)', async () => {
    const talk = new Conversation(locale);
    const words = locale === 'en-US' ? 'the laws about paying for sex' : 'las leyes sobre pagar por sexo';
    const r = await talk.intend('TopicIntent', { topic: words });
    expect(talk.requests.at(-1)?.request.intent?.slots).toMatchObject({
      topic: { resolutions: { resolutionsPerAuthority: [{ status: { code: 'ER_SUCCESS_NO_MATCH' } }] } },
    });
    expect(speechOf(r)).toContain(ssml(topicSummary(locale, 'legalStatus')));
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
    expect(talk.log.entries().find((l) => l.event === 'alexa.error')).toMatchObject({
      requestType: 'Display.ElementSelected',
    });
  });
});

/**
 * What the skill suggests saying ("you can ask…", "say… to stop") lives under alexa.say in content/ and is nested into
 * the sentences; each leads where it says. A new suggestion needs its expectation here.
 */
const LEADS_TO: Readonly<Record<string, { intent: string; answer?: (locale: Locale) => string }>> = {
  signs: { intent: topicIntent('signs'), answer: (l) => ssml(topicSummary(l, 'signs')) },
  report: { intent: topicIntent('whatToDo'), answer: (l) => ssml(topicSummary(l, 'whatToDo')) },
  hotline: { intent: 'ResourceIntent', answer: (l) => ssml(numberTwice(l, 'traffickingHotline')) },
  person: { intent: 'PersonIntent', answer: (l) => alexa(l, 'personOffer') },
  sendNumbers: { intent: 'SendNumbersIntent', answer: (l) => alexa(l, 'sendCaution') },
  repeat: { intent: 'AMAZON.RepeatIntent' },
  stop: { intent: 'AMAZON.StopIntent', answer: (l) => alexa(l, 'goodbye') },
  yes: { intent: 'AMAZON.YesIntent' },
  no: { intent: 'AMAZON.NoIntent' },
};

/** Every suggestion as the content holds it: alexa.say.<name>. */
const suggestions = (locale: Locale): [string, string][] =>
  Object.entries(tFor(locale)('alexa.say', { returnObjects: true }) as Record<string, string>);

describe.each(LOCALES)('what the skill suggests saying in %s', (locale) => {
  it('when the content suggests something, then this test knows where it must lead', () => {
    expect(
      suggestions(locale)
        .map(([name]) => name)
        .sort(),
    ).toEqual(Object.keys(LEADS_TO).sort());
  });

  it.each(suggestions(locale))(
    'alexa.say.%s ("%s") is understood by the model and leads where it says',
    async (name, words) => {
      const leads = LEADS_TO[name];
      const talk = new Conversation(locale);
      const r = await talk.utter(words);
      expect(talk.lastIntent()).toBe(leads?.intent);
      if (leads?.answer) expect(speechOf(r)).toContain(leads.answer(locale));
    },
  );

  it('when a sentence tells people what to say, then the words come from alexa.say, not written into it', () => {
    const raw = LOCALE_FILES[locale] as { alexa: Record<string, unknown> };
    const cue =
      locale === 'en-US'
        ? /\b(?:say|ask)(?: me)?(?:, for example)?:(?!\s*\$t\()/i
        : /\b(?:diga|pregunte|pregúnteme)(?:, por ejemplo)?:(?!\s*¿?\$t\()/i;
    const written = Object.entries(raw.alexa).filter(([, v]) => typeof v === 'string' && cue.test(v));
    expect(written).toEqual([]);
  });

  it('when the Spanish skill suggests how to stop, then it never says "salir", which also means leaving prostitution', () => {
    const said = Object.keys(raw(locale)).map((key) => String(tFor(locale)(`alexa.${key}`)).toLowerCase());
    expect(said.filter((s) => /\bsalir\b/.test(s))).toEqual([]);
  });
});

/** The alexa.* sentences (strings only) of a locale file. */
function raw(locale: Locale): Record<string, string> {
  const file = LOCALE_FILES[locale] as { alexa: Record<string, unknown> };
  return Object.fromEntries(Object.entries(file.alexa).filter((e): e is [string, string] => typeof e[1] === 'string'));
}

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
    await talk.intend('TopicIntent', { topic: 'the laws about paying for sex' });
    await talk.utter('my uncle raped me when I was little');
    await talk.utter(words.stop);
    const text = talk.log.lines.join('\n');
    expect(text).not.toContain(userId);
    expect(text).not.toContain('TESTDEVICE');
    for (const said of [
      'help me leave',
      'police non emergency',
      'hurting',
      'my phone',
      'paying for sex',
      'uncle',
      'raped',
    ])
      expect(text).not.toContain(said);
    const allowed = new Set(['level', 'time', 'event', 'requestType', 'intent', 'locale', 'reason', 'errorType']);
    for (const line of talk.log.entries()) {
      expect(Object.keys(line).filter((k) => !allowed.has(k))).toEqual([]);
    }
    expect(
      talk.log
        .entries()
        .map((l) => l.intent)
        .filter(Boolean),
    ).toEqual([
      topicIntent('leavingSupport'),
      'ResourceIntent',
      'EmergencyIntent',
      'SendNumbersIntent',
      'TopicIntent',
      // Which disclosure it was is never logged.
      DISCLOSURE_LABEL,
      'AMAZON.StopIntent',
    ]);
  });
});

describe('first answers carry what was asked', () => {
  it('when someone asks how to report, what the signs are, or who helps people leave, then the first answer has a number', () => {
    expect(firstNumberOf('whatToDo')).toBe('traffickingHotline');
    expect(firstNumberOf('signs')).toBe('traffickingHotline');
    expect(firstNumberOf('leavingSupport')).toBe('castHotline');
    expect(firstNumberOf('legalStatus')).toBeUndefined();
  });

  it.each(LOCALES)(
    'when a first answer ends with 911 and then repeats the hotline (%s), then the repeat names the hotline, so it is not heard as 911 again',
    (locale) => {
      const speech = renderDisplay(topicAnswer(locale, 'whatToDo').speech);
      const repeat = renderDisplay(prompt(locale, 'alexa.numberAgainNamed', { resourceId: 'traffickingHotline' }));
      expect(speech).toContain(`911. ${repeat}`);
      expect(speech).not.toContain(
        renderDisplay(prompt(locale, 'common.numberAgain', { resourceId: 'traffickingHotline' })),
      );
    },
  );
});

/** Frightened people's words, written for this test (not in the corpus), and who must answer them. */
const DISCLOSED: Record<Locale, [string, DisclosureKind][]> = {
  'en-US': [
    ['a man at a party raped me and I keep shaking', 'sexualAssault'],
    ['someone is selling pictures of my little girl online', 'child'],
    ['the man I work for keeps my passport and I have to sleep with his friends', 'trafficking'],
    ["I can't go to the police because they will send me back", 'fearOfAuthorities'],
    ['my husband hit me again tonight', 'partnerViolence'],
    ["I don't want to be alive anymore", 'crisis'],
  ],
  'es-US': [
    ['un hombre me violó en una fiesta y no paro de temblar', 'sexualAssault'],
    ['alguien vende fotos de mi niña por internet', 'child'],
    ['el hombre para el que trabajo tiene mi pasaporte y me obliga a estar con sus amigos', 'trafficking'],
    ['no puedo ir a la policía porque me van a regresar a mi país', 'fearOfAuthorities'],
    ['mi esposo me maltrata desde hace años', 'partnerViolence'],
    ['ya no quiero estar viva', 'crisis'],
  ],
};

describe.each(LOCALES)('disclosures in %s', (locale) => {
  it.each(DISCLOSURE_KINDS)(
    'when someone discloses %s, then care comes first, then the right service with its number twice, then 911',
    async (kind) => {
      const talk = new Conversation(locale);
      const r = await talk.intend(disclosureIntent(kind));
      const { resourceId, beside } = DISCLOSURES[kind];
      const speech = speechOf(r);
      expect(speech.startsWith(`<speak>${ssml(prompt(locale, `disclosure.${kind}.care`))} `)).toBe(true);
      expect(occurrences(speech, phoneSsml(resourceId))).toBe(2);
      if (beside) expect(occurrences(speech, phoneSsml(beside))).toBe(1);
      expect(speech).toContain(ssml(prompt(locale, 'disclosure.safety')));
      for (const id of RESOURCE_IDS.filter(hasNumber)) {
        expect(occurrences(speech, phoneSsml(id)), id).toBeLessThanOrEqual(2);
      }
      expect(r.response.shouldEndSession).toBe(false);
      expect(r.response.card).toBeUndefined();
    },
  );

  it.each(DISCLOSED[locale])('when someone says "%s", then %s is met with its own answer', async (words, kind) => {
    const talk = new Conversation(locale);
    const r = await talk.utter(words);
    expect(speechOf(r)).toContain(ssml(prompt(locale, `disclosure.${kind}.care`)));
    expect(speechOf(r)).toContain(phoneSsml(DISCLOSURES[kind].resourceId));
  });

  it('when someone says repeat after a disclosure, then the same words come again, rendered anew from its id', async () => {
    const talk = new Conversation(locale);
    const first = await talk.intend(disclosureIntent('fearOfAuthorities'));
    expect(first.sessionAttributes?.last).toEqual({ kind: 'disclosure', disclosure: 'fearOfAuthorities' });
    const again = await talk.utter(say(locale).repeat);
    expect(speechOf(again)).toBe(speechOf(first));
    expect(repromptOf(again)).toBe(repromptOf(first));
  });
});

const say = (locale: Locale): Phrases => PHRASES[locale];
