// The whole phone tree, walked from /ivr/voice through the phone line's core in this process (real signatures, no
// socket): every key, some speech, silence and every dial outcome, in both languages. Checks every answer's
// structure, every number, the voices, and that nothing loops or dead-ends. A sample is replayed over real HTTP.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  LOCALES,
  RESOURCES,
  RESOURCE_IDS,
  MENUS,
  TOPICS,
  canText,
  canTransfer,
  isConfirmed,
  isOpenAt,
  otherLocale,
  spokenGroups,
  prompt,
  renderDisplay,
  type E164,
  type Locale,
  type TopicId,
} from '../../content/index.js';
import { SIMULATED_LINE, sayText } from '../../tools/call-simulator.js';
import { MAX_REPROMPTS, TOPIC_SERVICE_KEYS, afterHoursOf, topicServices } from '../../ivr/flow.js';
import type { Running } from '../../app/local.js';
import { langOf, requestKey as keyOf, triesOf, walkPhoneTree, type WalkVisit as Visit } from '../support/phone-walk.js';
import {
  HOTLINE_SPOKEN,
  NIGHT,
  REGISTRY_SPOKEN,
  callParams,
  findAll,
  inProcessLine,
  plainDigitRuns,
  post,
  spokenNumbers,
  startLine,
  stopLine,
  type TwimlNode,
} from './helpers.js';

const SPEECH: Record<Locale, string[]> = {
  'en-US': ['emergency', 'the hotline please', 'sheriff', 'blue bananas', 'español'],
  'es-US': ['emergencia', 'la línea', 'policía', 'plátanos azules', 'inglés'],
};
const VOICES: Record<Locale, string> = { 'en-US': 'Polly.Joanna-Neural', 'es-US': 'Polly.Lupe-Neural' };
const TRANSFERABLE = new Map(
  RESOURCE_IDS.filter((id) => canTransfer(RESOURCES[id])).map((id) => [RESOURCES[id].phone, id]),
);
/** Numbers and text codes nobody has confirmed, as dialled and as spoken: never either. */
const UNCONFIRMED = RESOURCE_IDS.flatMap((id) => {
  const r = RESOURCES[id];
  const phone = r.phone && !isConfirmed(r.verification) ? [r.phone, spokenGroups(r.phone).join('')] : [];
  const sms = r.sms && !canText(r) ? [r.sms.shortCode] : [];
  return [...phone, ...sms];
});
/** Words the announcement after silence must not say: someone nearby may hear it. */
const GIVES_AWAY = /traffick|trata|prostitu|police|polic[ií]a|sheriff/i;
const OFFER: Record<Locale, string> = {
  'en-US': renderDisplay(prompt('en-US', 'ivr.languageOffer')),
  'es-US': renderDisplay(prompt('es-US', 'ivr.languageOffer')),
};
/** Words a caller may hear before any transfer rings (docs/phone-flow.md). */
const MAX_WORDS_BEFORE_RING = 20;
/** Services the registry says are closed at NIGHT, by phone: they may ring only when the caller chose "anyway". */
const CLOSED_AT_NIGHT = new Map(
  RESOURCE_IDS.filter((id) => RESOURCES[id].phone && !isOpenAt(RESOURCES[id], NIGHT)).map((id) => [
    RESOURCES[id].phone as string,
    id,
  ]),
);
const LAST_REPROMPT: Record<Locale, string> = {
  'en-US': renderDisplay(prompt('en-US', 'ivr.reprompt.last')),
  'es-US': renderDisplay(prompt('es-US', 'ivr.reprompt.last')),
};
/** Bounds the walk itself; a line with an endless tree would fail here instead of hanging. */
const MAX_REQUESTS = 20_000;

const text = (node: TwimlNode): string =>
  node.children
    .map((c) => c.text ?? '')
    .join('')
    .trim();

const line = inProcessLine({}, undefined, () => NIGHT);
const visits = new Map<string, Visit>();
const problems: string[] = [];

