// Amazon's Utterance Profiler (SMAPI profileNlu) with a Login with Amazon token: one utterance at a time, waiting
// when Amazon throttles, stopping with a message that names the setting to fix when it refuses.

import { isLoopback } from '../../infra/loopback.js';

const SMAPI_URL = 'https://api.amazonalexa.com';
const LWA_URL = 'https://api.amazon.com';

/** The environment variables the credentials come from (their values are never printed). */
export const CREDENTIAL_VARIABLES = {
  accessToken: 'ALEXA_LWA_ACCESS_TOKEN',
  refreshToken: 'ALEXA_LWA_REFRESH_TOKEN',
  clientId: 'ALEXA_LWA_CLIENT_ID',
  clientSecret: 'ALEXA_LWA_CLIENT_SECRET',
} as const;
const V = CREDENTIAL_VARIABLES;

/** An access token as it is (it lasts an hour), or what renews one: a refresh token and its security profile. */
export type Credentials =
  | { readonly accessToken: string }
  | { readonly refreshToken: string; readonly clientId: string; readonly clientSecret: string };

// ---- what the profiler answers (SMAPI's v1.skill.evaluations model) ----

interface ProfiledSlot {
  readonly name?: string;
  readonly value?: string;
  readonly confirmationStatus?: string;
  readonly resolutions?: {
    readonly resolutionsPerAuthority?: readonly {
      readonly authority?: string;
      readonly status?: { readonly code?: string };
      /** SMAPI's model gives { name, id }; a skill request wraps each as { value: { name, id } }. Both are read. */
      readonly values?: readonly (
        | { readonly name?: string; readonly id?: string }
        | { readonly value: { readonly name?: string; readonly id?: string } }
      )[];
    }[];
  };
}
export interface ProfiledIntent {
  readonly name?: string;
  readonly confirmationStatus?: string;
  readonly slots?: Readonly<Record<string, ProfiledSlot>>;
}
export interface ProfileNluResponse {
  /** True when the utterance ends the skill's session (Alexa's own exit or home intents): the skill hears nothing. */
  readonly sessionEnded?: boolean;
  readonly selectedIntent?: ProfiledIntent;
  readonly consideredIntents?: readonly ProfiledIntent[];
  /** Only for intents with a dialog model that is not complete; this skill has none. */
  readonly multiTurn?: {
    readonly dialogAct?: { readonly type?: string; readonly targetSlot?: string };
    readonly token?: string;
    readonly prompt?: string;
  };
}

/** Amazon refused or failed: the message says what to fix; nothing more will succeed in this run. */
export class ProfilerError extends Error {
  override readonly name = 'ProfilerError';
}

export interface ProfilerOptions {
  readonly skillId: string;
  /** development before certification, live once published. */
  readonly stage: string;
  readonly locale: string;
  readonly credentials: Credentials;
  /** A local stand-in of Amazon's APIs (SMAPI and LWA at one loopback address), for tests and local use only. */
  readonly apiBase?: string;
  /** Told before each pause, so a person watching knows why nothing happens. */
  readonly onWait?: (seconds: number, why: string) => void;
  /** Attempts per request when throttled, unreachable or failing on Amazon's side (default 6). */
  readonly tries?: number;
}

/** The longest pause the tool accepts from Retry-After; beyond it, stopping says more than waiting. */
const MAX_WAIT_SECONDS = 300;
const REQUEST_TIMEOUT_MS = 30_000;

/** Retry-After as seconds: delay-seconds or an HTTP date (RFC 9110); undefined when absent or unreadable. */
export function retryAfterSeconds(header: string | null, now = Date.now()): number | undefined {
  if (header === null) return undefined;
  const value = header.trim();
  if (/^\d+$/.test(value)) return Number(value);
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, Math.ceil((date - now) / 1000));
}

/** The stand-in address, refused unless it is this machine: a token must never be sent anywhere but Amazon. */
export function checkApiBase(url: string): string | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return `${url} is not a URL.`;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return `${url} is not an http(s) URL.`;
  if (!isLoopback(parsed.hostname)) {
    return `${url} is not on this machine: the option is only for a local stand-in of Amazon's APIs, so that a token is never sent anywhere else.`;
  }
  return undefined;
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** A short reason from an error body: SMAPI's `message`, LWA's `error` and `error_description`. */
async function reasonOf(response: Response): Promise<string> {
  const text = await response.text().catch(() => '');
  try {
    const body = JSON.parse(text) as { message?: unknown; error?: unknown; error_description?: unknown };
    const parts = [body.error, body.error_description, body.message].filter((p) => typeof p === 'string');
    return parts.join(': ').slice(0, 300);
  } catch {
    return '';
  }
}

export class Profiler {
  private readonly smapi: string;
  private readonly lwa: string;
  private readonly tries: number;
  private accessToken: string | undefined;

  constructor(private readonly options: ProfilerOptions) {
    const base = options.apiBase?.replace(/\/+$/, '');
    if (base !== undefined) {
      const problem = checkApiBase(base);
      if (problem) throw new ProfilerError(problem);
    }
    this.smapi = base ?? SMAPI_URL;
    this.lwa = base ?? LWA_URL;
    this.tries = options.tries ?? 6;
    if ('accessToken' in options.credentials) this.accessToken = options.credentials.accessToken;
  }

