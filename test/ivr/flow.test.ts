// The call flow as a pure function: reprompts, the hotline after two of them, emergencies, global keys, dial outcomes.

import { describe, expect, it } from 'vitest';
import {
  GLOBAL_KEYS,
  MENUS,
  RESOURCES,
  TOPICS,
  canTransfer,
  type Resource,
  type ResourceId,
} from '../../content/index.js';
import {
  MAX_REPROMPTS,
  afterHoursOf,
  decide,
  listServices,
  menuChoices,
  decideDial,
  otherServices,
  topicServices,
  withHours,
  type Screen,
  type Step,
} from '../../ivr/flow.js';

const main: Screen = { kind: 'menu', menuId: 'main' };
const risks: Screen = { kind: 'menu', menuId: 'risks' };
const en = { locale: 'en-US', tries: 0 } as const;

describe('decide', () => {
  it('when someone tells of a child exploited, then key 1 rings the child protection hotline and key 2 the CyberTipline', () => {
    const child: Screen = { kind: 'disclosure', disclosure: 'child', from: 'main' };
    const rung = (key: string): Step['kind'] | ResourceId => {
      const step = decide(child, en, { kind: 'key', key }).step;
      return step.kind === 'transfer' ? step.resourceId : step.kind;
    };
    expect([rung('1'), rung('2')]).toEqual(['childProtectionHotlineAnywhere', 'cyberTipline']);
  });

  it('when the caller is silent, then the screen is repeated with a reprompt and one more try counted', () => {
    expect(decide(main, en, { kind: 'silence' }).step).toEqual({
      kind: 'show',
      screen: main,
      state: { locale: 'en-US', tries: 1 },
      preface: 'noInput',
    });
  });

  it('when the caller has been reprompted twice in a row, then the next miss connects them to the hotline', () => {
    const state = { locale: 'es-US', tries: MAX_REPROMPTS } as const;
    for (const input of [
      { kind: 'silence' },
      { kind: 'key', key: '6' },
      { kind: 'speech', match: undefined },
    ] as const) {
      expect(decide(risks, state, input).step).toEqual({
        kind: 'transfer',
        resourceId: 'traffickingHotline',
        from: 'risks',
        locale: 'es-US',
        auto: true,
      });
    }
  });

  it('when a valid key follows reprompts, then the count starts again', () => {
    const { step } = decide(main, { locale: 'en-US', tries: 2 }, { kind: 'key', key: '4' });
    expect(step).toEqual({
      kind: 'show',
      screen: { kind: 'menu', menuId: 'info' },
      state: { locale: 'en-US', tries: 0 },
    });
  });

  it('when the caller says "emergency", then the safety screen comes at once, with "back" to where they were', () => {
    const { step, category } = decide(
      risks,
      { locale: 'en-US', tries: 1 },
      { kind: 'speech', match: { kind: 'emergency' } },
    );
    expect(category).toBe('emergency');
    expect(step).toEqual({
      kind: 'show',
      screen: { kind: 'danger', from: 'risks', partner: false },
      state: { locale: 'en-US', tries: 0 },
    });
  });

  it("when the Sheriff's number is unconfirmed, then main-menu key 5 means nothing (a reprompt), not a screen that says it cannot connect", () => {
    expect(canTransfer(RESOURCES.sheriffNonEmergency)).toBe(false);
    expect(decide(main, en, { kind: 'key', key: '5' }).category).toBe('invalid');
    expect(menuChoices('main').map((c) => c.key)).toEqual(['1', '2', '3', '4']);
  });

  it("when someone marks the Sheriff's number called, then key 5 is on the main menu again", () => {
    const called = {
      ...RESOURCES,
      sheriffNonEmergency: {
        ...RESOURCES.sheriffNonEmergency,
        verification: { level: 'called', date: '2026-12-08', by: 'the county' },
      },
    } as const;
    expect(menuChoices('main', called).at(-1)).toEqual({
      key: '5',
      action: { kind: 'transfer', resourceId: 'sheriffNonEmergency' },
    });
  });

  it.each(Object.keys(MENUS) as (keyof typeof MENUS)[])(
    'when 0 is pressed on the %s menu, then it transfers to the hotline',
    (menuId) => {
      expect(decide({ kind: 'menu', menuId }, en, { kind: 'key', key: GLOBAL_KEYS.hotline }).step).toMatchObject({
        kind: 'transfer',
        resourceId: 'traffickingHotline',
        auto: false,
      });
    },
  );

  it('when 9 is pressed on the main menu, then the opening plays again in the other language', () => {
    expect(decide(main, en, { kind: 'key', key: '9' }).step).toEqual({ kind: 'opening', locale: 'es-US' });
  });

  it('when 9 is pressed on a topic, then the same topic is read in the other language', () => {
    const topic: Screen = { kind: 'topic', topicId: 'signs', from: 'report', part: 1 };
    expect(decide(topic, { locale: 'es-US', tries: 0 }, { kind: 'key', key: '9' }).step).toEqual({
      kind: 'show',
      screen: topic,
      state: { locale: 'en-US', tries: 0 },
    });
  });

  it('when 7 is pressed on a third-level menu, then it goes back to its parent; 8 goes to the main menu', () => {
    expect(decide(risks, en, { kind: 'key', key: '7' }).step).toMatchObject({
      screen: { kind: 'menu', menuId: 'info' },
    });
    expect(decide(risks, en, { kind: 'key', key: '8' }).step).toMatchObject({
      screen: { kind: 'menu', menuId: 'main' },
    });
  });

  it('when 1 is pressed on a topic, then the next part follows, one at a time; after the last part 1 is not a choice', () => {
    const summary: Screen = { kind: 'topic', topicId: 'whatToDo', from: 'report', part: 0 };
    const chunks = TOPICS.whatToDo.detailChunks;
    let screen: Screen = summary;
    for (let part = 1; part <= chunks; part++) {
      const { step } = decide(screen, en, { kind: 'key', key: '1' });
      expect(step).toEqual({ kind: 'show', screen: { ...summary, part }, state: en });
      screen = { ...summary, part };
    }
    expect(decide(screen, en, { kind: 'key', key: '1' }).category).toBe('invalid');
  });

  it('when star is pressed on a part, then that part is said again, not the topic from its start', () => {
    const part2: Screen = { kind: 'topic', topicId: 'leavingSupport', from: 'leaving', part: 2 };
    expect(decide(part2, en, { kind: 'key', key: '*' }).step).toEqual({ kind: 'show', screen: part2, state: en });
  });

  it('when a topic names services the line can connect to, then keys 2 to 5 connect to them in order, on every part', () => {
    expect(topicServices('signs')).toEqual(['cyberTipline', 'runawaySafeline']);
    for (let part = 0; part <= TOPICS.signs.detailChunks; part++) {
      const screen: Screen = { kind: 'topic', topicId: 'signs', from: 'report', part };
      expect(decide(screen, en, { kind: 'key', key: '3' }).step).toEqual({
        kind: 'transfer',
        resourceId: 'runawaySafeline',
        from: 'report',
        locale: 'en-US',
        auto: false,
      });
    }
    expect(
      decide({ kind: 'topic', topicId: 'signs', from: 'report', part: 0 }, en, { kind: 'key', key: '4' }).category,
    ).toBe('invalid');
  });

  it('when a topic names services whose numbers nobody has confirmed, then they get no key until someone does', () => {
    expect(TOPICS.leavingSupport.resourceIds).toContain('journeyOut');
    expect(topicServices('leavingSupport')).toEqual(['castHotline', 'la211']);
    expect(topicServices('whatToDo')).toEqual([]);
  });

  it('when a topic names no service but the hotline, then no key 2 is offered (0 already reaches the hotline)', () => {
    expect(topicServices('localConcern')).toEqual([]);
    const screen: Screen = { kind: 'topic', topicId: 'localConcern', from: 'report', part: 0 };
    expect(decide(screen, en, { kind: 'key', key: '2' }).category).toBe('invalid');
  });

  it("when a caller on the list of help lines presses 1 to 3, then the line connects them to the services it can ring, in the list's order", () => {
    const list: Screen = { kind: 'resources', listId: 'healthAnd211', from: 'leaving' };
    expect(listServices('healthAnd211')).toEqual(['la211', 'rainn', 'domesticViolenceHotline']);
    const rung = ['1', '2', '3'].map((key) => decide(list, en, { kind: 'key', key }).step);
    expect(rung.map((s) => (s.kind === 'transfer' ? s.resourceId : s.kind))).toEqual([
      'la211',
      'rainn',
      'domesticViolenceHotline',
    ]);
    // 988 is said and never dialled: it has no key.
    expect(decide(list, en, { kind: 'key', key: '4' }).category).toBe('invalid');
  });

  it('when "try again" is pressed after a failed transfer, then it is a retry (no words before the ring)', () => {
    const failed: Screen = { kind: 'dialFailed', resourceId: 'castHotline', from: 'leaving' };
    expect(decide(failed, en, { kind: 'key', key: '1' }).step).toEqual({
      kind: 'transfer',
      resourceId: 'castHotline',
      from: 'leaving',
      locale: 'en-US',
      auto: false,
      retry: true,
    });
  });

  it('when a service is closed, then 1 connects to its 24-hour alternative and 2 rings it anyway', () => {
    const closed: Screen = { kind: 'closed', resourceId: 'downtownWomensCenter', from: 'leaving' };
    expect(decide(closed, en, { kind: 'key', key: '1' }).step).toMatchObject({
      kind: 'transfer',
      resourceId: afterHoursOf('downtownWomensCenter'),
    });
    const rainn: Screen = { kind: 'closed', resourceId: 'rainn', from: 'leaving' };
    expect(decide(rainn, en, { kind: 'key', key: '2' }).step).toMatchObject({
      kind: 'transfer',
      resourceId: 'rainn',
      anyway: true,
    });
  });

  it('when the alternative of a closed service is the hotline, then 1 means nothing: the hotline is on 0 only', () => {
    const closed: Screen = { kind: 'closed', resourceId: 'sheriffNonEmergency', from: 'main' };
    expect(decide(closed, en, { kind: 'key', key: '1' }).category).toBe('invalid');
    expect(decide(closed, en, { kind: 'key', key: '0' }).step).toMatchObject({ resourceId: 'traffickingHotline' });
  });

  it("when a service's number is unconfirmed, then 1 connects to its 24-hour alternative and 2 never rings it", () => {
    const unconfirmed: Screen = { kind: 'closed', resourceId: 'journeyOut', from: 'leaving' };
    expect(decide(unconfirmed, en, { kind: 'key', key: '1' }).step).toMatchObject({
      kind: 'transfer',
      resourceId: 'castHotline',
    });
    expect(decide(unconfirmed, en, { kind: 'key', key: '2' }).category).toBe('invalid');
  });

  it('when "another service" is chosen after a failed transfer, then the list leaves out the one that failed', () => {
    const failed: Screen = { kind: 'dialFailed', resourceId: 'sheriffNonEmergency', from: 'main' };
    const { step } = decide(failed, en, { kind: 'key', key: '3' });
    expect(step).toMatchObject({ screen: { kind: 'services', resourceId: 'sheriffNonEmergency' } });
    expect(otherServices('sheriffNonEmergency')).not.toContain('sheriffNonEmergency');
    // The hotline is 0 on every screen, so it is not also 1 on this one.
    expect(otherServices('sheriffNonEmergency')).not.toContain('traffickingHotline');
    expect(otherServices('rainn')[0]).toBe('castHotline');
  });
});

