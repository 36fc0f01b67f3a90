// The phone line's screens, rendered and parsed: the short transfer preamble, the silent-path announcement, the retry,
// topic parts, the closed and unconfirmed screens, the last reprompt and the text screen. Expected words come from
// content/ (never copied), in both languages.

import { describe, expect, it } from 'vitest';
import {
  DISCLOSURES,
  DISCLOSURE_KINDS,
  LOCALES,
  RESOURCES,
  TOPICS,
  prompt,
  renderDisplay,
  spokenGroups,
  tFor,
  topicDetails,
  topicSummary,
  type Locale,
  type Prompt,
  type Resource,
  type ResourceId,
} from '../../content/index.js';
import { DEFAULT_VOICES } from '../../ivr/config.js';
import {
  DISCLOSURE_KEYS,
  MAX_REPROMPTS,
  afterHoursOf,
  disclosureServices,
  topicServices,
  type Screen,
} from '../../ivr/flow.js';
import { menuOptions, repeatEachNumber } from '../../ivr/script.js';
import { goodbyeTwiml, screenTwiml, transferTwiml, type TwimlContext } from '../../ivr/twiml.js';
import { findAll, parseTwiml, spokenNumbers, type TwimlNode } from './helpers.js';
import { sayText } from '../../tools/call-simulator.js';

/** The registry's full phone numbers as spoken digits (not dial codes or text short codes). */
const PHONES_SPOKEN = new Set(
  Object.values(RESOURCES).flatMap((r) => (r.phone ? [spokenGroups(r.phone).join('')] : [])),
);
const ctx: TwimlContext = { voices: DEFAULT_VOICES, base: '' };
const LINE = { kind: 'present', number: '+15555550199' } as const;
const short = (locale: Locale, id: ResourceId): string => String(tFor(locale)(`resource.${id}.short`));
const words = (p: Prompt): string => renderDisplay(p);
const said = (doc: TwimlNode): string[] => findAll(doc, 'Say').map((s) => renderSpoken(s));
/** A <Say> as display text: numbers as the registry shows them, pauses as spaces (so it compares with renderDisplay). */
function renderSpoken(say: TwimlNode): string {
  return sayText(say)
    .replace(/(\d)-(\d)/g, '$1$2')
    .replace(/\s+/g, ' ')
    .trim();
}
const plain = (p: Prompt): string =>
  words(p)
    .replace(/[()]/g, '')
    .replace(/(\d)[- ](\d)/g, '$1$2')
    .replace(/(\d)[- ](\d)/g, '$1$2');
const option = (locale: Locale, key: string, vars: Record<string, string>): string => plain(prompt(locale, key, vars));

