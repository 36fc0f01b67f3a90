// The phone line's settings, read once from the environment and validated: token, public URL, caller ID, voices.

import type { Locale } from '../content/index.js';
import { ConfigError, readWholeNumber, type ConfigProblem } from '../infra/config-error.js';
import { checkOffProblems, type CheckOff, type Where } from '../infra/local-only.js';
import { basePathOf, readPublicBaseUrl } from '../infra/public-url.js';
import { readParameterName } from '../infra/ssm-secret.js';
import { E164, type TransferCallerId } from './caller-id.js';
import type { TwilioVoice } from './voices.js';

export interface IvrConfig {
  /** Twilio auth token given directly (TWILIO_AUTH_TOKEN), e.g. on a server of your own. */
  readonly authToken: string | undefined;
  /**
   * The SSM SecureString that holds the token (TWILIO_AUTH_TOKEN_PARAMETER), read at run time on Lambda so the
   * token is in no template or environment; TWILIO_AUTH_TOKEN wins when both are set (serverless-offline).
   * With neither set: local unsigned mode (loopback, not production).
   */
  readonly authTokenParameter: string | undefined;
  /** The public origin Twilio calls (https://example.org or with a path prefix), no trailing slash. */
  readonly publicBaseUrl: string | undefined;
  /** PUBLIC_BASE_URL's path ('' or e.g. /prod), stripped from request paths so the routes match behind it. */
  readonly basePath: string;
  readonly transferCallerId: TransferCallerId;
  /** Calls one browser identity (one /voice-token token) may start; more hear the hotline number and goodbye. */
  readonly browserCallsPerIdentity: number;
  readonly voices: Readonly<Record<Locale, TwilioVoice>>;
}

export const DEFAULT_VOICES: Readonly<Record<Locale, TwilioVoice>> = {
  'en-US': 'Polly.Joanna-Neural',
  'es-US': 'Polly.Lupe-Neural',
};

const VOICE_ENV: Readonly<Record<Locale, string>> = { 'en-US': 'IVR_VOICE_EN_US', 'es-US': 'IVR_VOICE_ES_US' };
const VOICE = /^(Polly\.[\p{L}]+(-Neural|-Generative)?|Google\.[a-z]{2,3}-[A-Z]{2}-[A-Za-z0-9-]+|man|woman|alice)$/u;

function readAuthToken(env: NodeJS.ProcessEnv, problems: ConfigProblem[]): string | undefined {
  const raw = env.TWILIO_AUTH_TOKEN;
  if (raw === undefined) return undefined;
  const token = raw.trim();
  const variable = 'TWILIO_AUTH_TOKEN';
  if (token === '') {
    problems.push({
      variable,
      problem: 'is set but empty, which would silently switch off signature checks.',
      fix: 'set it to the auth token from the Twilio Console, or unset it entirely for local unsigned testing.',
    });
  } else if (/^AC[0-9a-f]{32}$/i.test(token)) {
    problems.push({
      variable,
      problem: 'holds an Account SID (it starts with AC), not the auth token.',
      fix: 'copy the "Auth Token" from the Twilio Console, not the "Account SID".',
    });
  } else if (!/^[0-9a-f]{32}$/i.test(token)) {
    problems.push({
      variable,
      problem: 'does not look like a Twilio auth token (32 hexadecimal characters).',
      fix: 'copy the "Auth Token" from the Twilio Console exactly, without quotes or spaces.',
    });
  }
  return token;
}

function readTransferCallerId(env: NodeJS.ProcessEnv, problems: ConfigProblem[]): TransferCallerId {
  const raw = env.TRANSFER_CALLER_ID?.trim();
  if (!raw || raw === 'line') return { mode: 'line' };
  if (raw === 'caller') return { mode: 'caller' };
  if (E164.test(raw)) return { mode: 'fixed', number: raw };
  problems.push({
    variable: 'TRANSFER_CALLER_ID',
    problem: `"${raw}" is not one of line, caller, or a number in E.164 form.`,
    fix: 'leave it unset (the line\'s own number is shown: the caller stays private), set "caller" to pass the caller\'s number on, or give one of your Twilio numbers as +1XXXXXXXXXX.',
  });
  return { mode: 'line' };
}

