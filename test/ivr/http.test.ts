// The phone routes over real HTTP on port 0, with real Twilio signatures: who gets in, and what TwiML comes back.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RESOURCES } from '../../content/index.js';
import { SIMULATED_LINE } from '../../tools/call-simulator.js';
import type { Running } from '../../app/local.js';
import {
  HOTLINE_SPOKEN,
  callParams,
  findAll,
  parseTwiml,
  post,
  spokenNumbers,
  startLine,
  stopLine,
} from './helpers.js';
import { OTHER_TOKEN, twilioWebhook } from '../support/twilio.js';

import { memoryLogger } from '../support/logger.js';
describe('with TWILIO_AUTH_TOKEN set', () => {
  let line: Running;
  const { logger, lines } = memoryLogger();
  beforeAll(async () => {
    line = await startLine({}, logger);
  });
  afterAll(async () => stopLine(line));

  it('when a webhook is signed correctly, then it gets 200 text/xml TwiML that opens with a Gather', async () => {
    const reply = await post(`${line.url}/ivr/voice`, callParams());
    expect(reply.status).toBe(200);
    expect(reply.type).toMatch(/^text\/xml/);
    const doc = parseTwiml(reply.text);
    expect(doc.children[0]?.name).toBe('Gather');
  });

  it('when the signature is missing, then 403 and nothing is logged as a call step', async () => {
    const before = lines.length;
    const reply = await post(`${line.url}/ivr/voice`, callParams(), { token: null });
    expect(reply.status).toBe(403);
    expect(reply.text).not.toContain('<Response');
    expect(lines.slice(before).filter((l) => l.includes('ivr step'))).toEqual([]);
  });

  it('when the signature was made with another token (forged), then 403', async () => {
    expect((await post(`${line.url}/ivr/voice`, callParams(), { token: OTHER_TOKEN })).status).toBe(403);
  });

  it('when a parameter was changed after signing (tampered), then 403', async () => {
    const url = `${line.url}/ivr/menu/main?lang=en-US&tries=0`;
    const signed = { ...callParams(), Digits: '5' };
    const reply = await post(url, { ...signed, Digits: '1' }, { signParams: signed });
    expect(reply.status).toBe(403);
  });

  it('when the signature covers another URL (path or query), then 403', async () => {
    const params = { ...callParams(), Digits: '1' };
    const url = `${line.url}/ivr/menu/main?lang=en-US&tries=0`;
    expect((await post(url, params, { signUrl: `${line.url}/ivr/menu/info?lang=en-US&tries=0` })).status).toBe(403);
    expect((await post(url, params, { signUrl: `${line.url}/ivr/menu/main?lang=es-US&tries=0` })).status).toBe(403);
  });

  it('when a garbage signature header is sent, then 403', async () => {
    const reply = await post(`${line.url}/ivr/voice`, callParams(), {
      token: null,
      headers: { 'x-twilio-signature': 'abc' },
    });
    expect(reply.status).toBe(403);
  });

  it('when a signed request names a screen that does not exist, then 404', async () => {
    expect((await post(`${line.url}/ivr/menu/nowhere?lang=en-US`, callParams())).status).toBe(404);
    expect((await post(`${line.url}/ivr/nothing/here`, callParams())).status).toBe(404);
    expect((await post(`${line.url}/ivr/dial/emergency911?lang=en-US`, callParams())).status).toBe(404);
  });

  it.each(['99', '-1', '1.5', 'abc', ''])(
    'when a topic URL carries the part "%s", then the caller is taken as on the summary: a clean answer, never an error',
    async (part) => {
      const url = `${line.url}/ivr/topic/signs?lang=en-US&tries=0&from=report&part=${part}`;
      const silent = await post(url, callParams());
      expect(silent.status).toBe(200);
      expect(findAll(parseTwiml(silent.text), 'Redirect')[0]?.children[0]?.text).toBe(
        '/ivr/topic/signs?lang=en-US&tries=1&from=report',
      );
      const more = await post(url, { ...callParams(), Digits: '1' });
      expect(findAll(parseTwiml(more.text), 'Gather')[0]?.attrs.action).toBe(
        '/ivr/topic/signs?lang=en-US&tries=0&from=report&part=1',
      );
    },
  );

  it('when a caller on a closed screen whose alternative is the hotline presses 0 or 2, then the hotline or the closed service rings', async () => {
    const url = `${line.url}/ivr/closed/rainn?lang=es-US&tries=0&from=leaving`;
    const alternative = findAll(parseTwiml((await post(url, { ...callParams(), Digits: '0' })).text), 'Number');
    expect(alternative[0]?.children[0]?.text).toBe(RESOURCES.traffickingHotline.phone);
    expect(findAll(parseTwiml((await post(url, { ...callParams(), Digits: '1' })).text), 'Number')).toEqual([]);
    const anyway = findAll(parseTwiml((await post(url, { ...callParams(), Digits: '2' })).text), 'Number');
    expect(anyway[0]?.children[0]?.text).toBe(RESOURCES.rainn.phone);
  });

  it('when a caller on the screen of an unconfirmed number presses 1 or 2, then only the alternative rings, never that number', async () => {
    const url = `${line.url}/ivr/closed/journeyOut?lang=es-US&tries=0&from=leaving`;
    const alternative = findAll(parseTwiml((await post(url, { ...callParams(), Digits: '1' })).text), 'Number');
    expect(alternative[0]?.children[0]?.text).toBe(RESOURCES.castHotline.phone);
    const two = await post(url, { ...callParams(), Digits: '2' });
    expect(findAll(parseTwiml(two.text), 'Number')).toEqual([]);
    expect(two.text).not.toContain(RESOURCES.journeyOut.phone);
  });

  it('when a signed request names a closed screen for a service that cannot be dialled, or dials back an unconfirmed one, then 404', async () => {
    expect((await post(`${line.url}/ivr/closed/crisis988?lang=en-US`, callParams())).status).toBe(404);
    const dialBack = { ...callParams(), DialCallStatus: 'completed' };
    expect((await post(`${line.url}/ivr/dial/journeyOut?lang=en-US&from=leaving`, dialBack)).status).toBe(404);
  });

  it('when the body is not form-encoded, then 400 before the signature check (even correctly signed)', async () => {
    const url = `${line.url}/ivr/menu/main?lang=en-US&tries=0`;
    const res = await fetch(url, {
      method: 'POST',
      headers: { ...twilioWebhook(url).headers, 'content-type': 'application/json' },
      body: JSON.stringify({ Digits: '1' }),
    });
    expect(res.status).toBe(400);
    expect(await res.text()).toMatch(/x-www-form-urlencoded/);
  });

  it("when a transfer is chosen, then the Dial shows the line's own number, not the caller's", async () => {
    const reply = await post(`${line.url}/ivr/menu/main?lang=en-US&tries=0`, { ...callParams(), Digits: '1' });
    const dial = findAll(parseTwiml(reply.text), 'Dial')[0];
    expect(dial?.attrs).toMatchObject({ answerOnBridge: 'true', timeout: '30', callerId: SIMULATED_LINE });
    expect(dial?.attrs.action).toBe('/ivr/dial/traffickingHotline?lang=en-US&from=main');
    expect(findAll(dial as never, 'Number')[0]?.children[0]?.text).toBe(RESOURCES.traffickingHotline.phone);
  });

  it("when the line's own number is not in the request, then no dial is made (the caller's number would show) and the number is read twice", async () => {
    const params = callParams();
    delete params.To;
    delete params.Called;
    const reply = await post(`${line.url}/ivr/menu/main?lang=en-US&tries=0`, { ...params, Digits: '1' });
    const doc = parseTwiml(reply.text);
    expect(findAll(doc, 'Dial')).toEqual([]);
    expect(
      findAll(doc, 'Say')
        .flatMap(spokenNumbers)
        .filter((n) => n === HOTLINE_SPOKEN),
    ).toHaveLength(2);
  });

  it('when a browser caller (From=client:…) sends a To of its choosing, then no Dial shows it as the caller ID', async () => {
    const browser = { ...callParams(), From: 'client:0123456789abcdef0123456789abcdef', To: '+15557654321' };
    const reply = await post(`${line.url}/ivr/menu/main?lang=en-US&tries=0`, {
      ...browser,
      Called: '+15557654321',
      Digits: '1',
    });
    const doc = parseTwiml(reply.text);
    expect(reply.text).not.toContain('5557654321');
    // The line's own number is unknown on a browser call: no dial (the hotline number is read instead).
    expect(findAll(doc, 'Dial')).toEqual([]);
    const fallback = await post(`${line.url}/ivr/fallback`, browser);
    expect(fallback.text).not.toContain('5557654321');
  });

  it('when Twilio calls the fallback URL, then it hears the hotline number in both languages and a dial to it', async () => {
    const reply = await post(`${line.url}/ivr/fallback`, callParams());
    expect(reply.status).toBe(200);
    expect(reply.type).toMatch(/^text\/xml/);
    const doc = parseTwiml(reply.text);
    const names = doc.children.map((c) => c.name);
    expect(names).toEqual(['Say', 'Say', 'Dial', 'Say', 'Say', 'Hangup']);
    expect(doc.children.slice(0, 2).map((s) => s.attrs.language)).toEqual(['en-US', 'es-US']);
    expect(findAll(doc, 'Number')[0]?.children[0]?.text).toBe(RESOURCES.traffickingHotline.phone);
    expect(doc.children[2]?.attrs.callerId).toBe(SIMULATED_LINE);
  });

  it('when the fallback URL is called unsigned, then 403 like every /ivr route', async () => {
    expect((await post(`${line.url}/ivr/fallback`, callParams(), { token: null })).status).toBe(403);
  });
});

