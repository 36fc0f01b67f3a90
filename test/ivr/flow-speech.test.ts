// The call flow's speech branch: what each meaning does on a menu and on a topic screen.

import { describe, expect, it } from 'vitest';
import {
  DISCLOSURES,
  DISCLOSURE_KINDS,
  HOTLINE,
  RESOURCES,
  canTransfer,
  type DisclosureKind,
} from '../../content/index.js';
import { DANGER_KEYS, DISCLOSURE_KEYS, MAX_REPROMPTS, decide, withHours, type Screen } from '../../ivr/flow.js';
import type { SpeechMatch } from '../../ivr/speech.js';

const main: Screen = { kind: 'menu', menuId: 'main' };
const signs: Screen = { kind: 'topic', topicId: 'signs', from: 'report', part: 0 };
const en = { locale: 'en-US', tries: 0 } as const;
const say = (screen: Screen, match: SpeechMatch) => decide(screen, en, { kind: 'speech', match }).step;

describe('decide, when the caller speaks', () => {
  it('when "more" is said on the main menu, then it is a reprompt that offers a person, not key 1 (a transfer)', () => {
    expect(say(main, { kind: 'more' })).toEqual({
      kind: 'show',
      screen: main,
      state: { locale: 'en-US', tries: 1 },
      preface: 'notUnderstood',
    });
  });

  it('when words could not be placed, then the reprompt says the line may not have understood (never a silent replay)', () => {
    expect(decide(signs, en, { kind: 'speech', match: undefined })).toEqual({
      step: { kind: 'show', screen: signs, state: { locale: 'en-US', tries: 1 }, preface: 'notUnderstood' },
      category: 'no-match',
    });
  });

  it('when "more" is said on a topic screen, then the fuller answer comes', () => {
    expect(say(signs, { kind: 'more' })).toEqual({
      kind: 'show',
      screen: { ...signs, part: 1 },
      state: { locale: 'en-US', tries: 0 },
    });
  });

  it('when a topic is asked for on any screen, then its screen comes, with "back" to the menu the caller was on', () => {
    expect(say(signs, { kind: 'topic', topicId: 'legalStatus' })).toEqual({
      kind: 'show',
      screen: { kind: 'topic', topicId: 'legalStatus', from: 'report', part: 0 },
      state: { locale: 'en-US', tries: 0 },
    });
  });

  it('when a transferable service is named, then the line transfers to it', () => {
    expect(say(main, { kind: 'service', resourceId: 'rainn' })).toEqual({
      kind: 'transfer',
      resourceId: 'rainn',
      from: 'main',
      locale: 'en-US',
      auto: false,
    });
  });

  it("when CAST is asked for by name while its office number is unconfirmed, then CAST's own 24-hour line rings", () => {
    expect(canTransfer(RESOURCES.cast)).toBe(false);
    expect(say(main, { kind: 'service', resourceId: 'cast' })).toMatchObject({
      kind: 'transfer',
      resourceId: 'castHotline',
    });
  });

  it('when a service whose number is unconfirmed is asked for and its alternative is another organisation, then its own screen says why (the Sheriff)', () => {
    const step = say(main, { kind: 'service', resourceId: 'sheriffNonEmergency' });
    expect(step).toMatchObject({ kind: 'transfer', resourceId: 'sheriffNonEmergency' });
    expect(withHours(step, new Date('2026-12-02T18:00:00Z'))).toMatchObject({
      kind: 'show',
      screen: { kind: 'closed', resourceId: 'sheriffNonEmergency' },
    });
  });

  it('when a service the line cannot dial is named, then the topic that reads its number comes', () => {
    expect(say(main, { kind: 'service', resourceId: 'polarisProject' })).toMatchObject({
      kind: 'show',
      screen: { kind: 'topic', topicId: 'trustedSources' },
    });
  });

  it('when 911 is asked for, then the safety screen comes and nothing is dialled', () => {
    expect(say(main, { kind: 'service', resourceId: 'emergency911' })).toEqual({
      kind: 'show',
      screen: { kind: 'danger', from: 'main', partner: false },
      state: { locale: 'en-US', tries: 0 },
    });
  });

  it('when danger is heard with a partner named, then the safety screen offers the domestic violence line', () => {
    expect(say(signs, { kind: 'emergency', partner: true })).toMatchObject({
      screen: { kind: 'danger', from: 'report', partner: true },
    });
  });

  it('when "non-emergency" is said, then the Sheriff’s line, never the 911 notice', () => {
    expect(say(signs, { kind: 'sheriff' })).toMatchObject({ kind: 'transfer', resourceId: 'sheriffNonEmergency' });
  });

  it("when texting is asked about while the hotline's text code is unconfirmed, then what a call is like comes instead", () => {
    expect(RESOURCES.traffickingHotline.sms?.verification.level).toBe('unconfirmed');
    expect(say(main, { kind: 'text' })).toMatchObject({
      kind: 'show',
      screen: { kind: 'topic', topicId: 'hotlineCall', from: 'main', part: 0 },
    });
  });

  it('when a disclosure is heard on any screen, then the disclosure screen comes, with "back" to where the caller was', () => {
    expect(say(signs, { kind: 'disclosure', disclosure: 'sexualAssault' })).toEqual({
      kind: 'show',
      screen: { kind: 'disclosure', disclosure: 'sexualAssault', from: 'report' },
      state: { locale: 'en-US', tries: 0 },
    });
  });
});

