// The fallback TwiML: generated from content/ but loaded without it, and kept in step with the registry and words.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { RESOURCES, prompt, renderDisplay } from '../../content/index.js';
import { sayText } from '../../tools/call-simulator.js';
import { fallbackTwiml } from '../../ivr/fallback.js';
import { DEFAULT_VOICES } from '../../ivr/config.js';
import { HOTLINE_SPOKEN, parseTwiml, spokenNumbers, type TwimlNode } from './helpers.js';

describe('ivr/fallback-content.json', () => {
  it('when its run-time imports are followed, then none of them reaches content/ (it works when content fails)', () => {
    const reached = new Set<string>();
    const visit = (url: URL): void => {
      if (reached.has(url.pathname)) return;
      reached.add(url.pathname);
      if (!url.pathname.endsWith('.ts')) return;
      const source = readFileSync(url, 'utf8');
      for (const [, path] of source.matchAll(/^import (?!type )[^;]*?from '(\.[^']+)'/gm)) {
        visit(new URL((path as string).replace(/\.js$/, '.ts'), url));
      }
    };
    visit(new URL('../../ivr/fallback.ts', import.meta.url));
    expect([...reached].filter((p) => p.includes('/content/'))).toEqual([]);
    expect([...reached].some((p) => p.endsWith('/ivr/fallback-content.json'))).toBe(true);
  });
});

describe('fallbackTwiml', () => {
  it("when the line number is unknown, then it does not dial (the caller's number would show) but still gives the number", () => {
    const doc = parseTwiml(fallbackTwiml({ voices: DEFAULT_VOICES, callerId: { kind: 'unavailable' } }));
    expect(doc.children.map((c) => c.name)).toEqual(['Say', 'Say', 'Say', 'Say', 'Hangup']);
    const numbers = doc.children.flatMap((c) => (c.name === 'Say' ? spokenNumbers(c) : []));
    expect(numbers.filter((n) => n === HOTLINE_SPOKEN).length).toBeGreaterThanOrEqual(4);
  });

  it.each(['en-US', 'es-US'] as const)(
    'when the fallback speaks in %s, then the 911 notice comes first, then the hotline number, then the dial',
    (locale) => {
      const doc = parseTwiml(fallbackTwiml({ locale, voices: DEFAULT_VOICES, callerId: { kind: 'passThrough' } }));
      expect(doc.children.map((c) => c.name)).toEqual(['Say', 'Dial', 'Say', 'Hangup']);
      const first = doc.children[0] as TwimlNode;
      expect(sayText(first).startsWith(renderDisplay(prompt(locale, 'common.emergency')))).toBe(true);
      expect(spokenNumbers(first)).toEqual([RESOURCES.emergency911.dialCode, HOTLINE_SPOKEN, HOTLINE_SPOKEN]);
    },
  );

  it('when a dial is allowed, then it dials the registry hotline with answerOnBridge', () => {
    const doc = parseTwiml(
      fallbackTwiml({ locale: 'en-US', voices: DEFAULT_VOICES, callerId: { kind: 'passThrough' } }),
    );
    const dial = doc.children.find((c) => c.name === 'Dial');
    expect(dial?.attrs.answerOnBridge).toBe('true');
    expect(dial?.attrs.callerId).toBeUndefined();
    expect(dial?.children[0]?.children[0]?.text).toBe(RESOURCES.traffickingHotline.phone);
  });
});