describe('with PUBLIC_BASE_URL set (behind a proxy or API Gateway)', () => {
  let line: Running;
  const PUBLIC = 'https://help.example.org/prod';
  beforeAll(async () => {
    line = await startLine({ PUBLIC_BASE_URL: `${PUBLIC}/` });
  });
  afterAll(async () => stopLine(line));

  it('when the signature covers the public URL, then it is accepted and action URLs are absolute public URLs', async () => {
    const reply = await post(`${line.url}/ivr/voice`, callParams(), { signUrl: `${PUBLIC}/ivr/voice` });
    expect(reply.status).toBe(200);
    expect(findAll(parseTwiml(reply.text), 'Gather')[0]?.attrs.action).toBe(
      `${PUBLIC}/ivr/menu/main?lang=en-US&tries=0`,
    );
  });

  it('when the signature covers the local URL instead, then 403', async () => {
    expect((await post(`${line.url}/ivr/voice`, callParams())).status).toBe(403);
  });
});

describe('with TRANSFER_CALLER_ID set to a number of the line', () => {
  let line: Running;
  const FIXED = '+15550001111';
  beforeAll(async () => {
    line = await startLine({ TRANSFER_CALLER_ID: FIXED });
  });
  afterAll(async () => stopLine(line));

  it('when a browser caller chooses a transfer, then the Dial shows the configured number, never its To', async () => {
    const browser = { ...callParams(), From: 'client:0123456789abcdef0123456789abcdef', To: '+15557654321' };
    const reply = await post(`${line.url}/ivr/menu/main?lang=en-US&tries=0`, { ...browser, Digits: '1' });
    expect(findAll(parseTwiml(reply.text), 'Dial')[0]?.attrs.callerId).toBe(FIXED);
  });
});

