// npm start's entry: start()/stop() on port 0, and the refusal to run unsigned anywhere but loopback.

import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../app/config.js';
import { main, start, stop } from '../../app/local.js';
import { main as callCli } from '../../tools/call-cli.js';
import { silentLogger } from '../ivr/helpers.js';
import { TOKEN } from '../support/twilio.js';
import { captureIo } from '../support/cli-io.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** Runs `tsx app/local.ts` as npm start does; resolves with its exit code and output once it exits. */
function runLocal(env: NodeJS.ProcessEnv): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'app/local.ts'], {
      cwd: ROOT,
      env: { PATH: process.env.PATH, HOME: process.env.HOME, ...env },
    });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    const timer = setTimeout(() => child.kill('SIGTERM'), 20_000);
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, output });
    });
  });
}

describe('start and stop', () => {
  it('when started on port 0, then it listens on loopback at a real port and stops cleanly', async () => {
    const running = await start(loadConfig({ HOST: '127.0.0.1', PORT: '0', TWILIO_AUTH_TOKEN: TOKEN }), {
      logger: silentLogger(),
    });
    expect(running.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect((await fetch(`${running.url}/healthz`)).status).toBe(200);
    await stop(running);
    await expect(fetch(`${running.url}/healthz`)).rejects.toThrow();
  });

  it('when unsigned and asked to bind a non-loopback address, then start() refuses', async () => {
    const config = { ...loadConfig({ HOST: '127.0.0.1', PORT: '0' }), host: '0.0.0.0' };
    await expect(start(config, { logger: silentLogger() })).rejects.toThrow(/TWILIO_AUTH_TOKEN/);
  });

  it('when Alexa signatures are off and it is asked to bind a non-loopback address, then start() refuses too', async () => {
    const env = { HOST: '127.0.0.1', PORT: '0', TWILIO_AUTH_TOKEN: TOKEN, ALEXA_VERIFY_SIGNATURE: 'false' };
    const config = { ...loadConfig(env), host: '0.0.0.0' };
    await expect(start(config, { logger: silentLogger() })).rejects.toThrow(
      /ALEXA_VERIFY_SIGNATURE: is false while HOST=0\.0\.0\.0 lets other machines reach the server/,
    );
  });
});

// One real process (the exit code and the output as npm start gives them); the other cases through main().
describe('npm start (app/local.ts)', () => {
  it('when signed, then the command it prints says to give the call the same token, and never prints the token', async () => {
    const io = captureIo();
    const running = await main(
      { HOST: '127.0.0.1', PORT: '0', METRICS_SINK: 'off', TWILIO_AUTH_TOKEN: TOKEN },
      io.console,
    );
    if (typeof running === 'number') throw new Error(`main() refused to start:\n${io.err()}`);
    try {
      expect(io.out()).toContain(
        `call it:          TWILIO_AUTH_TOKEN=<this server's token> npm run call -- --url ${running.url}`,
      );
      expect(io.out()).not.toContain(TOKEN);
    } finally {
      await stop(running);
    }
  });

  it('when unsigned with HOST=0.0.0.0, then it exits 1 with a message naming the variable and the fix', async () => {
    const { code, output } = await runLocal({ HOST: '0.0.0.0', PORT: '0' });
    expect(code).toBe(1);
    expect(output).toContain('TWILIO_AUTH_TOKEN');
    expect(output).toContain('Fix:');
    expect(output).not.toContain('listening');
  });

  it('when unsigned with NODE_ENV=production, then it exits 1 even on loopback', async () => {
    const io = captureIo();
    expect(await main({ HOST: '127.0.0.1', PORT: '0', NODE_ENV: 'production' }, io.console)).toBe(1);
    expect(io.err()).toMatch(/TWILIO_AUTH_TOKEN: is not set, and this is a production environment/);
    expect(io.out()).not.toContain('listening');
  });

  it('when unsigned on loopback, then it listens, says where, and warns that requests are not checked', async () => {
    const io = captureIo();
    const running = await main({ HOST: '127.0.0.1', PORT: '0', METRICS_SINK: 'off' }, io.console);
    if (typeof running === 'number') throw new Error(`main() refused to start:\n${io.err()}`);
    try {
      expect(io.out()).toContain(`Westmont help line listening on ${running.url}`);
      expect(io.err()).toContain('WARNING: TWILIO_AUTH_TOKEN is not set');
      expect((await fetch(`${running.url}/healthz`)).status).toBe(200);
      // The command it prints calls this server, not one of its own.
      const command = /call it: +npm run call -- (--url \S+)/.exec(io.out());
      expect(command?.[1]).toBe(`--url ${running.url}`);
      const call = captureIo('', {});
      expect(await callCli(['--url', running.url, '--keys', '1'], call), call.err()).toBe(0);
      expect(call.out()).toContain(`Calling ${running.url}/ivr/voice`);
    } finally {
      await stop(running);
    }
  });
});
