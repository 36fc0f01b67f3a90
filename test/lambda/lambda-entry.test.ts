// lambda/index.ts as AWS Lambda loads it: config read at cold start, then the handler answers Alexa's events.

import { afterEach, describe, expect, it, vi } from 'vitest';
import { prompt } from '../../content/index.js';
import { renderSsml } from '../../lambda/render-ssml.js';
import { requestEnvelope } from '../../tools/skill-request.js';

const SKILL_ID = 'amzn1.ask.skill.12345678-abcd-4ef0-9876-0123456789ab';

const event = (skillId: string) =>
  requestEnvelope(
    'en-US',
    { type: 'IntentRequest', intent: { name: 'EmergencyIntent', confirmationStatus: 'NONE' } },
    { skillId },
  );

async function loadEntry(env: Record<string, string>) {
  vi.resetModules();
  for (const [k, v] of Object.entries({ LOG_LEVEL: 'silent', ...env })) vi.stubEnv(k, v);
  return import('../../lambda/index.js');
}

afterEach(() => {
  vi.unstubAllEnvs();
});

describe('lambda/index.ts', () => {
  it('when configured with a skill ID, then the handler answers that skill, 911 first', async () => {
    const { handler } = await loadEntry({ NODE_ENV: 'production', ALEXA_SKILL_ID: SKILL_ID });
    const out = await handler(event(SKILL_ID));
    expect(out.response.outputSpeech).toMatchObject({
      ssml: expect.stringMatching(new RegExp(`^<speak>${escape(renderSsml(prompt('en-US', 'alexa.emergency')))}`)),
    });
  });

  it('when a request is for another skill, then the handler refuses it', async () => {
    const { handler } = await loadEntry({ NODE_ENV: 'production', ALEXA_SKILL_ID: SKILL_ID });
    await expect(handler(event('amzn1.ask.skill.other'))).rejects.toThrow();
  });

  it('when NODE_ENV=production and ALEXA_SKILL_ID is missing, then the cold start fails naming the variable', async () => {
    await expect(loadEntry({ NODE_ENV: 'production', ALEXA_SKILL_ID: '' })).rejects.toThrow(/ALEXA_SKILL_ID/);
  });
});

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