describe.each(LOCALES)('in %s', (locale) => {
  it('when a caller chooses a service, then the only words before the ring are "connecting you to <short name>, stay on the line"', () => {
    const doc = parseTwiml(
      transferTwiml({ resourceId: 'castHotline', from: 'leaving', locale, auto: false, callerId: LINE }, ctx),
    );
    expect(doc.children.map((c) => c.name)).toEqual(['Say', 'Dial']);
    expect(said(doc)).toEqual([option(locale, 'ivr.transfer.connecting', { what: short(locale, 'castHotline') })]);
    expect(doc.children[1]?.attrs).toEqual({
      answerOnBridge: 'true',
      timeout: '30',
      action: `/ivr/dial/castHotline?lang=${locale}&from=leaving`,
      method: 'POST',
      callerId: LINE.number,
    });
  });

  it('when the line puts a silent caller through, then the announcement names no service (someone nearby may hear it)', () => {
    const doc = parseTwiml(
      transferTwiml({ resourceId: 'traffickingHotline', from: 'main', locale, auto: true, callerId: LINE }, ctx),
    );
    expect(said(doc)).toEqual([option(locale, 'ivr.transfer.silent', {})]);
    expect(said(doc)[0]).not.toMatch(/traffick|trata|police|polic|sheriff/i);
    expect(findAll(doc, 'Number')[0]?.children[0]?.text).toBe(RESOURCES.traffickingHotline.phone);
  });

  it('when a transfer to a number nobody has confirmed is asked for, then no TwiML dials it', () => {
    expect(() =>
      transferTwiml({ resourceId: 'sheriffNonEmergency', from: 'main', locale, auto: false, callerId: LINE }, ctx),
    ).toThrow(/unconfirmed/);
  });

  it('when a caller tries again after busy or no answer, then the ring starts at once, with no words', () => {
    const xml = transferTwiml(
      { resourceId: 'castHotline', from: 'leaving', locale, auto: false, retry: true, callerId: LINE },
      ctx,
    );
    expect(xml).toBe(
      `<?xml version="1.0" encoding="UTF-8"?><Response><Dial answerOnBridge="true" timeout="30" action="/ivr/dial/castHotline?lang=${locale}&amp;from=leaving" method="POST" callerId="${LINE.number}"><Number>${RESOURCES.castHotline.phone}</Number></Dial></Response>`,
    );
  });

  it('when a transfer connected and ended, then the goodbye gives numbers only (the service, then the hotline) and names no service', () => {
    const rainn = said(parseTwiml(goodbyeTwiml(locale, 'rainn', ctx)));
    expect(rainn).toEqual([
      option(locale, 'ivr.dial.completed', {}),
      option(locale, 'ivr.dial.cutOff', { resourceId: 'rainn' }),
      option(locale, 'ivr.dial.anyHour', {}),
      option(locale, 'common.goodbye', {}),
    ]);
    const hotline = said(parseTwiml(goodbyeTwiml(locale, 'traffickingHotline', ctx)));
    expect(hotline).toEqual([
      option(locale, 'ivr.dial.completed', {}),
      option(locale, 'ivr.dial.cutOff', { resourceId: 'traffickingHotline' }),
      option(locale, 'common.goodbye', {}),
    ]);
    // Someone nearby may hear the end of the call: no name of any service, and nothing of trafficking or the police.
    const names = Object.keys(RESOURCES).flatMap((id) =>
      ['name', 'short'].map((k) => words(prompt(locale, `resource.${id}.${k}`)).toLowerCase()),
    );
    for (const line of [...rainn, ...hotline]) {
      expect(line).not.toMatch(/traffick|trata|police|polic|sheriff/i);
      for (const name of names) expect(line.toLowerCase()).not.toContain(name);
    }
  });

  it('when a topic part is shown, then it is one chunk with each number said twice, then the next part and service keys', () => {
    const screen: Screen = { kind: 'topic', topicId: 'leavingSupport', from: 'leaving', part: 3 };
    const doc = parseTwiml(screenTwiml(screen, { locale, tries: 0 }, ctx));
    const says = said(doc);
    const chunk = topicDetails(locale, 'leavingSupport')[2] as Prompt;
    expect(says[0]).toBe(plain(repeatEachNumber(locale, chunk)));
    const phones = spokenNumbers(findAll(doc, 'Say')[0] as TwimlNode).filter((n) => PHONES_SPOKEN.has(n));
    expect(phones.length).toBeGreaterThan(0);
    for (const n of new Set(phones)) expect(phones.filter((m) => m === n)).toHaveLength(2);
    expect(says.slice(1, 2 + topicServices('leavingSupport').length)).toEqual([
      option(locale, 'ivr.topic.next', { key: '1' }),
      ...topicServices('leavingSupport').map((id, i) =>
        option(locale, 'ivr.option.transfer', { what: short(locale, id), key: String(i + 2) }),
      ),
    ]);
    expect(findAll(doc, 'Gather')[0]?.attrs.action).toBe(
      `/ivr/topic/leavingSupport?lang=${locale}&tries=0&from=leaving&part=3`,
    );
  });

  it('when the last part of a topic is shown, then it says so and offers no next part, only the next steps', () => {
    const last = TOPICS.leavingSupport.detailChunks;
    const screen: Screen = { kind: 'topic', topicId: 'leavingSupport', from: 'leaving', part: last };
    const says = said(parseTwiml(screenTwiml(screen, { locale, tries: 0 }, ctx)));
    expect(says[1]).toBe(option(locale, 'ivr.topic.end', {}));
    expect(says.slice(2, 2 + topicServices('leavingSupport').length)).toEqual(
      topicServices('leavingSupport').map((id, i) =>
        option(locale, 'ivr.option.transfer', { what: short(locale, id), key: String(i + 2) }),
      ),
    );
    expect(says).not.toContain(option(locale, 'ivr.topic.next', { key: '1' }));
  });

  it('when a topic summary is shown, then "to hear more, press 1" and the service keys follow it', () => {
    const screen: Screen = { kind: 'topic', topicId: 'signs', from: 'report', part: 0 };
    const says = said(parseTwiml(screenTwiml(screen, { locale, tries: 0 }, ctx)));
    expect(says[0]).toBe(plain(repeatEachNumber(locale, topicSummary(locale, 'signs'))));
    expect(says.slice(1, 4)).toEqual([
      option(locale, 'ivr.topic.more', { key: '1' }),
      option(locale, 'ivr.option.transfer', { what: short(locale, 'cyberTipline'), key: '2' }),
      option(locale, 'ivr.option.transfer', { what: short(locale, 'runawaySafeline'), key: '3' }),
    ]);
  });

  it('when a service is closed and its alternative is the hotline, then 2 tries it anyway and the hotline is 0 only', () => {
    expect(afterHoursOf('rainn')).toBe('traffickingHotline');
    const screen: Screen = { kind: 'closed', resourceId: 'rainn', from: 'leaving' };
    const says = said(parseTwiml(screenTwiml(screen, { locale, tries: 0 }, ctx)));
    expect(says.slice(0, 2)).toEqual([
      option(locale, 'ivr.closed.intro', { what: short(locale, 'rainn') }),
      option(locale, 'ivr.closed.anyway', { what: short(locale, 'rainn'), key: '2' }),
    ]);
    expect(says).toContain(option(locale, 'ivr.global.hotline', { key: '0' }));
    expect(says.filter((s) => s.includes(short(locale, 'traffickingHotline')))).toEqual([]);
  });

  it('when a service\'s number is unconfirmed, then the caller hears so and its 24-hour alternative on 1, and no "try anyway"', () => {
    const screen: Screen = { kind: 'closed', resourceId: 'downtownWomensCenter', from: 'leaving' };
    const says = said(parseTwiml(screenTwiml(screen, { locale, tries: 0 }, ctx)));
    expect(says.slice(0, 3)).toEqual([
      option(locale, 'ivr.closed.unconfirmed', { what: short(locale, 'downtownWomensCenter') }),
      option(locale, 'ivr.closed.alternative', { what: short(locale, afterHoursOf('downtownWomensCenter')), key: '1' }),
      option(locale, 'ivr.global.repeat', { key: String(tFor(locale)('ivr.keyName.star')) }),
    ]);
  });

  it("when the Sheriff's number is unconfirmed and asked for, then the screen gives its website and the hotline on 0 only, never on 1 too", () => {
    const screen: Screen = { kind: 'closed', resourceId: 'sheriffNonEmergency', from: 'main' };
    const says = said(parseTwiml(screenTwiml(screen, { locale, tries: 0 }, ctx)));
    expect(says.slice(0, 2)).toEqual([
      option(locale, 'ivr.closed.unconfirmed', { what: short(locale, 'sheriffNonEmergency') }),
      option(locale, 'ivr.closed.website', { resourceId: 'sheriffNonEmergency' }),
    ]);
    expect(says[1]).toContain(RESOURCES.sheriffNonEmergency.website);
    expect(says).toContain(option(locale, 'ivr.global.hotline', { key: '0' }));
    expect(says.some((s) => s.endsWith(` 1.`))).toBe(false);
  });

  it("when the Sheriff's number is unconfirmed, then the main menu offers no key 5; when someone marks it called, then key 5 connects to it", () => {
    const transferTo = (id: ResourceId, key: string): string =>
      option(locale, 'ivr.option.transfer', { what: short(locale, id), key });
    const says = said(parseTwiml(screenTwiml({ kind: 'menu', menuId: 'main' }, { locale, tries: 0 }, ctx)));
    expect(says.some((s) => s.includes(short(locale, 'sheriffNonEmergency')))).toBe(false);
    expect(says).toContain(transferTo('traffickingHotline', '1'));
    const called: Readonly<Record<ResourceId, Resource>> = {
      ...RESOURCES,
      sheriffNonEmergency: {
        ...RESOURCES.sheriffNonEmergency,
        verification: { level: 'called', date: '2026-12-08', by: 'the county' },
      },
    };
    expect(menuOptions(locale, 'main', called).map((p) => plain(p.prompt))).toContain(
      transferTo('sheriffNonEmergency', '5'),
    );
  });

  it('when the hotline did not connect, then "try again" is its only key: 0 is not read as well', () => {
    const screen: Screen = { kind: 'dialFailed', resourceId: 'traffickingHotline', from: 'main' };
    const says = said(parseTwiml(screenTwiml(screen, { locale, tries: 0 }, ctx)));
    expect(says).toContain(option(locale, 'ivr.dial.retry', { key: '1' }));
    expect(says).not.toContain(option(locale, 'ivr.global.hotline', { key: '0' }));
  });

  it('when the list of help lines is read, then each service the line can ring is a key and 988 alone is read with its number', () => {
    const screen: Screen = { kind: 'resources', listId: 'healthAnd211', from: 'leaving' };
    const says = said(parseTwiml(screenTwiml(screen, { locale, tries: 0 }, ctx)));
    expect(says.slice(1, 5)).toEqual([
      option(locale, 'ivr.option.transfer', { what: short(locale, 'la211'), key: '1' }),
      option(locale, 'ivr.resources.item', { resourceId: 'crisis988' }),
      option(locale, 'ivr.option.transfer', { what: short(locale, 'rainn'), key: '2' }),
      option(locale, 'ivr.option.transfer', { what: short(locale, 'domesticViolenceHotline'), key: '3' }),
    ]);
  });

  it('when the caller is reprompted for the last time, then they hear that the hotline comes next if they do not choose', () => {
    const menu: Screen = { kind: 'menu', menuId: 'info' };
    const last = said(parseTwiml(screenTwiml(menu, { locale, tries: MAX_REPROMPTS }, ctx, 'noInput')));
    expect(last.slice(0, 2)).toEqual([
      option(locale, 'ivr.reprompt.noInput', {}),
      option(locale, 'ivr.reprompt.last', {}),
    ]);
    const first = said(parseTwiml(screenTwiml(menu, { locale, tries: 1 }, ctx, 'noMatch')));
    expect(first[0]).toBe(option(locale, 'ivr.reprompt.noMatch', {}));
    expect(first).not.toContain(option(locale, 'ivr.reprompt.last', {}));
  });

  it('when words could not be placed, then the reprompt says so and offers a person at once: 0, or 1 on the main menu (its hotline key)', () => {
    const topic: Screen = { kind: 'topic', topicId: 'signs', from: 'report', part: 0 };
    const onTopic = said(parseTwiml(screenTwiml(topic, { locale, tries: 1 }, ctx, 'notUnderstood')));
    expect(onTopic[0]).toBe(option(locale, 'ivr.reprompt.notUnderstood', { key: '0' }));
    const main: Screen = { kind: 'menu', menuId: 'main' };
    const onMain = said(parseTwiml(screenTwiml(main, { locale, tries: 1 }, ctx, 'notUnderstood')));
    expect(onMain[0]).toBe(option(locale, 'ivr.reprompt.notUnderstood', { key: '1' }));
  });

  it('when someone pressed wrong keys twice, then the last reprompt does not scold: it speaks of not hearing a choice', () => {
    const last = said(
      parseTwiml(screenTwiml({ kind: 'menu', menuId: 'info' }, { locale, tries: MAX_REPROMPTS }, ctx, 'noMatch')),
    );
    expect(last.slice(0, 2)).toEqual([
      option(locale, 'ivr.reprompt.noMatch', {}),
      option(locale, 'ivr.reprompt.last', {}),
    ]);
    expect(option(locale, 'ivr.reprompt.last', {})).toMatch(/If I don't hear a choice|Si no escucho una opción/);
  });

  it('when the text screen is shown for a confirmed text line, then it names who receives the text and spells the keyword', () => {
    const screen: Screen = { kind: 'text', resourceId: 'domesticViolenceHotline', from: 'main' };
    const says = said(parseTwiml(screenTwiml(screen, { locale, tries: 0 }, ctx)));
    const keyword = RESOURCES.domesticViolenceHotline.sms?.keyword ?? '';
    expect(says[0]).toBe(
      option(locale, 'ivr.text.how', {
        keyword,
        spelled: [...keyword].join(', '),
        resourceId: 'domesticViolenceHotline',
      }),
    );
    expect(says[0]).toContain('S, T, A, R, T');
    expect(says[0]).toContain(words(prompt(locale, 'resource.domesticViolenceHotline.name')));
    expect(says[0]).toContain(RESOURCES.domesticViolenceHotline.sms?.shortCode);
  });
});

describe.each(LOCALES)('the disclosure screen in %s', (locale) => {
  it.each(DISCLOSURE_KINDS)(
    'when a caller discloses %s, then care comes first, the service with its number twice, 911, then a key to connect',
    (kind) => {
      const screen: Screen = { kind: 'disclosure', disclosure: kind, from: 'main' };
      const doc = parseTwiml(screenTwiml(screen, { locale, tries: 0 }, ctx));
      const says = said(doc);
      const { resourceId } = DISCLOSURES[kind];
      expect(says[0]).toBe(option(locale, `disclosure.${kind}.care`, {}));
      const { phone, dialCode } = RESOURCES[resourceId];
      const number = phone ? spokenGroups(phone).join('') : (dialCode ?? '');
      const spoken = spokenNumbers(findAll(doc, 'Say')[1] as TwimlNode);
      expect(spoken.filter((n) => n === number)).toHaveLength(2);
      expect(says).toContain(option(locale, 'disclosure.safety', {}));
      const services = disclosureServices(kind);
      if (services.connect) {
        expect(says).toContain(
          option(locale, 'ivr.option.transfer', {
            what: short(locale, services.connect),
            key: DISCLOSURE_KEYS.connect,
          }),
        );
      }
      // No place on two keys: the hotline, when it is the service, is offered first on 0 and not read again.
      const hotline = option(locale, 'ivr.option.transfer', { what: short(locale, 'traffickingHotline'), key: '0' });
      if (DISCLOSURES[kind].connect === 'traffickingHotline') {
        expect(says.filter((s) => s.endsWith(' 0.'))).toEqual([hotline]);
        expect(says.some((s) => s.endsWith(' 1.'))).toBe(false);
      }
      expect(findAll(doc, 'Gather')[0]?.attrs.action).toBe(`/ivr/disclosure/${kind}?lang=${locale}&tries=0&from=main`);
    },
  );
});

describe.each(LOCALES)('the safety screen in %s', (locale) => {
  it('when words of danger are heard, then the caller hears that they may be in danger, 911 plainly, and 0 for a person now: no menu', () => {
    const screen: Screen = { kind: 'danger', from: 'main', partner: false };
    const doc = parseTwiml(screenTwiml(screen, { locale, tries: 0 }, ctx));
    expect(said(doc)).toEqual([
      option(locale, 'ivr.danger.notice', {}),
      option(locale, 'ivr.option.person', { key: '0' }),
    ]);
    expect(spokenNumbers(findAll(doc, 'Say')[0] as TwimlNode)).toContain('911');
    expect(said(doc).join(' ')).not.toMatch(/sheriff/i);
    expect(findAll(doc, 'Gather')[0]?.attrs.action).toBe(`/ivr/danger/now?lang=${locale}&tries=0&from=main`);
  });

  it('when a partner was named with the danger, then key 1 offers the domestic violence line after the person on 0', () => {
    const screen: Screen = { kind: 'danger', from: 'report', partner: true };
    const says = said(parseTwiml(screenTwiml(screen, { locale, tries: 0 }, ctx)));
    expect(says.slice(1)).toEqual([
      option(locale, 'ivr.option.person', { key: '0' }),
      option(locale, 'ivr.option.transfer', { what: short(locale, 'domesticViolenceHotline'), key: '1' }),
    ]);
  });

  it('when the caller is silent on the safety screen, then the reprompt says 911 again with the choice', () => {
    const screen: Screen = { kind: 'danger', from: 'main', partner: false };
    const says = said(parseTwiml(screenTwiml(screen, { locale, tries: 1 }, ctx, 'noInput')));
    expect(says).toEqual([
      option(locale, 'ivr.reprompt.noInput', {}),
      option(locale, 'ivr.danger.notice', {}),
      option(locale, 'ivr.option.person', { key: '0' }),
    ]);
  });
});

describe('repeatEachNumber', () => {
  it('when a part holds a registry number, then "again" and the number follow its first mention only', () => {
    const part: Prompt = [
      { kind: 'text', text: 'Call ' },
      { kind: 'phone', e164: '+18883737888' },
      { kind: 'text', text: ' or ' },
      { kind: 'digits', digits: '211' },
      { kind: 'text', text: '; call ' },
      { kind: 'phone', e164: '+18883737888' },
    ];
    expect(repeatEachNumber('en-US', part)).toEqual([
      { kind: 'text', text: 'Call ' },
      { kind: 'phone', e164: '+18883737888' },
      { kind: 'text', text: ' ' },
      { kind: 'pause', ms: 400 },
      ...prompt('en-US', 'ivr.topic.numberAgain', { resourceId: 'traffickingHotline' }),
      { kind: 'text', text: ' or ' },
      { kind: 'digits', digits: '211' },
      { kind: 'text', text: '; call ' },
      { kind: 'phone', e164: '+18883737888' },
    ]);
  });
});
