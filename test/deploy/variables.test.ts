// serverless.yml's parameters as osls resolves them (`osls print`, offline): the token's SSM default, the public URL.

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

describe('serverless.yml parameters', () => {
  it('when no twilioAuthToken is given, then the token is read from SSM, which needs AWS credentials', async () => {
    const { code, output } = await print({ alexaSkillId: STAND_IN_SKILL_ID });
    expect(code).not.toBe(0);
    expect(output).toContain('functions.ivr.environment.TWILIO_AUTH_TOKEN');
    expect(output).toContain('credentials');
  });

  it('when no alexaSkillId is given, then resolution fails naming it: the skill trigger is never left open', async () => {
    const { code, output } = await print({ twilioAuthToken: 'x' });
    expect(code).not.toBe(0);
    expect(output).toContain('functions.alexa.events.0.alexaSkill.appId');
  });

  it('when optional parameters are given, then they replace the defaults', async () => {
    const { code, output } = await print({
      twilioAuthToken: 'x',
      alexaSkillId: STAND_IN_SKILL_ID,
      publicBaseUrl: 'https://help.example.test',
      transferCallerId: 'caller',
      metricsSink: 'off',
    });
    expect(code).toBe(0);
    expect(ivrEnvironment(output)).toMatchObject({
      PUBLIC_BASE_URL: 'https://help.example.test',
      TWILIO_AUTH_TOKEN: 'x',
      TRANSFER_CALLER_ID: 'caller',
      METRICS_SINK: 'off',
    });
  });
});
