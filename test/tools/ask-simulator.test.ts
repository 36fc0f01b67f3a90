// The simulator behind npm run ask: what a person types becomes what speech recognition would give the model.

import { describe, expect, it } from 'vitest';
import { prompt, resourcePurpose } from '../../content/index.js';
import { renderSsml } from '../../lambda/render-ssml.js';
import { buildSkill } from '../../lambda/skill.js';
import { Simulator, normalizeUtterance } from '../../tools/ask-simulator.js';
import { createLogger } from '../../infra/logger.js';

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

  it('when nothing in the model matches, then the request goes to FallbackIntent, as on a device', async () => {
    const r = await simulator('en-US').say('what is the weather on mars');
    expect(speech(r)).toContain(renderSsml(prompt('en-US', 'alexa.fallback')));
  });
});
