// Alexa's requests to the skill, as Alexa sends them, answered by the real skill in this process: for the tools
// that need the skill's own answer (the review kit, the understanding measures).

import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import type { Locale } from '../content/index.js';
import { createLogger } from '../infra/logger.js';
import { buildSkill } from '../lambda/skill.js';

const SKILL_ID = 'amzn1.ask.skill.00000000-0000-0000-0000-000000000000';

/** The request itself: a LaunchRequest, an IntentRequest with its intent, or any other type Alexa sends. */
export type SkillRequest = { readonly type: string } & Readonly<Record<string, unknown>>;

/** The envelope around a request: session, context and the ids of a made-up device and user. */
export function requestEnvelope(
  locale: Locale,
  request: SkillRequest,
  session: { readonly attributes?: Record<string, unknown>; readonly first?: boolean } = {},
): RequestEnvelope {
  const application = { applicationId: SKILL_ID };
  const user = { userId: 'amzn1.ask.account.tool' };
  return {
    version: '1.0',
    session: {
      new: session.first ?? true,
      sessionId: 'amzn1.echo-api.session.tool',
      application,
      user,
      attributes: session.attributes ?? {},
    },
    context: {
      System: {
        application,
        user,
        device: { deviceId: 'tool', supportedInterfaces: {} },
        apiEndpoint: 'https://api.amazonalexa.com',
      },
    },
    request: { requestId: 'amzn1.echo-api.request.tool', timestamp: new Date().toISOString(), locale, ...request },
  } as RequestEnvelope;
}

/** A skill that logs nothing: one per process, as on Lambda. */
export type ToolSkill = (envelope: RequestEnvelope) => Promise<ResponseEnvelope>;
let skill: ReturnType<typeof buildSkill> | undefined;
export const invokeSkill: ToolSkill = (envelope) => {
  skill ??= buildSkill({ verifySignature: true }, { logger: createLogger({ level: 'silent' }) });
  return skill.invoke(envelope);
};
