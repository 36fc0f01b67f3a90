// `npm run call -- --keys ...` as a new user runs it: the opening plays, 1 transfers to the hotline; 9 then 1 in Spanish.

import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { main, parseMove } from '../../tools/call-cli.js';
import { captureIo } from '../support/cli-io.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

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
    expect(out).toMatch(/\[en-US Polly\.Joanna-Neural\] If you are in danger right now, hang up and call 911\./);
    expect(out).toMatch(/\[es-US Polly\.Lupe-Neural\] Para español, oprima nueve\./);
    expect(out).toContain('>> transfer to the National Human Trafficking Hotline 1-888-373-7888');
    expect(out).toContain("caller ID shown: the line's own number");
    expect(out).toContain('[call ended: hangup]');
  });

  it('when --keys 9,1, then the same happens in Spanish, in the Spanish voice', async () => {
    const { status, out } = await call(['--keys', '9,1', '--dial', 'no-answer']);
    expect(status).toBe(0);
    expect(out).toMatch(/\[es-US Polly\.Lupe-Neural\] Si está en peligro/);
    expect(out).toContain('>> transfer to la Línea Nacional contra la Trata de Personas 1-888-373-7888');
    expect(out).toContain('>> the transfer ended: no-answer');
    expect(out).toMatch(/\[es-US Polly\.Lupe-Neural\] El número es 1-888-373-7888\. Se lo repito: 1-888-373-7888\./);
  });

  it('when a person types 1 and then Enter at the transfer, then the hotline transfer completes with a goodbye', async () => {
    const { status, out } = await call([], '1\n\n');
    expect(status).toBe(0);
    expect(out).toContain('>> transfer to the National Human Trafficking Hotline 1-888-373-7888');
    expect(out).toContain('>> the transfer ended: completed');
    expect(out).toContain('[call ended: hangup]');
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