/** Every check that applies to one answer, whatever led to it. */
function check(visit: Visit): void {
  const { doc, xml, locale, request } = visit;
  const where = `${request.path} ${JSON.stringify(request.extra)}`;
  const fail = (what: string): void => void problems.push(`${where}: ${what}`);
  if (xml.length >= 64 * 1024) fail(`TwiML is ${xml.length} bytes (limit 64 kB)`);
  for (const [, inner] of xml.matchAll(/<Say[^>]*>([\s\S]*?)<\/Say>/g)) {
    if ((inner ?? '').length >= 3000) fail(`a <Say> of ${(inner ?? '').length} characters (limit 3,000)`);
  }
  for (const say of findAll(doc, 'Say')) {
    const lang = say.attrs.language as Locale;
    if (lang === locale) {
      if (say.attrs.voice !== VOICES[locale]) fail(`a ${locale} <Say> in voice ${say.attrs.voice}`);
    } else if (!(lang === otherLocale(locale) && say.attrs.voice === VOICES[lang] && text(say) === OFFER[lang])) {
      fail(`a <Say language="${lang}" voice="${say.attrs.voice}"> in a ${locale} call: "${text(say)}"`);
    }
    for (const n of spokenNumbers(say)) {
      if (!REGISTRY_SPOKEN.has(n)) fail(`speaks ${n}, which is not a registry number`);
      if (UNCONFIRMED.includes(n)) fail(`speaks ${n}, which nobody has confirmed`);
    }
    for (const run of plainDigitRuns(say)) fail(`speaks "${run}" as plain text, outside the registry's numbers`);
  }
  // A number at most twice in one answer.
  const counts = new Map<string, number>();
  for (const n of findAll(doc, 'Say').flatMap(spokenNumbers)) counts.set(n, (counts.get(n) ?? 0) + 1);
  for (const [n, times] of counts) if (times > 2) fail(`says ${n} ${times} times`);
  const verbs = doc.children.map((c) => c.name);
  const gather = doc.children.find((c) => c.name === 'Gather');
  const dial = doc.children.find((c) => c.name === 'Dial');
  if (gather) {
    const a = gather.attrs;
    if (a.input !== 'dtmf speech') fail(`Gather input="${a.input}"`);
    const timeout = Number(a.timeout);
    if (!(timeout >= 6 && timeout <= 8)) fail(`Gather timeout=${a.timeout}`);
    if (a.language !== locale || langOf(a.action ?? '') !== locale)
      fail(`Gather language ${a.language} in a ${locale} call`);
    if (!a.action?.startsWith('/ivr/') || !a.hints) fail('Gather without an /ivr/ action or hints');
    if (gather.children.some((c) => c.name !== 'Say')) fail('Gather holds something other than <Say>');
    const redirect = doc.children[doc.children.indexOf(gather) + 1];
    if (redirect?.name !== 'Redirect' || text(redirect) !== a.action)
      fail('Gather not followed by a Redirect to its action');
    if (doc.children.length !== 2) fail(`a Gather screen has verbs ${verbs.join(',')}`);
    const spoken = findAll(gather, 'Say').map(text).join(' ');
    const warned = spoken.includes(LAST_REPROMPT[locale]);
    if (triesOf(a.action ?? '') === MAX_REPROMPTS && !warned)
      fail('the last reprompt does not say the hotline comes next');
    if (triesOf(a.action ?? '') < MAX_REPROMPTS && warned) fail('a reprompt that is not the last warns of the hotline');
  } else if (dial) {
    const a = dial.attrs;
    const number = text(findAll(dial, 'Number')[0] as TwimlNode);
    if (!TRANSFERABLE.has(number as E164))
      fail(`dials ${number}, which is not a confirmed transferable registry number`);
    if (a.action?.includes('auto=1') && GIVES_AWAY.test(findAll(doc, 'Say').map(sayText).join(' ')))
      fail('the announcement after silence names trafficking, prostitution or the police');
    if (a.answerOnBridge !== 'true' || a.timeout !== '30' || !a.action?.startsWith('/ivr/dial/')) {
      fail(`Dial attributes ${JSON.stringify(a)}`);
    }
    if (a.callerId !== SIMULATED_LINE) fail(`Dial presents ${a.callerId}, not the line's own number`);
    if (verbs.at(-1) !== 'Dial') fail('verbs after a Dial with an action');
    const before = findAll(doc, 'Say').map(sayText).join(' ').split(/\s+/).filter(Boolean);
    const retry = request.path.startsWith('/ivr/dial-failed/') && request.extra.Digits === '1';
    if (retry && before.length > 0) fail(`a retry says "${before.join(' ')}" before the ring`);
    if (!retry && before.length === 0) fail('a transfer without saying who will answer');
    if (before.length > MAX_WORDS_BEFORE_RING) fail(`${before.length} words before the ring: "${before.join(' ')}"`);
    const closed = CLOSED_AT_NIGHT.get(number);
    const anyway = request.path.startsWith(`/ivr/closed/${closed}?`) && request.extra.Digits === '2';
    if (closed && !anyway && !retry) fail(`rings ${closed}, which is closed at the walk's hour, without asking`);
  } else if (verbs.at(-1) === 'Hangup') {
    const numbers = findAll(doc, 'Say').flatMap(spokenNumbers);
    if (!numbers.includes(HOTLINE_SPOKEN)) fail('the call ends without the hotline number');
  } else {
    fail(`a dead end: verbs ${verbs.join(',') || '(none)'}`);
  }
}

