// npm run preview without espeak-ng: PATH points at an empty folder, so the helper says how to install it and exits 2.

import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { INSTALL_HINT, main } from '../../../tools/review/preview-cli.js';

function io(env: NodeJS.ProcessEnv) {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { env, out: (l: string) => void out.push(l), err: (l: string) => void err.push(l) }, out, err };
}

describe('npm run preview', () => {
  it('when espeak-ng is not on the PATH, then it says how to install it and exits 2', async () => {
    const empty = await mkdtemp(join(tmpdir(), 'no-espeak-'));
    try {
      const run = io({ PATH: empty });
      expect(await main(['--locale', 'es-US', '--screen', 'main'], run.io)).toBe(2);
      expect(run.err).toEqual([INSTALL_HINT]);
      expect(INSTALL_HINT).toContain('apt-get install espeak-ng sox');
    } finally {
      await rm(empty, { recursive: true, force: true });
    }
  });

  it('when the locale is unknown, then it names the choices and exits 2 before looking for espeak-ng', async () => {
    const run = io({ PATH: '' });
    expect(await main(['--locale', 'xx', '--all'], run.io)).toBe(2);
    expect(run.err[0]).toMatch(/^--locale "xx" is not one of en-US, es-US\./);
  });
});
