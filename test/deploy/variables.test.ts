// serverless.yml's parameters as osls resolves them (`osls print`, offline): the token's SSM name, the public URL.

import { describe, expect, it } from 'vitest';
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

/** The ivr function's environment as Lambda would get it: the provider's, then the function's own. */
function ivrEnvironment(output: string): Record<string, unknown> {
  const config = JSON.parse(output.slice(output.indexOf('{'))) as {
    provider: { environment: Record<string, unknown> };
    functions: { ivr: { environment: Record<string, unknown> } };
  };
  return { ...config.provider.environment, ...config.functions.ivr.environment };
}

/** osls print takes about 7 s of CPU; on a loaded shared runner it can take several times that in wall time. */
const PRINT_TIMEOUT_MS = 120_000;

describe('serverless.yml parameters', () => {
  it(
    'when only alexaSkillId is given, then print works with no AWS account and shows no token, only its SSM name',
    async () => {
      const { code, output } = await print({ alexaSkillId: STAND_IN_SKILL_ID });
      expect(code).toBe(0);
      const env = ivrEnvironment(output);
      expect(env).toMatchObject({ TWILIO_AUTH_TOKEN_PARAMETER: '/westmont-help-line/dev/twilio-auth-token' });
      expect(env).not.toHaveProperty('TWILIO_AUTH_TOKEN');
    },
    PRINT_TIMEOUT_MS,
  );

  it(
    'when no alexaSkillId is given, then resolution fails naming it: the skill trigger is never left open',
    async () => {
      const { code, output } = await print({});
      expect(code).not.toBe(0);
      expect(output).toContain('functions.alexa.events.0.alexaSkill.appId');
    },
    PRINT_TIMEOUT_MS,
  );

  it(
    'when optional parameters are given, then they replace the defaults',
    async () => {
      const { code, output } = await print({
        alexaSkillId: STAND_IN_SKILL_ID,
        publicBaseUrl: 'https://help.example.test',
        transferCallerId: 'caller',
        metricsSink: 'off',
      });
      expect(code).toBe(0);
      expect(ivrEnvironment(output)).toMatchObject({
        PUBLIC_BASE_URL: 'https://help.example.test',
        TRANSFER_CALLER_ID: 'caller',
        METRICS_SINK: 'off',
      });
    },
    PRINT_TIMEOUT_MS,
  );
});
