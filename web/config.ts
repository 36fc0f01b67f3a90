// The web page's settings, read once from the environment and validated: quick-exit address, browser call.

import { ConfigError, readWholeNumber, type ConfigProblem } from '../infra/config-error.js';
import { isLoopback } from '../infra/loopback.js';
import { isProduction } from '../infra/production.js';
import { readParameterName } from '../infra/ssm-secret.js';

/** Twilio credentials for "call from this browser"; present only when every one is set. */
export interface VoiceConfig {
  readonly accountSid: string;
  readonly apiKey: string;
  /** The API key's secret given directly (TWILIO_API_SECRET): a server of your own, serverless-offline. */
  readonly apiSecret: string | undefined;
  /**
   * The SSM SecureString that holds it (TWILIO_API_SECRET_PARAMETER), read at run time on Lambda so the secret is in
   * no template or environment; TWILIO_API_SECRET wins when both are set.
   */
  readonly apiSecretParameter: string | undefined;
  /** The TwiML app whose voice URL is /ivr/voice: the only thing a browser token lets anyone call. */
  readonly twimlAppSid: string;
  readonly tokenTtlSeconds: number;
  /** Tokens one address may fetch per window, so the route cannot be used to run up the bill. */
  readonly tokensPerWindow: number;
  readonly windowMs: number;
}

export interface WebConfig {
  /** Where quick exit sends the browser: a neutral page that says nothing about this one. */
  readonly quickExitUrl: string;
  /** Undefined when the browser call is off: the button is absent and POST /voice-token answers 404. */
  readonly voice: VoiceConfig | undefined;
}

export const DEFAULT_QUICK_EXIT_URL = 'https://weather.com/';
/** The page fetches a token just before each call, so a minute is plenty; a leaked token is soon worthless. */
export const DEFAULT_TOKEN_TTL_SECONDS = 60;
const MIN_TOKEN_TTL_SECONDS = 30;
/** Twilio accepts up to 24 hours; a token that only starts a call never needs more than a few minutes. */
export const MAX_TOKEN_TTL_SECONDS = 300;
const DEFAULT_TOKENS_PER_WINDOW = 20;
const TOKEN_WINDOW_MS = 10 * 60 * 1000;

/**
 * The variables that switch the browser call on; TWILIO_ACCOUNT_SID alone does not (other channels may use it), nor
 * TWILIO_API_SECRET_PARAMETER (serverless.yml names it whether the call is on or not).
 */
const VOICE_SWITCHES = ['TWILIO_API_KEY', 'TWILIO_API_SECRET', 'TWILIO_TWIML_APP_SID'] as const;
const TURN_OFF = 'or unset TWILIO_API_KEY, TWILIO_API_SECRET and TWILIO_TWIML_APP_SID to turn the browser call off.';

const SIDS = {
  TWILIO_ACCOUNT_SID: { prefix: 'AC', what: 'Account SID', where: 'the Twilio Console home page' },
  TWILIO_API_KEY: { prefix: 'SK', what: 'API key SID', where: 'Console > Account > API keys & tokens' },
  TWILIO_TWIML_APP_SID: { prefix: 'AP', what: 'TwiML app SID', where: 'Console > Voice > TwiML apps' },
} as const;

function readQuickExitUrl(env: NodeJS.ProcessEnv, problems: ConfigProblem[]): string {
  const raw = env.WEB_QUICK_EXIT_URL?.trim();
  if (!raw) return DEFAULT_QUICK_EXIT_URL;
  const variable = 'WEB_QUICK_EXIT_URL';
  const fix = `set it to a neutral https:// page (a weather or news site), or unset it for ${DEFAULT_QUICK_EXIT_URL}.`;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    problems.push({ variable, problem: `"${raw}" is not a URL.`, fix });
    return DEFAULT_QUICK_EXIT_URL;
  }
  // Plain http is allowed only to this machine outside production (tests, local dev): anywhere else it leaks the
  // visit to the network, and in production no visitor's machine runs the page it would open.
  const allowed =
    url.protocol === 'https:' || (url.protocol === 'http:' && isLoopback(url.hostname) && !isProduction(env));
  if (!allowed || url.username || url.password) {
    problems.push({ variable, problem: `"${raw}" must be an https:// address without credentials.`, fix });
    return DEFAULT_QUICK_EXIT_URL;
  }
  return url.href;
}

