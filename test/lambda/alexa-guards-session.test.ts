// Session attributes come back from the device and could be anything: too deep or too large, they are dropped before
// the skill reads them, on Lambda and on the local server alike, and the skill answers as for a fresh session.

import { createServer } from 'node:http';
import express from 'express';
import { afterAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../infra/logger.js';
import { alexaRouter } from '../../lambda/http.js';
import { createHandler } from '../../lambda/lambda-handler.js';
import { MAX_ATTRIBUTE_CHARS, MAX_ATTRIBUTE_DEPTH, boundedSession } from '../../lambda/session-limits.js';
import { requestEnvelope } from '../../tools/skill-request.js';
import { listen, type Listening } from '../support/listen.js';

const SKILL_ID = 'amzn1.ask.skill.12345678-abcd-4ef0-9876-0123456789ab';

function nested(depth: number): unknown {
  let value: unknown = 'x';
  for (let i = 0; i < depth; i++) value = { a: value };
  return value;
}

/** A HelpIntent in an open session whose attributes (sent back by the device) may be anything. */
const helpRequest = (attributes: unknown) =>
  requestEnvelope(
    'en-US',
    { type: 'IntentRequest', intent: { name: 'AMAZON.HelpIntent', confirmationStatus: 'NONE' } },
    { first: false, skillId: SKILL_ID, attributes: attributes as Record<string, unknown> },
  );

const TOO_MUCH: [string, unknown][] = [
  ['5,000 levels deep', { junk: nested(5000) }],
  [`${MAX_ATTRIBUTE_DEPTH + 1} levels deep`, nested(MAX_ATTRIBUTE_DEPTH + 1)],
  ['larger than the size cap', { junk: 'y'.repeat(MAX_ATTRIBUTE_CHARS) }],
];

describe('boundedSession', () => {
  it.each(TOO_MUCH)('when the attributes are %s, then they are dropped', (_what, attributes) => {
    expect(boundedSession(helpRequest(attributes)).session?.attributes).toEqual({});
  });

  it('when the attributes are as the skill writes them, then the envelope is kept as it is', () => {
    const envelope = helpRequest({ last: { speech: 'Hello.' }, heard: ['traffickingHotline'], confirm: 'sendNumbers' });
    expect(boundedSession(envelope)).toBe(envelope);
    const deepest = helpRequest(nested(MAX_ATTRIBUTE_DEPTH));
    expect(boundedSession(deepest)).toBe(deepest);
  });
});

describe('the alexa Lambda handler', () => {
  const handler = createHandler({ ALEXA_SKILL_ID: SKILL_ID, LOG_LEVEL: 'silent', METRICS_SINK: 'off' });

  it.each(TOO_MUCH)(
    'when the session attributes are %s, then it answers and does not carry them on',
    async (_what, attributes) => {
      const out = await handler(helpRequest(attributes));
      expect(out.response.outputSpeech).toBeDefined();
      expect(JSON.stringify(out.sessionAttributes ?? {})).not.toContain('"junk"');
    },
  );
});

describe('POST /alexa on the local server', () => {
  let server: Listening;
  afterAll(() => server.close());

  it('when the session attributes are 5,000 levels deep, then 200 with speech', async () => {
    const app = express().use(
      alexaRouter({ verifySignature: false, skillId: SKILL_ID }, { logger: createLogger({ level: 'silent' }) }),
    );
    server = await listen(createServer(app));
    const res = await fetch(`${server.url}/alexa`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      // Written by hand: JSON.stringify itself runs out of stack on 5,000 levels in a test worker.
      body: JSON.stringify(helpRequest({ junk: 'DEEP' })).replace(
        '"DEEP"',
        `${'{"a":'.repeat(5000)}"x"${'}'.repeat(5000)}`,
      ),
    });
    expect(res.status).toBe(200);
    expect(((await res.json()) as { response: { outputSpeech?: unknown } }).response.outputSpeech).toBeDefined();
  });
});
