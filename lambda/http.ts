// alexaRouter: the skill at POST /alexa on the local server, behind Amazon's signature, timestamp and skill-ID checks.

import type { Skill } from 'ask-sdk-core';
import { ExpressAdapter, type Verifier } from 'ask-sdk-express-adapter';
import { Router, type RequestHandler } from 'express';
import { createLogger, type Logger } from '../infra/logger.js';
import { isLoopback } from '../infra/loopback.js';
import type { AlexaCounts } from './metrics.js';
import type { AlexaHttpConfig } from './config.js';
import { buildSkill } from './skill.js';

export const ALEXA_PATH = '/alexa';

export interface AlexaRouterDeps {
  readonly logger?: Logger;
  /** The skill to serve; built from the config when absent. */
  readonly skill?: Skill;
  /** Passed to the skill it builds (requests by type, intent and locale). */
  readonly counts?: AlexaCounts;
}

/** The application id a request claims, from the context (always sent) or the session. */
function applicationIdOf(body: string): string | undefined {
  const envelope = JSON.parse(body) as {
    context?: { System?: { application?: { applicationId?: unknown } } };
    session?: { application?: { applicationId?: unknown } };
  };
  const id = envelope.context?.System?.application?.applicationId ?? envelope.session?.application?.applicationId;
  return typeof id === 'string' ? id : undefined;
}

/**
 * Refuses requests for another skill before the skill runs, so they get the adapter's 400 like any other failed
 * check (ask-sdk's own withSkillId would make them a 500).
 */
export function skillIdVerifier(skillId: string): Verifier {
  return {
    async verify(body: string): Promise<void> {
      let claimed: string | undefined;
      try {
        claimed = applicationIdOf(body);
      } catch {
        throw new Error('the request body is not JSON');
      }
      if (claimed !== skillId) throw new Error('the request is for another skill');
    },
  };
}

/** Belt and braces for the unsigned local mode: it answers only on a loopback socket, whatever the config said. */
const loopbackOnly: RequestHandler = (req, res, next) => {
  if (isLoopback(req.socket.localAddress)) return next();
  res.status(403).type('text/plain').send('Unsigned Alexa requests are accepted on loopback only.');
};

/** The adapter reads the raw body itself; a body another parser already read cannot be checked against its signature. */
const unparsedBodyOnly: RequestHandler = (req, res, next) => {
  if (req.body === undefined) return next();
  res
    .status(400)
    .type('text/plain')
    .send('POST /alexa takes the JSON request Alexa sends (Content-Type: application/json).');
};

/** One line per refused request, with the status only: the body may hold what someone said. */
function logRefusals(logger: Logger): RequestHandler {
  return (_req, res, next) => {
    res.on('finish', () => {
      if (res.statusCode >= 400) logger.warn({ event: 'alexa.refused', status: res.statusCode });
    });
    next();
  };
}

export function alexaRouter(config: AlexaHttpConfig, deps: AlexaRouterDeps = {}): Router {
  const logger = deps.logger ?? createLogger();
  const skill = deps.skill ?? buildSkill(config, { logger, ...(deps.counts ? { counts: deps.counts } : {}) });
  const verifiers = config.skillId ? [skillIdVerifier(config.skillId)] : [];
  // Timestamp checks stay on in every mode; only the signature check can be switched off (loopback, not production).
  const adapter = new ExpressAdapter(skill, config.verifySignature, true, verifiers);
  const router = Router();
  const guards: RequestHandler[] = config.verifySignature ? [] : [loopbackOnly];
  router.post(ALEXA_PATH, logRefusals(logger), ...guards, unparsedBodyOnly, ...adapter.getRequestHandlers());
  router.all(ALEXA_PATH, (_req, res) => {
    res.set('Allow', 'POST').status(405).type('text/plain').send('Alexa sends POST requests to /alexa.');
  });
  return router;
}
