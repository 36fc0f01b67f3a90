// Alexa settings read once from the environment, validated and frozen; a bad value fails at start naming the fix.

export interface AlexaConfig {
  /** When set, requests for any other skill are refused (ask-sdk withSkillId, and 400 on the HTTP route). */
  readonly skillId?: string;
  /** Amazon's request signature check on POST /alexa. Off only on a loopback server outside production. */
  readonly verifySignature: boolean;
}

/** What the local server needs to serve POST /alexa; the same settings as the Lambda skill. */
export type AlexaHttpConfig = AlexaConfig;

export type Env = Readonly<Record<string, string | undefined>>;

const SKILL_ID = /^amzn1\.ask\.skill\.[0-9a-f-]{36}$/;
const LOOPBACK_HOSTS = new Set(['127.0.0.1', '::1', 'localhost']);

export class AlexaConfigError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`Alexa configuration is not valid:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'AlexaConfigError';
  }
}

/** True for the addresses a loopback-only server may listen on (HOST), including the 127.0.0.0/8 range. */
export function isLoopbackHost(host: string): boolean {
  return LOOPBACK_HOSTS.has(host) || /^127(?:\.\d{1,3}){3}$/.test(host) || host === '::ffff:127.0.0.1';
}

function parseFlag(name: string, raw: string | undefined, problems: string[]): boolean {
  if (raw === undefined || raw === '' || raw === 'true') return true;
  if (raw === 'false') return false;
  problems.push(`${name}="${raw}" is not allowed: write true or false (or leave it unset for true)`);
  return true;
}

/**
 * Reads ALEXA_SKILL_ID (required when NODE_ENV=production) and ALEXA_VERIFY_SIGNATURE (true unless explicitly
 * "false", which is honoured only when HOST is a loopback address and NODE_ENV is not production).
 */
export function loadAlexaConfig(env: Env = process.env): AlexaConfig {
  const problems: string[] = [];
  const production = env.NODE_ENV === 'production';
  const skillId = env.ALEXA_SKILL_ID?.trim() || undefined;
  if (skillId === undefined && production) {
    problems.push(
      'ALEXA_SKILL_ID is required when NODE_ENV=production: set it to the skill ID from the Alexa developer console (amzn1.ask.skill.…)',
    );
  }
  if (skillId !== undefined && !SKILL_ID.test(skillId)) {
    problems.push(
      `ALEXA_SKILL_ID="${skillId}" is not a skill ID: copy it from the Alexa developer console (amzn1.ask.skill. followed by 36 characters)`,
    );
  }
  const verifySignature = parseFlag('ALEXA_VERIFY_SIGNATURE', env.ALEXA_VERIFY_SIGNATURE, problems);
  if (!verifySignature) {
    const host = env.HOST ?? '127.0.0.1';
    if (production) {
      problems.push('ALEXA_VERIFY_SIGNATURE=false is never allowed when NODE_ENV=production: remove it');
    } else if (!isLoopbackHost(host)) {
      problems.push(
        `ALEXA_VERIFY_SIGNATURE=false is allowed only on a loopback server, but HOST=${host}: set HOST=127.0.0.1 or remove ALEXA_VERIFY_SIGNATURE`,
      );
    }
  }
  if (problems.length > 0) throw new AlexaConfigError(problems);
  return Object.freeze({ ...(skillId ? { skillId } : {}), verifySignature });
}
