// `npm run ask` as a new user runs it: the real models, the skill in-process; main() in this process, and once as a
// real process.

import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { main } from '../../tools/ask.js';
import { captureIo } from '../support/cli-io.js';
import { renderDisplay, topicSummary } from '../../content/index.js';
import { loadConfig } from '../../app/config.js';
import { createLogger } from '../../infra/logger.js';
import { start, stop, type Running } from '../../app/local.js';

const run = promisify(execFile);
const TSX = 'node_modules/.bin/tsx';
const ASK = 'tools/ask.ts';

/** The tool in this process: resolves with its output, or rejects with its exit code and output, as a process would. */
async function ask(args: string[], input = ''): Promise<{ stdout: string; stderr: string }> {
  const io = captureIo(input, { ...process.env, LOG_LEVEL: 'silent' });
  const code = await main(args, io);
  const result = { stdout: io.out(), stderr: io.err() };
  if (code !== 0) throw Object.assign(new Error(`exit ${code}`), { code, ...result });
  return result;
}

describe('npm run ask', () => {
  it('when run as npm runs it (a process) and asked for the hotline number, then it prints 1-888-373-7888 in the speech', async () => {
    const { stdout } = await run(TSX, [ASK, 'what is the number for the human trafficking hotline'], {
      env: { ...process.env, LOG_LEVEL: 'silent' },
      timeout: 30_000,
    });
    const speech = stdout.split('\n').find((l) => l.startsWith('alexa: ')) ?? '';
    expect(speech).toContain('The number is 1-888-373-7888.');
    expect(speech.split('1-888-373-7888').length - 1).toBe(2);
    expect(stdout).toMatch(/^reprompt: \S/m);
  });

  it('when asked in Spanish with --locale es-US, then the Spanish answer has the same number', async () => {
    const { stdout } = await ask([
      '--locale',
      'es-US',
      '¿Cuál es el número de la Línea Nacional contra la Trata de Personas?',
    ]);
    const speech = stdout.split('\n').find((l) => l.startsWith('alexa: ')) ?? '';
    expect(speech).toContain('El número es 1-888-373-7888.');
  });

  it('when a question holds "tell" (which virtual-alexa alone would take for a launch), then it still gets its answer', async () => {
    const { stdout } = await ask(['how can I tell if a girl is trafficked']);
    expect(stdout).toContain(renderDisplay(topicSummary('en-US', 'signs')));
  });

  it('when run interactively, then each line is one turn of the same session, and the card shows on request and yes', async () => {
    const { stdout } = await ask(
      ['--interactive'],
      'what are the signs of trafficking\nyes\nsend the numbers to my phone\nyes\nquit\n',
    );
    expect(stdout).toContain(renderDisplay(topicSummary('en-US', 'signs')));
    expect(stdout).toMatch(/^card: \S/m);
    expect(stdout).toContain('1-888-373-7888');
  });

  it('when the locale is not supported, then it exits 2 and says which locales work', async () => {
    await expect(ask(['--locale', 'fr-FR', 'bonjour'])).rejects.toMatchObject({
      code: 2,
      stderr: expect.stringMatching(/en-US or es-US/),
    });
  });

  describe('--url (the local server instead of the skill in-process)', () => {
    let server: Running | undefined;
    afterEach(async () => {
      if (server) await stop(server);
      server = undefined;
    });

    it('when the server runs unsigned on loopback, then the answer comes through POST /alexa', async () => {
      server = await start(loadConfig({ HOST: '127.0.0.1', PORT: '0', ALEXA_VERIFY_SIGNATURE: 'false' }), {
        logger: createLogger({ level: 'silent' }),
      });
      const { stdout } = await ask(['--url', `${server.url}/alexa`, "what's the number for the hotline"]);
      expect(stdout).toContain('1-888-373-7888');
    });

    it('when the server checks signatures, then the tool exits 1 and says what to do', async () => {
      server = await start(loadConfig({ HOST: '127.0.0.1', PORT: '0' }), { logger: createLogger({ level: 'silent' }) });
      await expect(ask(['--url', `${server.url}/alexa`, 'help'])).rejects.toMatchObject({
        code: 1,
        stderr: expect.stringMatching(/400[\s\S]*ALEXA_VERIFY_SIGNATURE=false/),
      });
    });
  });
});
