// /ivr/fallback with the content module unavailable: the real route and signature check, in a child process where
// importing anything from content/ fails. Twilio's fallback URL must still give the hotline number and dial it.

import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOCALES } from '../../content/index.js';
import { callParams, post } from '../ivr/helpers.js';
import { TOKEN } from '../support/twilio.js';
import { expectFallbackAnswer } from './expect-fallback.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const fixture = (name: string): string => fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url));

describe('POST /ivr/fallback in a process where content/ cannot be imported', () => {
  let child: ChildProcess;
  let url = '';
  let contentBlocked = false;
  let stderr = '';

  beforeAll(async () => {
    child = spawn(
      process.execPath,
      ['--import', 'tsx', '--import', fixture('block-content.mjs'), fixture('fallback-server.ts')],
      { cwd: ROOT, env: { PATH: process.env.PATH ?? '', TWILIO_AUTH_TOKEN: TOKEN }, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    child.stderr?.on('data', (d: Buffer) => (stderr += d.toString()));
    const first = await new Promise<string>((resolve, reject) => {
      let out = '';
      child.stdout?.on('data', (d: Buffer) => {
        out += d.toString();
        if (out.includes('\n')) resolve(out.split('\n')[0] as string);
      });
      child.once('exit', (code) => reject(new Error(`the fallback server exited with ${code}:\n${stderr}`)));
    });
    const started = JSON.parse(first) as { port: number; contentBlocked: boolean };
    url = `http://127.0.0.1:${started.port}/ivr/fallback`;
    contentBlocked = started.contentBlocked;
  });
  afterAll(() => {
    child?.kill('SIGTERM');
  });

  it('when the process tried to import content/, then it could not (so the test means something)', () => {
    expect(contentBlocked).toBe(true);
  });

  it.each(LOCALES)(
    'when Twilio asks in %s, then the hotline number twice and a dial to it, in that language',
    async (locale) => {
      expectFallbackAnswer(await post(`${url}?lang=${locale}`, callParams()), locale);
    },
  );

  it('when no language is known, then both languages, English first', async () => {
    const doc = expectFallbackAnswer(await post(url, callParams()));
    expect(doc.children.filter((c) => c.name === 'Say').map((s) => s.attrs.language)).toEqual([...LOCALES, ...LOCALES]);
  });

  it('when the request is not signed, then 403: the fallback keeps its signature check', async () => {
    expect((await post(url, callParams(), { token: null })).status).toBe(403);
  });
});
