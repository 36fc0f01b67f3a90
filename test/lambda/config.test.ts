// loadAlexaConfig: the skill ID rule, and the signature switch that only a loopback, non-production server honours.

import { describe, expect, it } from 'vitest';
import { loadAlexaConfig } from '../../lambda/config.js';
import { ConfigError, loadConfig } from '../../app/config.js';

const SKILL_ID = 'amzn1.ask.skill.12345678-abcd-4ef0-9876-0123456789ab';

function problemsOf(run: () => unknown): string[] {
  try {
    run();
  } catch (error) {
    if (error instanceof ConfigError) return error.problems.map((p) => `${p.variable}: ${p.problem} ${p.fix}`);
    throw error;
  }
  return [];
}

describe('loadAlexaConfig', () => {
  it('when nothing is set outside production, then signature checks are on and no skill ID is required', () => {
    expect(loadAlexaConfig({})).toEqual({ verifySignature: true });
  });

  it('when ALEXA_SKILL_ID is set, then it is kept', () => {
    expect(loadAlexaConfig({ ALEXA_SKILL_ID: ` ${SKILL_ID} `, NODE_ENV: 'production' })).toEqual({
      skillId: SKILL_ID,
      verifySignature: true,
    });
  });

  it('when NODE_ENV=production and ALEXA_SKILL_ID is missing, then it fails naming the variable and the fix', () => {
    const problems = problemsOf(() => loadAlexaConfig({ NODE_ENV: 'production' }));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^ALEXA_SKILL_ID: .*production.*developer console/);
  });

  it('when ALEXA_SKILL_ID is not a skill ID, then it fails saying what one looks like', () => {
    expect(problemsOf(() => loadAlexaConfig({ ALEXA_SKILL_ID: 'my-skill' }))[0]).toMatch(
      /^ALEXA_SKILL_ID: "my-skill" .*amzn1\.ask\.skill\./,
    );
  });

  it('when ALEXA_VERIFY_SIGNATURE=false on a loopback host, then signature checks are off', () => {
    expect(loadAlexaConfig({ ALEXA_VERIFY_SIGNATURE: 'false', HOST: '127.0.0.1' }).verifySignature).toBe(false);
    expect(loadAlexaConfig({ ALEXA_VERIFY_SIGNATURE: 'false' }).verifySignature).toBe(false);
  });

  it('when ALEXA_VERIFY_SIGNATURE=false on a host others can reach, then it fails and says to use 127.0.0.1', () => {
    const problems = problemsOf(() => loadAlexaConfig({ ALEXA_VERIFY_SIGNATURE: 'false', HOST: '0.0.0.0' }));
    expect(problems).toEqual([expect.stringMatching(/^ALEXA_VERIFY_SIGNATURE: .*HOST=0\.0\.0\.0.*HOST=127\.0\.0\.1/)]);
  });

  it('when ALEXA_VERIFY_SIGNATURE=false in production, then it fails even on loopback', () => {
    const problems = problemsOf(() =>
      loadAlexaConfig({
        ALEXA_VERIFY_SIGNATURE: 'false',
        HOST: '127.0.0.1',
        NODE_ENV: 'production',
        ALEXA_SKILL_ID: SKILL_ID,
      }),
    );
    expect(problems).toEqual([expect.stringMatching(/^ALEXA_VERIFY_SIGNATURE: .*production.*remove/)]);
  });

  it('when ALEXA_VERIFY_SIGNATURE is neither true nor false, then it fails; every problem is named at once', () => {
    const problems = problemsOf(() => loadAlexaConfig({ ALEXA_VERIFY_SIGNATURE: 'no', NODE_ENV: 'production' }));
    expect(problems.map((p) => p.split(':')[0])).toEqual(['ALEXA_SKILL_ID', 'ALEXA_VERIFY_SIGNATURE']);
  });

  it('when the whole server loads its config, then the Alexa problems are among those it reports', () => {
    const problems = problemsOf(() => loadConfig({ HOST: '0.0.0.0', ALEXA_VERIFY_SIGNATURE: 'false' }));
    expect(problems.some((p) => p.startsWith('ALEXA_VERIFY_SIGNATURE:'))).toBe(true);
  });

  it('returns a frozen object', () => {
    expect(Object.isFrozen(loadAlexaConfig({}))).toBe(true);
  });
});
