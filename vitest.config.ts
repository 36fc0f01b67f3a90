// Tests in tiers (vitest projects): `npm test` runs them all; `npx vitest run --project unit` runs one.

import { defineConfig } from 'vitest/config';

/** Tests that build the Lambda zips, start serverless-offline, drive a browser or measure load: slow by nature. */
const PACKAGING = ['test/deploy/**/*.test.ts', 'test/web/**/*.browser.test.ts', 'test/bench/**/*.test.ts'];
/** The whole phone tree and the random callers and requests, in-process. */
const WALK = ['test/ivr/walk.test.ts', 'test/fuzz/**/*.test.ts'];
/** The command-line tools through their main(), with one real process each. */
const CLI = ['test/tools/**/*.test.ts'];

export default defineConfig({
  test: {
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['test/**/*.test.ts'], exclude: [...PACKAGING, ...WALK, ...CLI] },
      },
      { extends: true, test: { name: 'walk', include: WALK } },
      { extends: true, test: { name: 'cli', include: CLI } },
      // osls packaging and serverless-offline take minutes on a busy machine.
      { extends: true, test: { name: 'packaging', include: PACKAGING, testTimeout: 120_000, hookTimeout: 300_000 } },
    ],
  },
});
