// A route that throws still answers 200 with safe TwiML (apology, hotline number, dial), and logs only the error's name.

import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RESOURCES } from '../../content/index.js';
import { loadIvrConfig } from '../../ivr/config.js';
import { twimlRoute } from '../../ivr/safe-route.js';
import { HOTLINE_SPOKEN, callParams, capturingLogger, findAll, parseTwiml, post, spokenNumbers } from './helpers.js';

describe('twimlRoute', () => {
  let server: Server;
  let url: string;
  const { logger, lines } = capturingLogger();

  beforeAll(async () => {
    const app = express();
    app.use(express.urlencoded({ extended: false }));
    const config = loadIvrConfig({});
    app.post(
      '/boom',
      twimlRoute({ route: 'boom', config, logger }, (req) => {
        throw new Error(`broken while handling ${String(req.body?.From)}`);
      }),
    );
    app.post(
      '/nothing',
      twimlRoute({ route: 'nothing', config, logger }, () => undefined),
    );
    server = app.listen(0, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => new Promise<void>((resolve) => server.close(() => resolve())));

  it("when the handler throws, then 200 text/xml with an apology, the hotline number twice and a dial to it, in the call's language", async () => {
    const reply = await post(`${url}/boom?lang=es-US`, callParams(), { token: null });
    expect(reply.status).toBe(200);
    expect(reply.type).toMatch(/^text\/xml/);
    const doc = parseTwiml(reply.text);
    expect(doc.children.map((c) => c.name)).toEqual(['Say', 'Dial', 'Say', 'Hangup']);
    expect(doc.children[0]?.attrs.language).toBe('es-US');
    expect(spokenNumbers(doc.children[0] as never).filter((n) => n === HOTLINE_SPOKEN)).toHaveLength(2);
    expect(findAll(doc, 'Number')[0]?.children[0]?.text).toBe(RESOURCES.traffickingHotline.phone);
  });

  it('when the handler throws, then the log names the route and the error type, not its message', () => {
    const log = lines.join('\n');
    expect(log).toContain('"errorName":"Error"');
    expect(log).toContain('"route":"boom"');
    expect(log).not.toContain('broken while handling');
    expect(log).not.toContain(callParams().From);
  });

  it('when the handler finds nothing to answer, then the request falls through (the app answers 404)', async () => {
    expect((await post(`${url}/nothing`, callParams(), { token: null })).status).toBe(404);
  });
});