function readSid(env: NodeJS.ProcessEnv, variable: keyof typeof SIDS, problems: ConfigProblem[]): string {
  const raw = env[variable]?.trim() ?? '';
  const { prefix, what, where } = SIDS[variable];
  const fix = `copy the ${what} (${prefix} followed by 32 hexadecimal characters) from ${where}, ${TURN_OFF}`;
  if (raw === '') problems.push({ variable, problem: 'is missing, but the browser call needs it.', fix });
  else if (!new RegExp(`^${prefix}[0-9a-f]{32}$`).test(raw)) {
    problems.push({
      variable,
      problem: `does not look like a ${what} (${prefix} and 32 hexadecimal characters).`,
      fix,
    });
  }
  return raw;
}

function readVoice(env: NodeJS.ProcessEnv, problems: ConfigProblem[]): VoiceConfig | undefined {
  if (!VOICE_SWITCHES.some((name) => env[name]?.trim())) return undefined;
  const apiSecret = env.TWILIO_API_SECRET?.trim() || undefined;
  const apiSecretParameter = readParameterName(
    env,
    'TWILIO_API_SECRET_PARAMETER',
    '/westmont-help-line/prod/twilio-api-secret',
    problems,
  );
  if (apiSecret === undefined && apiSecretParameter === undefined) {
    problems.push({
      variable: 'TWILIO_API_SECRET',
      problem: 'is missing, but the browser call needs it.',
      fix: `set it (or TWILIO_API_SECRET_PARAMETER, the SSM SecureString that holds it) to the secret shown once when the API key was created (make a new key if it is lost), ${TURN_OFF}`,
    });
  }
  return Object.freeze({
    accountSid: readSid(env, 'TWILIO_ACCOUNT_SID', problems),
    apiKey: readSid(env, 'TWILIO_API_KEY', problems),
    apiSecret,
    apiSecretParameter,
    twimlAppSid: readSid(env, 'TWILIO_TWIML_APP_SID', problems),
    tokenTtlSeconds: readWholeNumber(
      env,
      'WEB_VOICE_TOKEN_TTL_SECONDS',
      { min: MIN_TOKEN_TTL_SECONDS, max: MAX_TOKEN_TTL_SECONDS, fallback: DEFAULT_TOKEN_TTL_SECONDS },
      `give ${MIN_TOKEN_TTL_SECONDS} to ${MAX_TOKEN_TTL_SECONDS} seconds, or unset it for ${DEFAULT_TOKEN_TTL_SECONDS} (one minute).`,
      problems,
    ),
    tokensPerWindow: readWholeNumber(
      env,
      'WEB_VOICE_TOKEN_LIMIT',
      { min: 1, max: 1000, fallback: DEFAULT_TOKENS_PER_WINDOW },
      `give the tokens one address may fetch in ten minutes, or unset it for ${DEFAULT_TOKENS_PER_WINDOW}.`,
      problems,
    ),
    windowMs: TOKEN_WINDOW_MS,
  });
}

/** Reads the web page's settings; throws one ConfigError naming every problem. */
export function loadWebConfig(env: NodeJS.ProcessEnv): WebConfig {
  const problems: ConfigProblem[] = [];
  const config: WebConfig = {
    quickExitUrl: readQuickExitUrl(env, problems),
    voice: readVoice(env, problems),
  };
  if (problems.length > 0) throw new ConfigError(problems);
  return Object.freeze(config);
}
