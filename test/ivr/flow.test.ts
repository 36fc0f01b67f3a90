// The call flow as a pure function: reprompts, the hotline after two of them, emergencies, global keys, dial outcomes.

import { describe, expect, it } from 'vitest';
import { GLOBAL_KEYS, MENUS } from '../../content/index.js';
import { MAX_REPROMPTS, decide, decideDial, otherServices, type Screen } from '../../ivr/flow.js';

const main: Screen = { kind: 'menu', menuId: 'main' };
const risks: Screen = { kind: 'menu', menuId: 'risks' };
const en = { locale: 'en-US', tries: 0 } as const;

describe('decide', () => {
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
    const { step } = decide(main, { locale: 'en-US', tries: 2 }, { kind: 'key', key: '5' });
    expect(step).toEqual({
      kind: 'show',
      screen: { kind: 'menu', menuId: 'info' },
      state: { locale: 'en-US', tries: 0 },
    });
  });

  it('when the caller says "emergency", then the 911 instruction comes at once on the same screen', () => {
    const { step, category } = decide(
      risks,
      { locale: 'en-US', tries: 1 },
      { kind: 'speech', match: { kind: 'emergency' } },
    );
    expect(category).toBe('emergency');
    expect(step).toEqual({ kind: 'show', screen: risks, state: { locale: 'en-US', tries: 0 }, preface: 'emergency' });
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
    const topic: Screen = { kind: 'topic', topicId: 'signs', from: 'report', more: true };
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

  it('when 1 is pressed after a topic summary, then the details follow; after the details 1 is not a choice', () => {
    const summary: Screen = { kind: 'topic', topicId: 'whatToDo', from: 'report', more: false };
    expect(decide(summary, en, { kind: 'key', key: '1' }).step).toMatchObject({ screen: { ...summary, more: true } });
    expect(decide({ ...summary, more: true }, en, { kind: 'key', key: '1' }).category).toBe('invalid');
  });

  it('when "another service" is chosen after a failed transfer, then the list leaves out the one that failed', () => {
    const failed: Screen = { kind: 'dialFailed', resourceId: 'sheriffNonEmergency', from: 'main' };
    const { step } = decide(failed, en, { kind: 'key', key: '3' });
    expect(step).toMatchObject({ screen: { kind: 'services', resourceId: 'sheriffNonEmergency' } });
    expect(otherServices('sheriffNonEmergency')).not.toContain('sheriffNonEmergency');
    expect(otherServices('sheriffNonEmergency')[0]).toBe('traffickingHotline');
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
