// On AWS Lambda (METRICS_SINK=emf, its default there) counts leave as CloudWatch embedded metric lines on stdout:
// from the express app the ivr function runs, and from the Alexa entry.

import { createServer } from 'node:http';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createApp } from '../../app/app.js';
import { loadConfig } from '../../app/config.js';
import { callParams, post, silentLogger } from '../ivr/helpers.js';
import { requestEnvelope } from '../../tools/skill-request.js';
import { TOKEN } from '../support/twilio.js';
import { listen } from '../support/listen.js';
import { stdoutDuring } from '../support/stdout.js';

/** Every line written to stdout while `run` runs, parsed when it is JSON. */
async function jsonDuring(run: () => Promise<void>): Promise<Record<string, unknown>[]> {
  return (await stdoutDuring(run))
    .filter((l) => l.startsWith('{'))
    .map((l) => JSON.parse(l) as Record<string, unknown>);
}

const emfOf = (lines: Record<string, unknown>[], name: string) =>
  lines.filter((l) => JSON.stringify(l._aws ?? '').includes(`"Name":"${name}"`));

afterEach(() => {
  vi.unstubAllEnvs();
  vi.resetModules();
});

describe('METRICS_SINK=emf', () => {
  it('when a call comes in to the app, then one CallsStarted line in embedded metric format, and no GET /metrics', async () => {
    const config = loadConfig({ HOST: '127.0.0.1', PORT: '0', TWILIO_AUTH_TOKEN: TOKEN, METRICS_SINK: 'emf' });
    const app = createApp(config, { logger: silentLogger() });
    const server = await listen(createServer(app));
    const { url } = server;
    let metricsStatus = 0;
    const lines = await jsonDuring(async () => {
      expect((await post(`${url}/ivr/voice?lang=es-US`, callParams())).status).toBe(200);
      metricsStatus = (await fetch(`${url}/metrics`)).status;
    });
    await server.close();
    const calls = emfOf(lines, 'CallsStarted');
    expect(calls).toHaveLength(1);
    expect(calls[0]).toMatchObject({ locale: 'es-US', CallsStarted: 1 });
    expect(JSON.stringify(lines)).not.toContain(callParams().From);
    expect(metricsStatus).toBe(404);
  });

  it('when the Alexa entry (lambda/index.ts) answers, then one AlexaRequests line by intent and locale', async () => {
    vi.stubEnv('LOG_LEVEL', 'silent');
    vi.stubEnv('METRICS_SINK', 'emf');
    const { handler } = await import('../../lambda/index.js');
    const lines = await jsonDuring(async () => {
      await handler(
        requestEnvelope('es-US', {
          type: 'IntentRequest',
          intent: { name: 'EmergencyIntent', confirmationStatus: 'NONE' },
        }),
      );
    });
    const requests = emfOf(lines, 'AlexaRequests');
    expect(requests).toHaveLength(1);
    expect(requests[0]).toMatchObject({
      request: 'IntentRequest',
      intent: 'EmergencyIntent',
      locale: 'es-US',
      AlexaRequests: 1,
    });
    expect(JSON.stringify(lines)).not.toContain('amzn1.ask.account');
  });
});
