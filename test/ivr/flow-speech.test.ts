// The call flow's speech branch: what each meaning does on a menu and on a topic screen.

import { describe, expect, it } from 'vitest';
import { DISCLOSURES, DISCLOSURE_KINDS, RESOURCES, type DisclosureKind } from '../../content/index.js';
import { decide, DISCLOSURE_KEYS, type Screen } from '../../ivr/flow.js';
import type { SpeechMatch } from '../../ivr/speech.js';

const main: Screen = { kind: 'menu', menuId: 'main' };
const signs: Screen = { kind: 'topic', topicId: 'signs', from: 'report', part: 0 };
const en = { locale: 'en-US', tries: 0 } as const;
const say = (screen: Screen, match: SpeechMatch) => decide(screen, en, { kind: 'speech', match }).step;

describe('decide, when the caller speaks', () => {
  it('when "more" is said on the main menu, then it is a reprompt, not key 1 (a transfer)', () => {
    expect(say(main, { kind: 'more' })).toEqual({
      kind: 'show',
      screen: main,
      state: { locale: 'en-US', tries: 1 },
      preface: 'noMatch',
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
    expect(say(main, { kind: 'service', resourceId: 'cast' })).toEqual({
      kind: 'transfer',
      resourceId: 'cast',
      from: 'main',
      locale: 'en-US',
      auto: false,
    });
  });

  it('when a service the line cannot dial is named, then the topic that reads its number comes', () => {
    expect(say(main, { kind: 'service', resourceId: 'polarisProject' })).toMatchObject({
      kind: 'show',
      screen: { kind: 'topic', topicId: 'trustedSources' },
    });
  });

  it('when 911 is asked for, then the 911 notice comes and nothing is dialled', () => {
    expect(say(main, { kind: 'service', resourceId: 'emergency911' })).toMatchObject({
      kind: 'show',
      screen: main,
      preface: 'emergency',
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

  it.each(DISCLOSURE_KINDS.filter((k) => DISCLOSURES[k].connect))(
    'when a caller who disclosed %s presses 1, then the line connects them to its service',
    (kind) => {
      expect(press(on(kind), DISCLOSURE_KEYS.connect)).toMatchObject({
        kind: 'transfer',
        resourceId: DISCLOSURES[kind].connect,
        auto: false,
      });
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

  it('when danger is heard on the disclosure screen, then the 911 notice comes first', () => {
    expect(say(on('trafficking'), { kind: 'emergency' })).toMatchObject({ kind: 'show', preface: 'emergency' });
  });
});