  /** How Alexa's NLU understands one utterance against the skill's saved interaction model. */
  async profile(utterance: string): Promise<ProfileNluResponse> {
    const { skillId, stage, locale } = this.options;
    const path = ['v1', 'skills', skillId, 'stages', stage, 'interactionModel', 'locales', locale, 'profileNlu'];
    const url = `${this.smapi}/${path.map(encodeURIComponent).join('/')}`;
    let renewed = false;
    for (;;) {
      const token = await this.token();
      const response = await this.send(url, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', accept: 'application/json' },
        body: JSON.stringify({ utterance }),
      });
      if (response.ok) return (await response.json()) as ProfileNluResponse;
      if (response.status === 401 && !renewed && !('accessToken' in this.options.credentials)) {
        // A token renewed from the refresh token can still expire during a long run: renew it once.
        await response.body?.cancel();
        this.accessToken = undefined;
        renewed = true;
        continue;
      }
      throw this.refused(response.status, await reasonOf(response));
    }
  }

  private refused(status: number, reason: string): ProfilerError {
    const { skillId, stage, locale } = this.options;
    const said = `HTTP ${status}${reason ? `: ${reason}` : ''}`;
    const source = 'accessToken' in this.options.credentials ? V.accessToken : `the token made from ${V.refreshToken}`;
    if (status === 401) {
      return new ProfilerError(
        `Amazon refused ${source} (${said}). An access token lasts one hour: set a fresh ${V.accessToken}, or set ` +
          `${V.refreshToken}, ${V.clientId} and ${V.clientSecret} so the tool renews it (docs/deploy.md).`,
      );
    }
    if (status === 403) {
      return new ProfilerError(
        `Amazon did not allow this (${said}). The Amazon developer account behind ${source} must own or manage skill ` +
          `${skillId}, and the token must carry the skill-management scopes (ask util generate-lwa-tokens gives them).`,
      );
    }
    if (status === 400) {
      return new ProfilerError(
        `Amazon rejected the request (${said}). Check --stage (development or live) and --locale, and that the ` +
          `${locale} model of skill ${skillId} was saved and built.`,
      );
    }
    if (status === 404) {
      return new ProfilerError(
        `Amazon found no interaction model to profile for skill ${skillId}, stage ${stage}, locale ${locale} ` +
          `(${said}). Check --skill-id (the skill ID in the developer console), --stage (development before ` +
          `certification, live once published) and --locale, and that the ${locale} model was saved and built.`,
      );
    }
    if (status === 409) {
      return new ProfilerError(
        `Amazon is busy with another request for this skill, such as a model build (${said}). Run again when it ends.`,
      );
    }
    return new ProfilerError(`Amazon's Utterance Profiler failed (${said}). Run again later.`);
  }

  private async token(): Promise<string> {
    if (this.accessToken !== undefined) return this.accessToken;
    const credentials = this.options.credentials;
    if ('accessToken' in credentials) return credentials.accessToken;
    const response = await this.send(`${this.lwa}/auth/o2/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded;charset=UTF-8', accept: 'application/json' },
      body: new URLSearchParams({
        grant_type: 'refresh_token',
        refresh_token: credentials.refreshToken,
        client_id: credentials.clientId,
        client_secret: credentials.clientSecret,
      }).toString(),
    });
    const reason = response.ok ? '' : await reasonOf(response);
    const body = response.ok ? ((await response.json()) as { access_token?: unknown }) : {};
    if (typeof body.access_token !== 'string' || body.access_token === '') {
      throw new ProfilerError(
        `Login with Amazon did not renew the access token (HTTP ${response.status}${reason ? `: ${reason}` : ''}). ` +
          `Check ${V.refreshToken}, ${V.clientId} and ${V.clientSecret}: they must come from the same security ` +
          `profile (docs/deploy.md).`,
      );
    }
    this.accessToken = body.access_token;
    return body.access_token;
  }

  /** One request, tried again after a pause when throttled (429, honouring Retry-After), unreachable or failing (5xx). */
  private async send(url: string, init: RequestInit): Promise<Response> {
    const host = new URL(url).host;
    for (let attempt = 1; ; attempt += 1) {
      let response: Response | undefined;
      let failure = '';
      try {
        response = await fetch(url, { ...init, signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) });
      } catch (error) {
        failure = `could not reach ${host} (${error instanceof Error ? error.message : String(error)})`;
      }
      if (response && response.status !== 429 && response.status < 500) return response;
      const wait = response ? retryAfterSeconds(response.headers.get('retry-after')) : undefined;
      if (response) {
        failure =
          response.status === 429 ? `${host} is throttling (HTTP 429)` : `${host} failed (HTTP ${response.status})`;
        await response.body?.cancel();
      }
      if (attempt >= this.tries) throw new ProfilerError(`${failure}, ${attempt} times. Run again later.`);
      if (wait !== undefined && wait > MAX_WAIT_SECONDS) {
        throw new ProfilerError(`${failure} and asks to wait ${wait} s. Run again later.`);
      }
      const seconds = wait ?? 2 ** (attempt - 1);
      this.options.onWait?.(seconds, wait === undefined ? failure : `${failure}; Retry-After: ${wait}`);
      await sleep(seconds * 1000);
    }
  }
}