const DEFAULT_BROWSER_CALLS_PER_IDENTITY = 3;

function readBrowserCallsPerIdentity(env: NodeJS.ProcessEnv, problems: ConfigProblem[]): number {
  const range = { min: 1, max: 100, fallback: DEFAULT_BROWSER_CALLS_PER_IDENTITY };
  const fix = `give the calls one browser token may start, or unset it for ${DEFAULT_BROWSER_CALLS_PER_IDENTITY}.`;
  return readWholeNumber(env, 'WEB_VOICE_CALLS_PER_IDENTITY', range, fix, problems);
}

function readVoices(env: NodeJS.ProcessEnv, problems: ConfigProblem[]): Record<Locale, TwilioVoice> {
  const voices = { ...DEFAULT_VOICES };
  for (const locale of Object.keys(VOICE_ENV) as Locale[]) {
    const variable = VOICE_ENV[locale];
    const raw = env[variable]?.trim();
    if (!raw) continue;
    if (VOICE.test(raw)) voices[locale] = raw as TwilioVoice;
    else
      problems.push({
        variable,
        problem: `"${raw}" is not a Twilio <Say> voice name.`,
        fix: `use a name such as ${DEFAULT_VOICES[locale]} (Amazon Polly) or Google.${locale}-Standard-A, or unset it for the default.`,
      });
  }
  return voices;
}

/** Whether /ivr/* requests must carry Twilio's signature: a token is given directly or through SSM. */
export const checksSignatures = (config: IvrConfig): boolean =>
  config.authToken !== undefined || config.authTokenParameter !== undefined;

/** The phone line without a token: unsigned webhooks, allowed only where infra/local-only.ts says. */
export const UNSIGNED_PHONE_LINE: CheckOff = {
  variable: 'TWILIO_AUTH_TOKEN',
  state: 'is not set',
  risk: 'every phone request must be signed by Twilio, or anyone could drive the phone line',
  fix: 'set TWILIO_AUTH_TOKEN to the auth token from the Twilio Console (or TWILIO_AUTH_TOKEN_PARAMETER to the SSM parameter that holds it)',
};

/** The phone line's settings that depend on where it runs: signatures off only on loopback, a public URL in production. */
export function phoneLineProblems(ivr: IvrConfig, where: Where): ConfigProblem[] {
  const problems = checksSignatures(ivr) ? [] : checkOffProblems(UNSIGNED_PHONE_LINE, where);
  if (where.production && ivr.publicBaseUrl === undefined) {
    // Behind TLS termination the server sees http://<internal host>: without the public URL every real webhook
    // fails its signature check, and a request signed for another Host would be accepted.
    problems.push({
      variable: 'PUBLIC_BASE_URL',
      problem:
        'is not set, and this is a production environment (NODE_ENV=production or AWS Lambda): Twilio signatures would be checked against the Host header, which a client chooses.',
      fix: 'set it to the https address Twilio calls, without /ivr (on AWS, serverless.yml sets it to the HTTP API URL unless --param="publicBaseUrl=..." is given).',
    });
  }
  return problems;
}

/** Reads the phone line's settings; throws one ConfigError naming every problem. */
export function loadIvrConfig(env: NodeJS.ProcessEnv): IvrConfig {
  const problems: ConfigProblem[] = [];
  const publicBaseUrl = readPublicBaseUrl(env, problems);
  const config: IvrConfig = {
    authToken: readAuthToken(env, problems),
    authTokenParameter: readParameterName(
      env,
      'TWILIO_AUTH_TOKEN_PARAMETER',
      '/westmont-help-line/prod/twilio-auth-token',
      problems,
    ),
    publicBaseUrl,
    basePath: basePathOf(publicBaseUrl),
    transferCallerId: readTransferCallerId(env, problems),
    browserCallsPerIdentity: readBrowserCallsPerIdentity(env, problems),
    voices: Object.freeze(readVoices(env, problems)),
  };
  if (problems.length > 0) throw new ConfigError(problems);
  return Object.freeze(config);
}
