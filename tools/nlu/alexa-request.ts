// Request envelopes as Alexa sends them to a custom skill (IntentRequest, LaunchRequest), for tools that drive the
// real skill in this process, with the session attributes carried from one turn to the next.

import type { Locale } from '../../content/index.js';
import type { AlexaSlot } from './alexa-stand-in.js';
import { STAND_IN_SKILL_ID } from './alexa-stand-in.js';

export interface Turn {
  readonly locale: Locale;
  /** The session's attributes as the skill returned them last (empty on a new session). */
  readonly attributes?: Readonly<Record<string, unknown>>;
  readonly newSession?: boolean;
  readonly skillId?: string;
}

export type AlexaRequest =
  | { readonly type: 'LaunchRequest' }
  | { readonly type: 'IntentRequest'; readonly intent: string; readonly slots?: Readonly<Record<string, AlexaSlot>> }
  /** A request no handler of this skill takes, to reach the catch-all error handler. */
  | { readonly type: 'Display.ElementSelected' };

/** One request envelope, as in Amazon's "Request and Response JSON Reference". */
export function requestEnvelope(request: AlexaRequest, turn: Turn): unknown {
  const application = { applicationId: turn.skillId ?? STAND_IN_SKILL_ID };
  const user = { userId: 'amzn1.ask.account.stand-in' };
  const base = {
    requestId: 'amzn1.echo-api.request.stand-in',
    timestamp: new Date().toISOString(),
    locale: turn.locale,
  };
  const body =
    request.type === 'IntentRequest'
      ? {
          ...base,
          type: request.type,
          intent: {
            name: request.intent,
            confirmationStatus: 'NONE',
            ...(request.slots ? { slots: request.slots } : {}),
          },
        }
      : { ...base, type: request.type };
  return {
    version: '1.0',
    session: {
      new: turn.newSession ?? true,
      sessionId: 'amzn1.echo-api.session.stand-in',
      application,
      user,
      attributes: turn.attributes ?? {},
    },
    context: {
      System: {
        application,
        user,
        device: { deviceId: 'amzn1.ask.device.stand-in', supportedInterfaces: {} },
        apiEndpoint: 'https://api.amazonalexa.com',
      },
    },
    request: body,
  };
}
