// The phone line's settings, read once from the environment and validated: token, public URL, caller ID, voices.

import type { Locale } from '../content/index.js';
import { ConfigError, type ConfigProblem } from '../infra/config-error.js';
import { E164 } from './caller-id.js';
import type { TwilioVoice } from './voices.js';

/** Whose number the transferred-to service sees. */
export type TransferCallerId =
  | { readonly mode: 'line' } // the line's own number (the inbound call's `To`): the caller stays private
  | { readonly mode: 'caller' } // the caller's own number, so the service can call back
  | { readonly mode: 'fixed'; readonly number: string }; // an operator-chosen Twilio number

export interface IvrConfig {
  /** Twilio auth token; undefined only in local unsigned mode (loopback, not production). */
  readonly authToken: string | undefined;
  /** The public origin Twilio calls (https://example.org or with a path prefix), no trailing slash. */
  readonly publicBaseUrl: string | undefined;
  readonly transferCallerId: TransferCallerId;
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

function readPublicBaseUrl(env: NodeJS.ProcessEnv, problems: ConfigProblem[]): string | undefined {
  const raw = env.PUBLIC_BASE_URL?.trim();
  if (!raw) return undefined;
  const fix =
    'set it to the address Twilio calls, without /ivr, e.g. https://help.example.org or https://abc123.execute-api.us-east-1.amazonaws.com.';
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    problems.push({ variable: 'PUBLIC_BASE_URL', problem: `"${raw}" is not a URL.`, fix });
    return undefined;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    problems.push({ variable: 'PUBLIC_BASE_URL', problem: `"${raw}" must start with https:// (or http://).`, fix });
  } else if (url.search || url.hash || url.username || url.password) {
    problems.push({
      variable: 'PUBLIC_BASE_URL',
      problem: `"${raw}" must not hold a query, fragment or credentials.`,
      fix,
    });
  } else if (/\/ivr\/?$/.test(url.pathname)) {
    problems.push({
      variable: 'PUBLIC_BASE_URL',
      problem: `"${raw}" ends in /ivr; the routes add /ivr themselves.`,
      fix,
    });
  }
  return raw.replace(/\/+$/, '');
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

/** Reads the phone line's settings; throws one ConfigError naming every problem. */
export function loadIvrConfig(env: NodeJS.ProcessEnv): IvrConfig {
  const problems: ConfigProblem[] = [];
  const config: IvrConfig = {
    authToken: readAuthToken(env, problems),
    publicBaseUrl: readPublicBaseUrl(env, problems),
    transferCallerId: readTransferCallerId(env, problems),
    voices: Object.freeze(readVoices(env, problems)),
  };
  if (problems.length > 0) throw new ConfigError(problems);
  return Object.freeze(config);
}
