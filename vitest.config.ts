// Tests in tiers (vitest projects): `npm test` runs them all; `npx vitest run --project unit` runs one.

import { defineConfig } from 'vitest/config';

/** Tests that build the Lambda zips, start serverless-offline, drive a browser or measure load: slow by nature. */
const PACKAGING = ['test/deploy/**/*.test.ts', 'test/web/**/*.browser.test.ts', 'test/bench/**/*.test.ts'];
/** The whole phone tree and the random callers and requests, in-process. */
const WALK = ['test/ivr/walk.test.ts', 'test/fuzz/**/*.test.ts'];
/** The command-line tools through their main(), with one real process each. */
const CLI = ['test/tools/**/*.test.ts'];

/**
 * The in-process tiers share one module graph per worker instead of importing express, ask-sdk, twilio and the
 * content afresh for every file (that import was most of their time). Safe because no test keeps global state:
 * servers listen on port 0, config is passed in, and the few env stubs are undone after each test.
 */
const SHARED = { isolate: false, unstubEnvs: true } as const;

export default defineConfig({
  test: {
    testTimeout: 30_000,
    // The AWS SDK warns on Node 20 that its releases after January 2027 need Node 22. The functions run on Node 22
    // (serverless.yml) and the README says which Node to use, so a test run on Node 20 does not repeat it.
    env: { AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true' },
    hookTimeout: 60_000,
    pool: 'forks',
    // vitest's default on 2 cores is one worker; the browser and process tests mostly wait, so two overlap well.
    maxWorkers: 2,
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['test/**/*.test.ts'], exclude: [...PACKAGING, ...WALK, ...CLI], ...SHARED },
      },
      { extends: true, test: { name: 'walk', include: WALK, ...SHARED } },
      { extends: true, test: { name: 'cli', include: CLI, ...SHARED } },
      // osls packaging and serverless-offline take minutes on a busy machine.
      { extends: true, test: { name: 'packaging', include: PACKAGING, testTimeout: 120_000, hookTimeout: 300_000 } },
    ],
  },
});