describe('decideDial', () => {
  it.each(['completed', 'answered'])('when the transfer ended %s, then the caller hears goodbye', (status) => {
    expect(decideDial('cast', 'leaving', false, status)).toEqual({ kind: 'goodbye' });
  });

  it.each(['busy', 'no-answer', 'failed', 'canceled', undefined, 'something-new'])(
    'when the transfer ended %s, then the caller gets the failed-transfer choices',
    (status) => {
      expect(decideDial('cast', 'leaving', false, status)).toEqual({
        kind: 'show',
        screen: { kind: 'dialFailed', resourceId: 'cast', from: 'leaving' },
      });
    },
  );

  it('when an automatic transfer (after reprompts) fails, then the call ends rather than loop', () => {
    expect(decideDial('traffickingHotline', 'main', true, 'no-answer')).toEqual({ kind: 'end' });
  });
});

describe('withHours', () => {
  // Small test registry: RAINN as an office open Monday to Friday 9:00 to 17:00 whose 24-hour alternative is CAST's line.
  const office: Resource = {
    ...RESOURCES.rainn,
    hours: { days: [1, 2, 3, 4, 5], open: '09:00', close: '17:00' },
    afterHours: 'castHotline',
  };
  const registry: Readonly<Record<ResourceId, Resource>> = { ...RESOURCES, rainn: office };
  // Wednesday 2 December 2026: 10:00 and 22:00 in Los Angeles (UTC-8).
  const wednesdayMorning = new Date('2026-12-02T18:00:00Z');
  const wednesdayNight = new Date('2026-12-03T06:00:00Z');
  const chosen: Step = { kind: 'transfer', resourceId: 'rainn', from: 'leaving', locale: 'es-US', auto: false };

  it('when a chosen service is open, then the transfer stands', () => {
    expect(withHours(chosen, wednesdayMorning, registry)).toEqual(chosen);
  });

  it('when a chosen service is closed, then the caller is told so instead of ringing into voicemail', () => {
    expect(withHours(chosen, wednesdayNight, registry)).toEqual({
      kind: 'show',
      screen: { kind: 'closed', resourceId: 'rainn', from: 'leaving' },
      state: { locale: 'es-US', tries: 0 },
    });
  });

  it('when the caller chose to ring anyway, retries, or is put through after reprompts, then it rings whatever the hour', () => {
    for (const step of [
      { ...chosen, anyway: true },
      { ...chosen, retry: true },
      { ...chosen, auto: true },
    ] as Step[]) {
      expect(withHours(step, wednesdayNight, registry)).toEqual(step);
    }
  });

  it('when a service has no hours in the registry, then it counts as open', () => {
    const noHours = { ...registry, cyberTipline: { ...RESOURCES.cyberTipline, hours: undefined } };
    const step: Step = { ...chosen, resourceId: 'cyberTipline' } as Step;
    expect(withHours(step, wednesdayNight, noHours)).toEqual(step);
  });

  it("when a chosen service's number is unconfirmed, then it never rings: the closed screen offers its alternative, at any hour", () => {
    for (const step of [
      { ...chosen, resourceId: 'sheriffNonEmergency' },
      { ...chosen, resourceId: 'journeyOut', anyway: true },
      { ...chosen, resourceId: 'journeyOut', retry: true },
    ] as Step[]) {
      expect(withHours(step, wednesdayMorning, registry)).toMatchObject({
        kind: 'show',
        screen: { kind: 'closed', resourceId: step.kind === 'transfer' ? step.resourceId : '' },
      });
    }
  });

  it('when a service names its 24-hour alternative, then that is offered; without one, the hotline', () => {
    expect(afterHoursOf('rainn', registry)).toBe('castHotline');
    expect(afterHoursOf('rainn', { ...registry, rainn: { ...office, afterHours: undefined } })).toBe(
      'traffickingHotline',
    );
    expect(afterHoursOf('sheriffNonEmergency', registry)).toBe('traffickingHotline');
  });
});