/** Breadth-first over every reachable answer (the shared walker); returns the number of requests made. */
async function walk(): Promise<number> {
  const base = callParams();
  const result = await walkPhoneTree({
    send: (r) => line(r.path, { ...base, ...r.extra }),
    speech: SPEECH,
    retrySpeech: 'blue bananas',
    maxRequests: MAX_REQUESTS,
    onVisit: (visit) => {
      visits.set(keyOf(visit.request), visit);
      check(visit);
    },
  });
  problems.push(...result.problems);
  return result.requests;
}

beforeAll(async () => {
  const requests = await walk();
  if (requests >= MAX_REQUESTS) problems.push(`the walk did not finish within ${MAX_REQUESTS} requests`);
}, 300_000);

/** The answer to a request made from the walk (the walk must have made it). */
function answer(path: string, extra: Record<string, string> = {}): Visit {
  const visit = visits.get(keyOf({ path, extra }));
  if (!visit) throw new Error(`the walk never requested ${path} ${JSON.stringify(extra)}`);
  return visit;
}
const dialled = (v: Visit): string | undefined => {
  const n = findAll(v.doc, 'Number')[0];
  return n ? text(n) : undefined;
};
const actionOf = (v: Visit): string => v.doc.children.find((c) => c.name === 'Gather')?.attrs.action ?? '';