describe('the disclosure screen', () => {
  const on = (disclosure: DisclosureKind): Screen => ({ kind: 'disclosure', disclosure, from: 'main' });
  const press = (screen: Screen, key: string) => decide(screen, en, { kind: 'key', key }).step;

  it.each(DISCLOSURE_KINDS.filter((k) => DISCLOSURES[k].connect && DISCLOSURES[k].connect !== HOTLINE))(
    'when a caller who disclosed %s presses 1, then the line connects them to its service',
    (kind) => {
      expect(press(on(kind), DISCLOSURE_KEYS.connect)).toMatchObject({
        kind: 'transfer',
        resourceId: DISCLOSURES[kind].connect,
        auto: false,
      });
    },
  );

  it.each(DISCLOSURE_KINDS.filter((k) => DISCLOSURES[k].connect === HOTLINE))(
    'when the service for %s is the hotline, then 0 connects and 1 means nothing (one place, one key)',
    (kind) => {
      expect(press(on(kind), '0')).toMatchObject({ kind: 'transfer', resourceId: HOTLINE });
      expect(decide(on(kind), en, { kind: 'key', key: DISCLOSURE_KEYS.connect }).category).toBe('invalid');
    },
  );

  it('when a caller who fears police or immigration presses 2, then CAST’s 24-hour line rings', () => {
    expect(press(on('fearOfAuthorities'), DISCLOSURE_KEYS.beside)).toMatchObject({
      kind: 'transfer',
      resourceId: 'castHotline',
    });
  });

  it('when the child protection hotline is the service, then key 1 dials the number that works from any phone', () => {
    expect(press(on('child'), DISCLOSURE_KEYS.connect)).toMatchObject({ resourceId: 'childProtectionHotlineAnywhere' });
  });

  it('when 988 is the service (never dialled), then key 1 does nothing of its own and 0 is still the hotline', () => {
    expect(press(on('crisis'), DISCLOSURE_KEYS.connect)).toMatchObject({ kind: 'show', preface: 'noMatch' });
    expect(press(on('crisis'), '0')).toMatchObject({ kind: 'transfer', resourceId: 'traffickingHotline' });
  });

  it('when danger is heard on the disclosure screen, then the safety screen comes', () => {
    expect(say(on('trafficking'), { kind: 'emergency' })).toMatchObject({
      kind: 'show',
      screen: { kind: 'danger', from: 'main' },
    });
  });
});

describe('the safety screen', () => {
  const press = (screen: Screen, key: string) => decide(screen, en, { kind: 'key', key }).step;
  const alone: Screen = { kind: 'danger', from: 'main', partner: false };
  const partner: Screen = { kind: 'danger', from: 'main', partner: true };

  it('when the caller presses 0, then a person answers now (the hotline)', () => {
    expect(press(alone, '0')).toMatchObject({ kind: 'transfer', resourceId: 'traffickingHotline', auto: false });
  });

  it('when a partner was named and the caller presses 1, then the domestic violence line rings', () => {
    expect(press(partner, DANGER_KEYS.partner)).toMatchObject({
      kind: 'transfer',
      resourceId: 'domesticViolenceHotline',
    });
  });

  it('when no partner was named, then 1 means nothing there and gets the reprompt', () => {
    expect(decide(alone, en, { kind: 'key', key: '1' }).category).toBe('invalid');
  });

  it('when the caller stays silent after the reprompts, then someone who can help is put through', () => {
    expect(decide(alone, { locale: 'en-US', tries: MAX_REPROMPTS }, { kind: 'silence' }).step).toMatchObject({
      kind: 'transfer',
      resourceId: 'traffickingHotline',
      auto: true,
    });
  });
});
