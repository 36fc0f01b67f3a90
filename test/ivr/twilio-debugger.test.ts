// Twilio's Debugger webhook on the real local server: signed like every /ivr request, counted by level and code in
// GET /metrics, logged by level and code only; nothing else of the event (a caller's number in the payload) is kept.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Running } from '../../app/local.js';
import { DEBUGGER_PATH, debuggerEventLabels } from '../../ivr/twilio-debugger.js';
import { post, startLine, stopLine } from './helpers.js';
import { OTHER_TOKEN } from '../support/twilio.js';
import { memoryLogger } from '../support/logger.js';

/** A caller's number and the request Twilio made, as they may appear in a real event's payload. */
const CALLER = '+13105550142';

/** The form Twilio's Debugger posts (its documented parameters), with an error code and a payload around it. */
function debuggerEvent(level: string, code: unknown): Record<string, string> {
  return {
    AccountSid: 'AC00000000000000000000000000000000',
    Sid: 'NO00000000000000000000000000000000',
    Timestamp: '2026-12-07T10:00:00Z',
    Level: level,
    PayloadType: 'application/json',
    Payload: JSON.stringify({
      resource_sid: 'CA00000000000000000000000000000000',
      error_code: code,
      more_info: { msg: `An attempt to retrieve content from the URL returned 502 for a call from ${CALLER}` },
      webhook: { request: { parameters: { From: CALLER, SpeechResult: 'my name is Maria' } } },
    }),
  };
}

describe('debuggerEventLabels', () => {
  it.each([
    ['Error', '11200', { level: 'error', code: '11200' }],
    ['Warning', 13224, { level: 'warning', code: '13224' }],
    ['ERROR', '99999', { level: 'error', code: 'other' }],
    ['Notice', CALLER, { level: 'other', code: 'other' }],
  ])('when Level is %s and error_code %j, then %j', (level, code, expected) => {
    expect(debuggerEventLabels(debuggerEvent(level, code))).toEqual(expected);
  });

  it('when the payload is not JSON, or has no code, or there is none, then the code is "other"', () => {
    expect(debuggerEventLabels({ Level: 'Error', Payload: '{not json' })).toEqual({ level: 'error', code: 'other' });
    expect(debuggerEventLabels({ Level: 'Error', Payload: 'null' })).toEqual({ level: 'error', code: 'other' });
    expect(debuggerEventLabels({ Level: 'Error' })).toEqual({ level: 'error', code: 'other' });
  });
});

describe(`POST ${DEBUGGER_PATH}`, () => {
  let line: Running;
  const { logger, lines } = memoryLogger();
  let url: string;
  let metrics: string;

  beforeAll(async () => {
    line = await startLine({}, logger);
    url = `${line.url}${DEBUGGER_PATH}`;
    const replies = [
      await post(url, debuggerEvent('Error', '11200')),
      await post(url, debuggerEvent('Error', '11200')),
      await post(url, debuggerEvent('Warning', '13224')),
      await post(url, debuggerEvent('Error', '55555')),
    ];
    expect(replies.map((r) => r.status)).toEqual([204, 204, 204, 204]);
    metrics = await (await fetch(`${line.metrics?.url}/metrics`)).text();
  });
  afterAll(async () => stopLine(line));

  it('when Twilio posts signed events, then each is counted by level and code, unknown codes as "other"', () => {
    expect(metrics).toContain('helpline_twilio_debugger_events_total{level="error",code="11200"} 2');
    expect(metrics).toContain('helpline_twilio_debugger_events_total{level="warning",code="13224"} 1');
    expect(metrics).toContain('helpline_twilio_debugger_events_total{level="error",code="other"} 1');
  });

  it('when events were counted, then the log has their level and code and nothing else of them', () => {
    const logged = lines.filter((l) => l.includes('twilio.debugger'));
    expect(logged).toHaveLength(4);
    expect(JSON.parse(logged[0] as string)).toMatchObject({ event: 'twilio.debugger', level: 'error', code: '11200' });
    const everything = `${lines.join('\n')}\n${metrics}`;
    for (const kept of [CALLER, '3105550142', 'Maria', 'CA0000000', 'NO0000000', 'AC0000000', 'retrieve']) {
      expect(everything).not.toContain(kept);
    }
  });

  it('when the signature is missing or made with another token, then 403 and the refusal is counted', async () => {
    expect((await post(url, debuggerEvent('Error', '11200'), { token: null })).status).toBe(403);
    expect((await post(url, debuggerEvent('Error', '11200'), { token: OTHER_TOKEN })).status).toBe(403);
    const after = await (await fetch(`${line.metrics?.url}/metrics`)).text();
    expect(after).toContain('helpline_signatures_refused_total{channel="ivr",reason="missing"} 1');
    expect(after).toContain('helpline_signatures_refused_total{channel="ivr",reason="invalid"} 1');
    expect(after).toContain('helpline_twilio_debugger_events_total{level="error",code="11200"} 2');
  });

  it('when the body is not a form, or too large, then 400 or 413 and nothing is counted', async () => {
    const json = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(debuggerEvent('Error', '11200')),
    });
    expect(json.status).toBe(400);
    const large = await post(url, { ...debuggerEvent('Error', '11200'), Payload: 'x'.repeat(70_000) });
    expect(large.status).toBe(413);
    const after = await (await fetch(`${line.metrics?.url}/metrics`)).text();
    expect(after).toContain('helpline_twilio_debugger_events_total{level="error",code="11200"} 2');
  });

  it('when something else than a POST asks, then it is refused as any unsigned /ivr request is, and not counted', async () => {
    expect((await fetch(url)).status).toBe(403);
    const after = await (await fetch(`${line.metrics?.url}/metrics`)).text();
    expect(after).toContain('helpline_signatures_refused_total{channel="ivr",reason="missing"} 2');
  });
});
