// `npm run call -- --keys ...` as a new user runs it: the opening plays, 1 transfers to the hotline; 9 then 1 in Spanish.

import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  RESOURCES,
  displayPhone,
  numberTwice,
  prompt,
  renderDisplay,
  resourceName,
  type Locale,
} from '../../content/index.js';
import { main, parseMove } from '../../tools/call-cli.js';
import { captureIo } from '../support/cli-io.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const VOICE: Record<Locale, string> = { 'en-US': 'Polly.Joanna-Neural', 'es-US': 'Polly.Lupe-Neural' };
/** A sentence as the tool prints it: its language and voice, then the words from content/. */
const said = (locale: Locale, key: string): string =>
  `[${locale} ${VOICE[locale]}] ${renderDisplay(prompt(locale, key))}`;
/** The transfer line for the hotline, with its name in the call's language from the registry. */
const hotlineTransfer = (locale: Locale): string =>
  `>> transfer to ${renderDisplay(resourceName(locale, 'traffickingHotline'))} ${displayPhone(RESOURCES.traffickingHotline.phone ?? '+1')}`;

/** The tool in this process, with a fresh environment (no token: the in-process server runs unsigned). */
async function call(args: string[], input = ''): Promise<{ status: number; out: string }> {
  const io = captureIo(input, { PATH: process.env.PATH, HOME: process.env.HOME });
  const status = await main(args, io);
  return { status, out: `${io.out()}${io.err()}` };
}

describe('npm run call', () => {
  it('when run as npm runs it (a process), with --keys 1, then the opening plays and the caller is transferred to 1-888-373-7888', () => {
    const r = spawnSync(process.execPath, ['--import', 'tsx', 'tools/call-cli.ts', '--keys', '1'], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { PATH: process.env.PATH, HOME: process.env.HOME },
      timeout: 60_000,
    });
    const { status, out } = { status: r.status, out: `${r.stdout}${r.stderr}` };
    expect(status).toBe(0);
    expect(out).toContain(said('en-US', 'common.emergency'));
    expect(out).toContain(said('es-US', 'ivr.languageOffer'));
    expect(out).toContain(hotlineTransfer('en-US'));
    expect(out).toContain("caller ID shown: the line's own number");
    expect(out).toContain('[call ended: hangup]');
  });

  it('when --keys 9,1, then the same happens in Spanish, in the Spanish voice', async () => {
    const { status, out } = await call(['--keys', '9,1', '--dial', 'no-answer']);
    expect(status).toBe(0);
    expect(out).toContain(said('es-US', 'common.emergency'));
    expect(out).toContain(hotlineTransfer('es-US'));
    expect(out).toContain('>> the transfer ended: no-answer');
    expect(out).toContain(renderDisplay(numberTwice('es-US', 'traffickingHotline')));
  });

  it('when a person types 1 and then Enter at the transfer, then the hotline transfer completes with a goodbye', async () => {
    const { status, out } = await call([], '1\n\n');
    expect(status).toBe(0);
    expect(out).toContain(hotlineTransfer('en-US'));
    expect(out).toContain('>> the transfer ended: completed');
    expect(out).toContain('[call ended: hangup]');
  });

  it('when --keys starts with silence (-,-,-), then both reprompts play and the third silence reaches the hotline', async () => {
    const { status, out } = await call(['--keys', '-,-,-']);
    expect(status).toBe(0);
    expect(out.match(/> caller: silence/g)).toHaveLength(3);
    expect(out).toContain(said('en-US', 'ivr.reprompt.last'));
    expect(out).toContain(hotlineTransfer('en-US'));
  });

  it('when given an unknown option, then it prints the usage and exits 2', async () => {
    const { status, out } = await call(['--kyes', '1']);
    expect(status).toBe(2);
    expect(out).toContain("Unknown option '--kyes'");
    expect(out).toContain('--keys LIST');
  });

  it('when --dial names an unknown outcome, then it says which values are allowed', async () => {
    const { status, out } = await call(['--keys', '1', '--dial', 'maybe']);
    expect(status).toBe(2);
    expect(out).toContain('completed, busy, no-answer, failed, canceled');
  });
});

describe('parseMove', () => {
  it.each([
    ['1', { kind: 'key', key: '1' }],
    ['*', { kind: 'key', key: '*' }],
    ['-', { kind: 'silence' }],
    ['', { kind: 'silence' }],
    ['say:hotline', { kind: 'speech', text: 'hotline' }],
    ['el sheriff', { kind: 'speech', text: 'el sheriff' }],
  ])('when the item is %j, then the move is %j', (item, move) => {
    expect(parseMove(item)).toEqual(move);
  });
});
