// A step that throws still answers with safe TwiML (apology, hotline number, dial), and logs only the error's name.

import { describe, expect, it } from 'vitest';
import { RESOURCES } from '../../content/index.js';
import { loadIvrConfig } from '../../ivr/config.js';
import { safeTwiml } from '../../ivr/safe-route.js';
import { HOTLINE_SPOKEN, callParams, findAll, parseTwiml, spokenNumbers } from './helpers.js';
import { memoryLogger } from '../support/logger.js';

describe('safeTwiml', () => {
  const { logger, lines } = memoryLogger();
  const config = loadIvrConfig({});
  const params = callParams();

  it("when the step throws, then TwiML with an apology, the hotline number twice and a dial to it, in the call's language", () => {
    const xml = safeTwiml({ route: 'boom', config, logger }, { lang: 'es-US' }, params, () => {
      throw new Error(`broken while handling ${params.From}`);
    });
    const doc = parseTwiml(xml ?? '');
    expect(doc.children.map((c) => c.name)).toEqual(['Say', 'Dial', 'Say', 'Hangup']);
    expect(doc.children[0]?.attrs.language).toBe('es-US');
    expect(spokenNumbers(doc.children[0] as never).filter((n) => n === HOTLINE_SPOKEN)).toHaveLength(2);
    expect(findAll(doc, 'Number')[0]?.children[0]?.text).toBe(RESOURCES.traffickingHotline.phone);
  });

  it('when the step throws, then the log names the route and the error type, not its message', () => {
    const log = lines.join('\n');
    expect(log).toContain('"errorName":"Error"');
    expect(log).toContain('"route":"boom"');
    expect(log).not.toContain('broken while handling');
    expect(log).not.toContain(params.From);
  });

  it('when the step finds nothing to answer, then nothing is answered (the host answers 404)', () => {
    expect(safeTwiml({ route: 'nothing', config, logger }, {}, params, () => undefined)).toBeUndefined();
  });
});