describe('with TRANSFER_CALLER_ID=caller', () => {
  let line: Running;
  beforeAll(async () => {
    line = await startLine({ TRANSFER_CALLER_ID: 'caller' });
  });
  afterAll(async () => stopLine(line));

  it("when a transfer is made, then callerId is left unset so Twilio passes the caller's number on", async () => {
    const reply = await post(`${line.url}/ivr/menu/main?lang=en-US&tries=0`, { ...callParams(), Digits: '1' });
    const dial = findAll(parseTwiml(reply.text), 'Dial')[0];
    expect(dial?.attrs.callerId).toBeUndefined();
    expect(findAll(dial as never, 'Number')[0]?.children[0]?.text).toBe(RESOURCES.traffickingHotline.phone);
  });
});

describe('unsigned local mode (no TWILIO_AUTH_TOKEN, loopback)', () => {
  let line: Running;
  beforeAll(async () => {
    line = await startLine({ TWILIO_AUTH_TOKEN: undefined });
  });
  afterAll(async () => stopLine(line));

  it('when a request comes straight from this machine, then it is served without a signature', async () => {
    expect((await post(`${line.url}/ivr/voice`, callParams(), { token: null })).status).toBe(200);
  });

  it('when the request was forwarded by a proxy or tunnel, then 403', async () => {
    const reply = await post(`${line.url}/ivr/voice`, callParams(), {
      token: null,
      headers: { 'x-forwarded-for': '203.0.113.9' },
    });
    expect(reply.status).toBe(403);
  });
});

describe('the language of a new call', () => {
  let line: Running;
  beforeAll(async () => {
    line = await startLine();
  });
  afterAll(async () => stopLine(line));

  it.each([
    ['/ivr/voice?lang=es-US', {}],
    ['/ivr/voice', { lang: 'es-US' }],
  ])(
    'when %s is called with %j (a Spanish number, or the browser call), then the opening is in Spanish',
    async (path, extra) => {
      const reply = await post(`${line.url}${path}`, { ...callParams(), ...extra });
      expect(findAll(parseTwiml(reply.text), 'Gather')[0]?.attrs.language).toBe('es-US');
    },
  );

  it('when the language is unknown, then the call starts in English', async () => {
    const reply = await post(`${line.url}/ivr/voice?lang=xx-XX`, callParams());
    expect(findAll(parseTwiml(reply.text), 'Gather')[0]?.attrs.language).toBe('en-US');
  });
});