describe('the whole phone tree', () => {
  it('when every reachable answer is checked, then none has a problem', () => {
    expect(visits.size).toBeGreaterThan(300);
    expect(problems).toEqual([]);
  });

  it('when the caller does nothing at all, then every path ends (hang-up with the hotline number) within a few steps', () => {
    const stuck: string[] = [];
    for (const [start] of visits) {
      let key: string | undefined = start;
      let steps = 0;
      while (key && steps < 8) {
        const v = visits.get(key);
        if (!v) break;
        if (v.doc.children.at(-1)?.name === 'Hangup') break;
        key = v.idle;
        steps++;
      }
      const last = key ? visits.get(key) : undefined;
      if (last?.doc.children.at(-1)?.name !== 'Hangup') stuck.push(start);
    }
    expect(stuck).toEqual([]);
  });

  it.each(LOCALES)(
    'when the call is in %s, then the hotline is one key away on the opening and on every screen',
    (locale) => {
      const opening =
        locale === 'en-US' ? answer('/ivr/voice') : answer('/ivr/menu/main?lang=en-US&tries=0', { Digits: '9' });
      expect(dialled(answer(actionOf(opening), { Digits: '1' }))).toBe(RESOURCES.traffickingHotline.phone);
      const screens = [...visits.values()].filter(
        (v) => v.locale === locale && triesOf(actionOf(v)) === 0 && actionOf(v),
      );
      expect(screens.length).toBeGreaterThan(50);
      for (const screen of screens) {
        const zero = answer(actionOf(screen), { Digits: '0' });
        expect(dialled(zero), actionOf(screen)).toBe(RESOURCES.traffickingHotline.phone);
      }
    },
  );

  it('when any screen transfers or speaks a number, then it is never the Homicide Bureau line the source text misprints as non-emergency', () => {
    const homicideBureau = '+13238905500';
    const reached = [...visits.values()];
    expect(reached.filter((v) => dialled(v) === homicideBureau)).toEqual([]);
    expect(reached.filter((v) => findAll(v.doc, 'Say').flatMap(spokenNumbers).includes('3238905500'))).toEqual([]);
  });

  it('when any screen dials or speaks, then it is never a number or text code nobody has confirmed', () => {
    expect(UNCONFIRMED).toContain(RESOURCES.journeyOut.phone);
    const reached = [...visits.values()];
    expect(reached.filter((v) => UNCONFIRMED.includes(dialled(v) ?? ''))).toEqual([]);
    const spoken = reached.flatMap((v) => findAll(v.doc, 'Say').flatMap(spokenNumbers));
    expect(spoken.filter((n) => UNCONFIRMED.includes(n))).toEqual([]);
  });

  it.each(LOCALES)(
    "when the call is in %s and the Sheriff's number is unconfirmed, then no key promises it; by name, its screen offers the hotline on 0 only",
    (locale) => {
      const main = `/ivr/menu/main?lang=${locale}&tries=0`;
      const sheriffKey = MENUS.main.choices.find(
        (c) => c.action.kind === 'transfer' && c.action.resourceId === 'sheriffNonEmergency',
      )?.key as string;
      // Someone afraid of the police hears three kinds of help before the Sheriff is named, once it is.
      expect(Number(sheriffKey)).toBeGreaterThan(3);
      expect(actionOf(answer(main, { Digits: sheriffKey }))).toMatch(/^\/ivr\/menu\/main\?.*tries=1/);
      const screen = answer(main, { SpeechResult: SPEECH[locale][2] as string });
      expect(actionOf(screen)).toMatch(/^\/ivr\/closed\/sheriffNonEmergency\?/);
      expect(dialled(answer(actionOf(screen), { Digits: '0' }))).toBe(RESOURCES.traffickingHotline.phone);
      for (const key of ['1', '2']) expect(dialled(answer(actionOf(screen), { Digits: key }))).toBeUndefined();
    },
  );

  it('when 9 is pressed at the opening, then the Spanish opening plays in a Spanish voice, 911 notice first', () => {
    const spanish = answer('/ivr/menu/main?lang=en-US&tries=0', { Digits: '9' });
    const says = findAll(spanish.doc, 'Say');
    expect(says[0]?.attrs).toMatchObject({ language: 'es-US', voice: 'Polly.Lupe-Neural' });
    expect(spokenNumbers(says[0] as TwimlNode)).toEqual([RESOURCES.emergency911.dialCode]);
    expect(says[1]?.attrs.language).toBe('en-US');
  });

  it('when the caller says "emergency" on any screen, then the 911 instruction comes first', () => {
    const answers = [...visits.values()].filter((v) =>
      /^(emergency|emergencia)$/.test(v.request.extra.SpeechResult ?? ''),
    );
    expect(answers.length).toBeGreaterThan(50);
    for (const v of answers) {
      expect(spokenNumbers(findAll(v.doc, 'Say')[0] as TwimlNode)).toEqual([RESOURCES.emergency911.dialCode]);
    }
  });

  it('when a transfer fails, then the number is read twice before the choices', () => {
    const failed = [...visits.values()].filter(
      (v) => v.request.extra.DialCallStatus === 'busy' && v.doc.children[0]?.name === 'Gather',
    );
    expect(failed.length).toBeGreaterThan(5);
    for (const v of failed) {
      const resource = new URL(v.request.path, 'http://x').pathname.split('/').at(-1) as keyof typeof RESOURCES;
      const numbers = findAll(v.doc, 'Say').flatMap(spokenNumbers);
      // The number as people dial it themselves: the dial code where there is one (211), else the phone.
      const r = RESOURCES[resource];
      const own = r.dialCode ?? spokenGroups(r.phone ?? '+1').join('');
      expect(numbers.filter((n) => n === own)).toHaveLength(2);
      expect(canTransfer(r)).toBe(true);
    }
  });
});

