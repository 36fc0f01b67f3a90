// A local stand-in for Amazon's Utterance Profiler (SMAPI profileNlu) and Login with Amazon's token endpoint, on a
// real port, answering as their documentation describes; what each utterance selects is given by the test.

import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { ProfiledIntent, ProfileNluResponse } from '../../tools/nlu/smapi.js';
import { listen, type Listening } from './listen.js';

const PROFILE_PATH = /^\/v1\/skills\/([^/]+)\/stages\/([^/]+)\/interactionModel\/locales\/([^/]+)\/profileNlu$/;

interface Recorded {
  readonly path: string;
  readonly authorization: string | undefined;
  /** The utterance sent to profileNlu, or the form fields sent to the token endpoint. */
  readonly body: string;
}

export interface StandInOptions {
  readonly skillId: string;
  /** The interaction models the skill has, by stage (default: development, in en-US and es-US). */
  readonly models?: Readonly<Record<string, readonly string[]>>;
  /** Access tokens it accepts. */
  readonly accessTokens: readonly string[];
  /** A security profile and refresh token Login with Amazon renews, and the access token it issues. */
  readonly lwa?: { refreshToken: string; clientId: string; clientSecret: string; issues: string };
  /** What Alexa selects for an utterance. */
  readonly select: (utterance: string, locale: string) => ProfiledIntent;
  /** Retry-After seconds for the nth profile request (1-based) that should be throttled, or undefined. */
  readonly throttle?: (n: number) => number | undefined;
}

export interface StandIn extends Listening {
  readonly requests: Recorded[];
}

const readBody = async (req: IncomingMessage): Promise<string> => {
  let body = '';
  for await (const chunk of req) body += String(chunk);
  return body;
};

function send(res: ServerResponse, status: number, body: object, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': 'application/json', ...headers });
  res.end(JSON.stringify(body));
}

export async function startSmapiStandIn(options: StandInOptions): Promise<StandIn> {
  const models = options.models ?? { development: ['en-US', 'es-US'] };
  const requests: Recorded[] = [];
  let profiles = 0;
  const server = createServer((req, res) => {
    void (async () => {
      const body = await readBody(req);
      const path = req.url ?? '';
      requests.push({ path, authorization: req.headers.authorization, body });
      if (req.method === 'POST' && path === '/auth/o2/token') {
        const form = new URLSearchParams(body);
        const lwa = options.lwa;
        if (!lwa || form.get('client_id') !== lwa.clientId || form.get('client_secret') !== lwa.clientSecret) {
          send(res, 401, { error: 'invalid_client', error_description: 'Client authentication failed' });
        } else if (form.get('grant_type') !== 'refresh_token' || form.get('refresh_token') !== lwa.refreshToken) {
          send(res, 400, {
            error: 'invalid_grant',
            error_description: 'The request has an invalid grant parameter : refresh_token',
          });
        } else {
          send(res, 200, {
            access_token: lwa.issues,
            refresh_token: lwa.refreshToken,
            token_type: 'bearer',
            expires_in: 3600,
          });
        }
        return;
      }
      const match = PROFILE_PATH.exec(path);
      if (req.method !== 'POST' || !match) return send(res, 404, { message: 'Not found.' });
      const token = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1];
      if (!token || !options.accessTokens.includes(token)) {
        return send(res, 401, { message: 'Token is invalid/expired' });
      }
      const [, skillId, stage = '', locale = ''] = match.map(decodeURIComponent);
      if (skillId !== options.skillId || !(models[stage] ?? []).includes(locale)) {
        return send(res, 404, { message: 'The resource being requested was not found.' });
      }
      profiles += 1;
      const wait = options.throttle?.(profiles);
      if (wait !== undefined) return send(res, 429, { message: 'Rate exceeded' }, { 'retry-after': String(wait) });
      let utterance: unknown;
      try {
        utterance = (JSON.parse(body) as { utterance?: unknown }).utterance;
      } catch {
        utterance = undefined;
      }
      if (typeof utterance !== 'string' || req.headers['content-type']?.startsWith('application/json') !== true) {
        return send(res, 400, { message: 'utterance is required', violations: [] });
      }
      const answer: ProfileNluResponse = {
        sessionEnded: false,
        selectedIntent: options.select(utterance, locale),
        consideredIntents: [],
      };
      send(res, 200, answer);
    })();
  });
  return { ...(await listen(server)), requests };
}

/** An intent as the profiler selects it, each slot resolved to a value id (ER_SUCCESS_MATCH) or to nothing. */
export function selected(name: string, slots: Record<string, { heard: string; id?: string }> = {}): ProfiledIntent {
  return {
    name,
    confirmationStatus: 'NONE',
    slots: Object.fromEntries(
      Object.entries(slots).map(([slot, { heard, id }]) => [
        slot,
        {
          name: slot,
          value: heard,
          confirmationStatus: 'NONE',
          resolutions: {
            resolutionsPerAuthority: [
              {
                authority: `amzn1.er-authority.echo-sdk.amzn1.ask.skill.stand-in.${slot}`,
                status: { code: id ? 'ER_SUCCESS_MATCH' : 'ER_SUCCESS_NO_MATCH' },
                ...(id ? { values: [{ name: heard, id }] } : {}),
              },
            ],
          },
        },
      ]),
    ),
  };
}
