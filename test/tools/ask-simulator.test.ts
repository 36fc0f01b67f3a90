// The simulator behind npm run ask: what a person types becomes what speech recognition would give the model.

import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { prompt, resourcePurpose, topicSummary } from '../../content/index.js';
import { renderSsml } from '../../lambda/render-ssml.js';
import { buildSkill } from '../../lambda/skill.js';
import { Simulator, normalizeUtterance } from '../../tools/ask-simulator.js';
import { createLogger } from '../../infra/logger.js';
import { listen } from '../support/listen.js';

const skill = buildSkill({ verifySignature: true }, { logger: createLogger({ level: 'silent' }) });
const simulator = (locale: 'en-US' | 'es-US') =>
  new Simulator({ locale, handler: (event) => skill.invoke(event as never) });
const speech = (r: { response: { outputSpeech?: { ssml?: string } } }): string => r.response.outputSpeech?.ssml ?? '';

describe('normalizeUtterance', () => {
  it('spells digits out, in each language, and drops punctuation and hyphens', () => {
    expect(normalizeUtterance('en-US', 'What’s the number for 211? The non-emergency line.')).toBe(
      "what's the number for two one one the non emergency line",
    );
    expect(normalizeUtterance('es-US', '¿Cuál es el número del 911?')).toBe('cuál es el número del nueve uno uno');
  });
});

describe('Simulator.say', () => {
  it('when someone types digits, then the model still reaches the resource', async () => {
    const r = await simulator('en-US').say("What's the number for 211?");
    expect(speech(r)).toContain(renderSsml(resourcePurpose('en-US', 'la211')));
  });

  it('when someone opens the skill by its invocation name, then it is a launch', async () => {
    const r = await simulator('es-US').say('abre línea de ayuda comunitaria');
    expect(speech(r)).toContain(renderSsml(prompt('es-US', 'alexa.welcome')));
  });

  it('when nothing in the model is near what was said, then the request goes to FallbackIntent, and a person is offered', async () => {
    const sim = simulator('en-US');
    const r = await sim.say('what is the weather on mars');
    expect(speech(r)).toContain(renderSsml(prompt('en-US', 'alexa.personOffer')));
  });

  it('when a question is worded as no sample is, then the stand-in still finds its intent, as Alexa generalises', async () => {
    const r = await simulator('en-US').say('what is the difference between choosing sex work and being forced');
    expect(speech(r)).toContain(renderSsml(topicSummary('en-US', 'consentVsCoercion')));
  });

  it('with exact matching, a question worded as no sample is goes to FallbackIntent (virtual-alexa alone)', async () => {
    const sim = new Simulator({ locale: 'en-US', handler: (event) => skill.invoke(event as never), exact: true });
    const r = await sim.say('what is the difference between choosing sex work and being forced');
    expect(speech(r)).toContain(renderSsml(prompt('en-US', 'alexa.notUnderstood')));
  });
});

describe('loading the simulator', () => {
  it("when it has loaded virtual-alexa, then Node's http.request(url, options, callback) still works in the process", async () => {
    // virtual-alexa's own nock replaces http.request on load; ask-simulator.ts gives Node's back. Other files in
    // the same test worker (and the tools) make plain requests after it, so a leak broke them by file order.
    // Node's http module itself, as CommonJS code sees it (an ES import may hold a copy taken before the swap).
    const { request } = createRequire(import.meta.url)('node:http') as typeof import('node:http');
    const server = await listen(createServer((req, res) => res.end(req.headers['x-probe'])));
    try {
      const body = await new Promise<string>((resolve, reject) => {
        const req = request(`${server.url}/`, { headers: { 'x-probe': 'plain' } }, (res) => {
          let text = '';
          res.on('data', (c: Buffer) => (text += c.toString()));
          res.on('end', () => resolve(text));
        });
        req.on('error', reject);
        req.end();
      });
      expect(body).toBe('plain');
    } finally {
      await server.close();
    }
  });
});
