// serverless-offline runs the three functions locally from serverless.yml: a signed POST /ivr/voice gets TwiML over
// HTTP, the web function serves the page, and the alexa function answers a LaunchRequest through the Lambda invoke API.
// It runs with every optional parameter given, each checked by what the functions do (package.test.ts checks the
// defaults on the template), so no separate `osls print` repeats osls's start-up.

import type { ChildProcess } from 'node:child_process';
import { createHmac } from 'node:crypto';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '../../scripts/bench/load-process.js';
import { STAND_IN_AUTH_TOKEN, STAND_IN_SKILL_ID } from '../../scripts/deploy/bundle-env.js';
import { PROJECT_ROOT, spawnOsls, tempHome } from '../../scripts/deploy/osls.js';
import { buildWebAssets } from '../../scripts/deploy/package.js';
import { INCOMING_CALL } from '../../scripts/deploy/twilio-webhook.js';
import { requestEnvelope } from '../../tools/skill-request.js';
import { twilioWebhook } from '../support/twilio.js';
import { VOICE_ENV } from '../web/helpers.js';

const STARTUP_MS = 90_000;
const workFolder = `.esbuild/offline-test-${process.pid}`;
const home = tempHome();
let child: ChildProcess | undefined;
let output = '';
let httpUrl = '';
let lambdaUrl = '';

