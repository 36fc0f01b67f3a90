// serverless.yml's parameters as osls resolves them (`osls print`, no AWS account): a missing skill ID stops
// resolution, and optional parameters reach the functions that use them. (The defaults are checked on the
// template package.test.ts builds, so no print repeats them.)

import { describe, expect, it } from 'vitest';
import { ICONV_STAND_IN } from '../../scripts/bench/workarounds.js';
import { STAND_IN_SKILL_ID } from '../../scripts/deploy/bundle-env.js';
import { runOsls } from '../../scripts/deploy/osls.js';

const NO_AWS = {
  AWS_ACCESS_KEY_ID: '',
  AWS_SECRET_ACCESS_KEY: '',
  AWS_SESSION_TOKEN: '',
  AWS_PROFILE: '',
  AWS_SHARED_CREDENTIALS_FILE: '/nonexistent/credentials',
  AWS_CONFIG_FILE: '/nonexistent/config',
};

async function print(params: Record<string, string>): Promise<{ code: number | null; output: string }> {
  const args = Object.entries(params).map(([k, v]) => `--param=${k}=${v}`);
  return runOsls(['print', '--format', 'json', ...args], { env: NO_AWS });
}

interface Printed {
  provider: { environment: Record<string, unknown> };
  functions: Record<string, { environment?: Record<string, unknown> }>;
  custom: { esbuild: { alias?: Record<string, string> } };
}

const parsed = (output: string): Printed => JSON.parse(output.slice(output.indexOf('{'))) as Printed;

/** A function's environment as Lambda would get it: the provider's, then the function's own. */
const environment = (config: Printed, name: string): Record<string, unknown> => ({
  ...config.provider.environment,
  ...config.functions[name]?.environment,
});

/** osls print takes a few seconds of CPU; on a loaded shared runner it can take several times that in wall time. */
const PRINT_TIMEOUT_MS = 120_000;

describe('serverless.yml parameters', () => {
  // Both prints at once: each is mostly one process waiting on its own start-up.
  it.concurrent(
    'when no alexaSkillId is given, then resolution fails naming it: the skill trigger is never left open',
    async () => {
      const { code, output } = await print({});
      expect(code).not.toBe(0);
      expect(output).toContain('functions.alexa.events.0.alexaSkill.appId');
    },
    PRINT_TIMEOUT_MS,
  );

  it.concurrent(
    'when optional parameters are given, then they replace the defaults in the functions that use them',
    async () => {
      const { code, output } = await print({
        alexaSkillId: STAND_IN_SKILL_ID,
        publicBaseUrl: 'https://help.example.test',
        transferCallerId: 'caller',
        metricsSink: 'off',
      });
      expect(code).toBe(0);
      const config = parsed(output);
      expect(environment(config, 'ivr')).toMatchObject({
        PUBLIC_BASE_URL: 'https://help.example.test',
        TRANSFER_CALLER_ID: 'caller',
        METRICS_SINK: 'off',
        TWILIO_AUTH_TOKEN_PARAMETER: '/westmont-help-line/dev/twilio-auth-token',
      });
      expect(environment(config, 'alexa')).toMatchObject({ ALEXA_SKILL_ID: STAND_IN_SKILL_ID, METRICS_SINK: 'off' });
      expect(environment(config, 'web')).toEqual({
        NODE_ENV: 'production',
        LOG_LEVEL: 'info',
        PUBLIC_BASE_URL: 'https://help.example.test',
      });
      // The bench measures the stand-in serverless.yml really uses.
      expect(config.custom.esbuild.alias).toEqual(ICONV_STAND_IN);
    },
    PRINT_TIMEOUT_MS,
  );
});