describe('the next step after every answer', () => {
  const topicScreens = (): Visit[] =>
    [...visits.values()].filter((v) => actionOf(v).startsWith('/ivr/topic/') && triesOf(actionOf(v)) === 0);

  it('when any part of a topic is shown, then each service the topic names is one key away (2 to 5), or its closed screen', () => {
    const screens = topicScreens();
    expect(screens.length).toBeGreaterThan(40);
    let offered = 0;
    for (const screen of screens) {
      const topicId = new URL(actionOf(screen), 'http://x').pathname.split('/').at(-1) as TopicId;
      topicServices(topicId).forEach((id, i) => {
        const next = answer(actionOf(screen), { Digits: TOPIC_SERVICE_KEYS[i] as string });
        const closed = actionOf(next).startsWith(`/ivr/closed/${id}?`);
        expect(
          closed || dialled(next) === RESOURCES[id].phone,
          `${actionOf(screen)} key ${TOPIC_SERVICE_KEYS[i]}`,
        ).toBe(true);
        offered++;
      });
    }
    expect(offered).toBeGreaterThan(20);
  });

  it('when the last part of a topic is shown, then 1 is no longer a choice but the hotline and the menus still are', () => {
    for (const screen of topicScreens()) {
      const url = new URL(actionOf(screen), 'http://x');
      const topicId = url.pathname.split('/').at(-1) as TopicId;
      const part = Number(url.searchParams.get('part') ?? 0);
      const one = answer(actionOf(screen), { Digits: '1' });
      const moved = actionOf(one).includes(`part=${part + 1}`);
      expect(moved, actionOf(screen)).toBe(part < TOPICS[topicId].detailChunks);
      expect(dialled(answer(actionOf(screen), { Digits: '0' }))).toBe(RESOURCES.traffickingHotline.phone);
      expect(actionOf(answer(actionOf(screen), { Digits: '8' }))).toMatch(/^\/ivr\/menu\/main\?/);
    }
  });

  it('when a transfer fails and the caller presses 1, then the ring starts again with no words', () => {
    const retries = [...visits.values()].filter(
      (v) => v.request.path.startsWith('/ivr/dial-failed/') && v.request.extra.Digits === '1',
    );
    expect(retries.length).toBeGreaterThan(5);
    for (const v of retries) expect(v.doc.children.map((c) => c.name)).toEqual(['Dial']);
  });
});

describe('opening hours', () => {
  it('when a service has no published weekly hours, then no screen says it is closed at this hour', () => {
    const closedSaid = LOCALES.map((l) => renderDisplay(prompt(l, 'ivr.closed.intro', { what: '' })).split(' ')[0]);
    for (const v of visits.values()) {
      const closed = /^\/ivr\/closed\/(\w+)\?/.exec(actionOf(v))?.[1];
      if (!closed || CLOSED_AT_NIGHT.size > 0) continue;
      const text = findAll(v.doc, 'Say').map(sayText).join(' ');
      expect(closedSaid.some((w) => text.startsWith(`${w} `) && text.includes(' closed'))).toBe(false);
    }
    for (const id of CLOSED_AT_NIGHT.values()) expect(RESOURCES[id].hours).not.toBe('24/7');
  });

  it('when a caller chooses a service whose number is unconfirmed, then its screen offers the 24-hour alternative and never rings it', () => {
    const screens = [...visits.values()].filter(
      (v) => /^\/ivr\/closed\/\w+\?/.test(actionOf(v)) && triesOf(actionOf(v)) === 0,
    );
    expect(screens.length).toBeGreaterThan(3);
    for (const screen of screens) {
      const id = /^\/ivr\/closed\/(\w+)\?/.exec(actionOf(screen))?.[1] as keyof typeof RESOURCES;
      const alternative = afterHoursOf(id);
      // The hotline is key 0's everywhere; key 1 is another service or nothing.
      expect(dialled(answer(actionOf(screen), { Digits: '1' }))).toBe(
        alternative === 'traffickingHotline' ? undefined : RESOURCES[alternative].phone,
      );
      if (!canTransfer(RESOURCES[id])) expect(dialled(answer(actionOf(screen), { Digits: '2' }))).toBeUndefined();
    }
  });
});

describe('the walk over real HTTP (smoke)', () => {
  let server: Running;
  beforeAll(async () => {
    server = await startLine({}, undefined, () => NIGHT);
  });
  afterAll(async () => stopLine(server));

  it('when every 50th request of the walk is sent to the local server, then each answer is the one the core gave', async () => {
    const sample = [...visits.values()].filter((_, i) => i % 50 === 0);
    expect(sample.length).toBeGreaterThan(10);
    for (const visit of sample) {
      const reply = await post(`${server.url}${visit.request.path}`, { ...callParams(), ...visit.request.extra });
      expect(reply.status, keyOf(visit.request)).toBe(200);
      expect(reply.type).toMatch(/^text\/xml/);
      expect(reply.text, keyOf(visit.request)).toBe(visit.xml);
    }
  }, 120_000);
});
