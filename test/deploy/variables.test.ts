// serverless.yml's parameters as osls resolves them (`osls print`, no AWS account): a missing skill ID stops
// resolution. The defaults are checked on the template package.test.ts builds, the optional parameters by what the
// functions do under serverless-offline (offline.test.ts), and the monitoring on one print in monitoring.test.ts.

import { describe, expect, it } from 'vitest';
import { runOsls } from '../../scripts/deploy/osls.js';
import { NO_AWS } from './no-aws.js';

/** osls print takes a few seconds of CPU; on a loaded shared runner it can take several times that in wall time. */
const PRINT_TIMEOUT_MS = 120_000;

describe('serverless.yml parameters', () => {
  it(
    'when no alexaSkillId is given, then resolution fails naming it: the skill trigger is never left open',
    async () => {
      const { code, output } = await runOsls(['print', '--format', 'json'], { env: NO_AWS });
      expect(code).not.toBe(0);
      expect(output).toContain('functions.alexa.events.0.alexaSkill.appId');
    },
    PRINT_TIMEOUT_MS,
  );
});