async function waitForHealth(): Promise<void> {
  const deadline = Date.now() + STARTUP_MS;
  while (Date.now() < deadline) {
    if (child?.exitCode !== null) throw new Error(`serverless-offline exited early:\n${output}`);
    try {
      if ((await fetch(`${httpUrl}/healthz`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`serverless-offline did not answer within ${STARTUP_MS} ms:\n${output}`);
}

/** Ends the whole process group (osls, and anything it started), then waits for it to be gone. */
async function stop(): Promise<void> {
  const running = child;
  if (!running?.pid || running.exitCode !== null) return;
  const gone = new Promise<void>((resolve) => running.once('exit', () => resolve()));
  process.kill(-running.pid, 'SIGTERM');
  const timer = setTimeout(() => running.exitCode === null && process.kill(-running.pid!, 'SIGKILL'), 5_000);
  await gone;
  clearTimeout(timer);
}

beforeAll(async () => {
  buildWebAssets('if-missing');
  const [httpPort, lambdaPort] = [await freePort(), await freePort()];
  httpUrl = `http://127.0.0.1:${httpPort}`;
  lambdaUrl = `http://127.0.0.1:${lambdaPort}`;
  child = spawnOsls(
    [
      'offline',
      'start',
      '--httpPort',
      String(httpPort),
      '--lambdaPort',
      String(lambdaPort),
      // The token from this process's environment (on AWS it comes from SSM, which needs an account).
      '--localEnvironment',
      `--param=alexaSkillId=${STAND_IN_SKILL_ID}`,
      // Locally, Twilio's signature is computed over the offline server's own URL.
      `--param=publicBaseUrl=${httpUrl}`,
      '--param=transferCallerId=caller',
      '--param=metricsSink=off',
      `--param=twilioAccountSid=${VOICE_ENV.TWILIO_ACCOUNT_SID}`,
      `--param=twilioApiKey=${VOICE_ENV.TWILIO_API_KEY}`,
      `--param=twilioTwimlAppSid=${VOICE_ENV.TWILIO_TWIML_APP_SID}`,
    ],
    {
      home: home.path,
      // The secrets from this process's environment win over their SSM parameters, as on a server of your own.
      env: {
        ESBUILD_WORK_FOLDER: workFolder,
        LOG_LEVEL: 'warn',
        TWILIO_AUTH_TOKEN: STAND_IN_AUTH_TOKEN,
        TWILIO_API_SECRET: VOICE_ENV.TWILIO_API_SECRET,
      },
    },
  );
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  await waitForHealth();
}, STARTUP_MS + 10_000);

afterAll(async () => {
  await stop();
  home.remove();
  rmSync(join(PROJECT_ROOT, workFolder), { recursive: true, force: true });
}, 15_000);

describe('serverless-offline', () => {
  it('when Twilio posts a signed call to /ivr/voice, then the ivr function answers TwiML', async () => {
    const url = `${httpUrl}/ivr/voice`;
    const { body, headers } = twilioWebhook(url, INCOMING_CALL, { token: STAND_IN_AUTH_TOKEN });
    const res = await fetch(url, { method: 'POST', headers, body });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/xml/);
    const doc = new XMLParser().parse(await res.text()) as { Response?: { Gather?: unknown } };
    expect(doc.Response?.Gather).toBeDefined();
  });

  it('when transferCallerId=caller is given and the caller presses 1, then the Dial leaves the caller ID to Twilio', async () => {
    const url = `${httpUrl}/ivr/menu/main?lang=en-US&tries=0`;
    const call = { ...INCOMING_CALL, Digits: '1', To: '+15555550100', From: '+15555550199' };
    const { body, headers } = twilioWebhook(url, call, { token: STAND_IN_AUTH_TOKEN });
    const res = await fetch(url, { method: 'POST', headers, body });
    expect(res.status).toBe(200);
    const dial = (
      new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' }).parse(await res.text()) as {
        Response?: { Dial?: { Number?: unknown; callerId?: string } };
      }
    ).Response?.Dial;
    expect(dial?.Number).toBeDefined();
    // With the default ("line") the line's own number, To, would be the caller ID.
    expect(dial).not.toHaveProperty('callerId');
  });

  it('when the signature is wrong, then 403', async () => {
    const { body, headers } = twilioWebhook(`${httpUrl}/ivr/voice`, INCOMING_CALL, { token: 'f'.repeat(32) });
    const res = await fetch(`${httpUrl}/ivr/voice`, { method: 'POST', headers, body });
    expect(res.status).toBe(403);
  });

  it('when a browser asks for the Spanish page and its stylesheet, then the web function serves them', async () => {
    const res = await fetch(`${httpUrl}/es`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    expect(await res.text()).toMatch(/^<!doctype html>\n<html lang="es-US">/);
    const css = await fetch(`${httpUrl}/assets/page.css`);
    expect(css.status).toBe(200);
    expect(css.headers.get('content-type')).toMatch(/^text\/css/);
  });

  it('when the browser call’s identifiers are given, then the page offers the call and the web function issues a token', async () => {
    expect(await (await fetch(`${httpUrl}/`)).text()).toContain('data-call-start');
    const res = await fetch(`${httpUrl}/voice-token`, { method: 'POST', headers: { origin: httpUrl } });
    expect(res.status).toBe(200);
    const { token } = (await res.json()) as { token: string };
    const [header, payload, signature] = token.split('.');
    const expected = createHmac('sha256', VOICE_ENV.TWILIO_API_SECRET).update(`${header}.${payload}`).digest();
    expect(Buffer.from(signature ?? '', 'base64url').equals(expected)).toBe(true);
  });

  it('when the alexa function is invoked with a LaunchRequest, then it answers with speech', async () => {
    const res = await fetch(`${lambdaUrl}/2015-03-31/functions/westmont-help-line-dev-alexa/invocations`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(requestEnvelope('en-US', { type: 'LaunchRequest' }, { skillId: STAND_IN_SKILL_ID })),
    });
    expect(res.status).toBe(200);
    const answer = (await res.json()) as { response?: { outputSpeech?: { type?: string; ssml?: string } } };
    expect(answer.response?.outputSpeech?.type).toBe('SSML');
    expect(answer.response?.outputSpeech?.ssml).toMatch(/^<speak>/);
  });

  it('when metricsSink=off is given, then no function wrote a CloudWatch metric line for the requests above', () => {
    expect(output).toContain('westmont-help-line-dev-ivr');
    expect(output).not.toContain('"_aws"');
  });
});
