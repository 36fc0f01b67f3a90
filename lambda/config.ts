// Alexa settings read once from the environment, validated and frozen; a bad value fails at start naming the fix.

import { ConfigError, readFlag, type ConfigProblem } from '../infra/config-error.js';
import { checkOffProblems, type CheckOff } from '../infra/local-only.js';
import { isProduction } from '../infra/production.js';

export interface AlexaConfig {
  /** When set, requests for any other skill are refused (ask-sdk withSkillId, and 400 on the HTTP route). */
  readonly skillId?: string;
  /** Amazon's request signature check on POST /alexa. Off only on a loopback server outside production. */
  readonly verifySignature: boolean;
}

/** What the local server needs to serve POST /alexa: the same settings as the Lambda skill. */
export type AlexaHttpConfig = AlexaConfig;

export type Env = Readonly<Record<string, string | undefined>>;

/** The skill without Amazon's signature check: allowed only where infra/local-only.ts says. */
export const UNSIGNED_SKILL: CheckOff = {
  variable: 'ALEXA_VERIFY_SIGNATURE',
  state: 'is false',
  risk: 'anyone could send the skill forged requests',
  fix: 'remove ALEXA_VERIFY_SIGNATURE',
};

/** An Alexa skill ID as the developer console shows it. */
export const SKILL_ID = /^amzn1\.ask\.skill\.[0-9a-f-]{36}$/;

/**
 * Reads ALEXA_SKILL_ID (required in production: infra/production.ts) and ALEXA_VERIFY_SIGNATURE (on unless it is
 * "false", which is honoured only when HOST is a loopback address outside production). Throws one ConfigError
 * naming every problem.
 */
export function loadAlexaConfig(env: Env = process.env): AlexaConfig {
  const problems: ConfigProblem[] = [];
  const production = isProduction(env);
  const skillId = env.ALEXA_SKILL_ID?.trim() || undefined;
  if (skillId === undefined && production) {
    problems.push({
      variable: 'ALEXA_SKILL_ID',
      problem:
        'is not set, and this is a production environment (NODE_ENV=production or AWS Lambda): the skill would answer requests meant for any skill.',
      fix: 'set it to the skill ID from the Alexa developer console (amzn1.ask.skill.…).',
    });
  }
  if (skillId !== undefined && !SKILL_ID.test(skillId)) {
    problems.push({
      variable: 'ALEXA_SKILL_ID',
      problem: `"${skillId}" is not an Alexa skill ID.`,
      fix: 'copy it from the Alexa developer console: amzn1.ask.skill. followed by 36 characters.',
    });
  }
  const verifySignature = readFlag(
    env,
    'ALEXA_VERIFY_SIGNATURE',
    true,
    'leave it unset (checks on), or set ALEXA_VERIFY_SIGNATURE=false on a loopback server to try the skill locally.',
    problems,
  );
  if (!verifySignature)
    problems.push(...checkOffProblems(UNSIGNED_SKILL, { host: env.HOST?.trim() || '127.0.0.1', production }));
  if (problems.length > 0) throw new ConfigError(problems);
  return Object.freeze({ ...(skillId ? { skillId } : {}), verifySignature });
}
