// Alexa's requests to the skill, as Alexa sends them (the tools' and the tests' one envelope), answered by the real
// skill in this process for the tools that need the skill's own answer (the review kit, the understanding measures).

import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import type { Locale } from '../content/index.js';
import { createLogger } from '../infra/logger.js';
import { buildSkill } from '../lambda/skill.js';

/** A made-up skill, user and device, shaped like Amazon's ids (a privacy test looks for amzn1.ask.account. in logs). */
const SKILL_ID = 'amzn1.ask.skill.00000000-0000-0000-0000-000000000000';
const USER_ID = 'amzn1.ask.account.STAND-IN-USER';
const DEVICE_ID = 'amzn1.ask.device.STAND-IN-DEVICE';

/** The request itself: a LaunchRequest, an IntentRequest with its intent, or any other type Alexa sends. */
export type SkillRequest = { readonly type: string } & Readonly<Record<string, unknown>>;

interface EnvelopeOptions {
  /** The session attributes the skill set on its last answer, sent back by the device. Default none. */
  readonly attributes?: Record<string, unknown>;
  /** Whether the request opens the session. Default true. */
  readonly first?: boolean;
  /** The skill the request is for. Default a made-up one. */
  readonly skillId?: string;
  /** When Alexa sent it. Default now. */
  readonly sentAt?: Date;
}

/**
 * The envelope Alexa wraps a request in: the session, the context and the ids of a made-up device and user. The
 * request's own fields (requestId, timestamp, locale) may be overridden by `request`.
 */
export function requestEnvelope(locale: Locale, request: SkillRequest, options: EnvelopeOptions = {}): RequestEnvelope {
  const application = { applicationId: options.skillId ?? SKILL_ID };
  const user = { userId: USER_ID };
  // Alexa writes the time to the second: 2026-12-07T18:00:00Z.
  const timestamp = (options.sentAt ?? new Date()).toISOString().replace(/\.\d+Z$/, 'Z');
  return {
    version: '1.0',
    session: {
      new: options.first ?? true,
      sessionId: 'amzn1.echo-api.session.stand-in',
      application,
      user,
      attributes: options.attributes ?? {},
    },
    context: {
      System: {
        application,
        user,
        device: { deviceId: DEVICE_ID, supportedInterfaces: {} },
        apiEndpoint: 'https://api.amazonalexa.com',
        apiAccessToken: 'stand-in',
      },
    },
    request: { requestId: 'amzn1.echo-api.request.stand-in', timestamp, locale, ...request },
  } as RequestEnvelope;
}

/** A skill that logs nothing: one per process, as on Lambda. */
export type ToolSkill = (envelope: RequestEnvelope) => Promise<ResponseEnvelope>;
let skill: ReturnType<typeof buildSkill> | undefined;
export const invokeSkill: ToolSkill = (envelope) => {
  skill ??= buildSkill({ verifySignature: true }, { logger: createLogger({ level: 'silent' }) });
  return skill.invoke(envelope);
};
