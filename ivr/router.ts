// The phone line's express router, mounted at /ivr: body limit, signature check, then thin routes
// (parse the request -> decide the next step -> render TwiML -> send as text/xml).

import express, { Router, type Request, type RequestHandler } from 'express';
import { RESOURCES, type Locale, type MenuId, type ResourceId } from '../content/index.js';
import type { Logger } from '../infra/logger.js';
import { NO_COUNTS } from '../infra/metrics/events.js';
import type { IvrCounts } from './metrics.js';
import { chooseCallerId } from './caller-id.js';
import type { IvrConfig } from './config.js';
import { stepEvents } from './count.js';
import { fallbackRoute } from './fallback-route.js';
import {
  DIAL_STATUSES,
  decide,
  decideDial,
  homeOf,
  type CallState,
  type Input,
  type Preface,
  type Screen,
  type Step,
} from './flow.js';
import { logStep } from './log.js';
import { formParams, param } from './params.js';
import { twimlRoute } from './safe-route.js';
import { twilioSignature } from './signature.js';
import { matchSpeech } from './speech.js';
import { twimlCache } from './twiml-cache.js';
import { endTwiml, goodbyeTwiml, openingTwiml, screenTwiml, transferTwiml, type TwimlContext } from './twiml.js';
import { parseFrom, parseResourceId, parseScreen, parseState, screenUrl } from './urls.js';

export interface IvrRouterOptions {
  readonly config: IvrConfig;
  readonly production: boolean;
  readonly logger: Logger;
  /** Counts without people (infra/metrics); none when absent. */
  readonly counts?: IvrCounts;
}

/** Twilio's webhooks are small forms; this also bounds bodies that are not form-encoded (JSON, text, ...). */
const ANY_BODY_LIMIT = express.raw({ type: () => true, limit: '64kb' });

/** Digits first, then speech, else silence. */
export function readInput(req: Request, locale: Locale): Input {
  const params = formParams(req);
  const digits = param(params, 'Digits');
  if (digits) return { kind: 'key', key: digits };
  const speech = param(params, 'SpeechResult');
  if (speech && speech.trim()) return { kind: 'speech', match: matchSpeech(locale, speech) };
  return { kind: 'silence' };
}

/** Twilio's status as logged: one of its known values, or "other", never a free string. */
const known = (status: string | undefined): string =>
  status !== undefined && (DIAL_STATUSES as readonly string[]).includes(status) ? status : 'other';

function outcomeOf(step: Step): string {
  switch (step.kind) {
    case 'opening':
      return 'opening';
    case 'transfer':
      return `${step.auto ? 'auto-transfer' : 'transfer'}:${step.resourceId}`;
    case 'show': {
      const s = step.screen;
      const what =
        s.kind === 'menu'
          ? s.menuId
          : s.kind === 'topic'
            ? s.topicId
            : s.kind === 'resources'
              ? s.listId
              : s.resourceId;
      return `${step.preface ? `${step.preface}:` : ''}${s.kind}:${what}${s.kind === 'topic' && s.more ? ':more' : ''}`;
    }
  }
}

export function ivrRouter(options: IvrRouterOptions): Router {
  const { config, production, logger } = options;
  const counts: IvrCounts = options.counts ?? NO_COUNTS;
  const ctx: TwimlContext = { voices: config.voices, base: config.publicBaseUrl ?? '' };
  const router = Router();
  router.use(ANY_BODY_LIMIT);
  router.use(twilioSignature({ authToken: config.authToken, publicBaseUrl: config.publicBaseUrl, production }));

  // Answers that depend only on the screen and the call state are built once (see twiml-cache.ts).
  const cached = twimlCache();
  const opening = (locale: Locale): string => cached(`opening ${locale}`, () => openingTwiml(locale, ctx));
  // The Gather action URL names the screen and state exactly, so it is the key (with the preface said before it).
  const screen = (shown: Screen, state: CallState, preface?: Preface): string =>
    cached(`${screenUrl('', shown, state)} ${preface ?? ''}`, () => screenTwiml(shown, state, ctx, preface));

  /** Renders a step; a transfer the line cannot make privately becomes the failed-transfer answer. */
  function render(step: Step, req: Request): string {
    switch (step.kind) {
      case 'opening':
        return opening(step.locale);
      case 'show':
        return screen(step.screen, step.state, step.preface);
      case 'transfer': {
        const callerId = chooseCallerId(config.transferCallerId, formParams(req));
        const trigger = step.auto ? 'auto' : 'chosen';
        if (callerId.kind === 'unavailable') {
          counts.record({
            kind: 'transferEnded',
            destination: step.resourceId,
            outcome: 'not-dialled',
            trigger,
            locale: step.locale,
          });
          return afterDial(step.resourceId, step.from, step.locale, step.auto, 'failed');
        }
        counts.record({ kind: 'transferStarted', destination: step.resourceId, trigger, locale: step.locale });
        return transferTwiml({ ...step, callerId }, ctx);
      }
    }
  }

  function afterDial(resourceId: ResourceId, from: MenuId, locale: Locale, auto: boolean, status?: string): string {
    const outcome = decideDial(resourceId, from, auto, status);
    if (outcome.kind === 'goodbye') return cached(`goodbye ${locale}`, () => goodbyeTwiml(locale, ctx));
    if (outcome.kind === 'end') return cached(`end ${locale} ${resourceId}`, () => endTwiml(locale, resourceId, ctx));
    return screen(outcome.screen, { locale, tries: 0 });
  }

  const safe = (route: string, handle: (req: Request) => string | undefined): RequestHandler =>
    twimlRoute({ route, config, logger, counts }, handle);

  router.post(
    '/voice',
    safe('voice', (req) => {
      // ?lang= on the webhook URL, or a `lang` parameter (the web page's browser call sends one).
      const fromBody = param(formParams(req), 'lang');
      const { locale } = parseState(typeof req.query.lang === 'string' ? req.query : { lang: fromBody });
      logStep(logger, { route: 'voice', locale, outcome: 'opening' });
      counts.record({ kind: 'callStarted', locale });
      return opening(locale);
    }),
  );

  router.post('/fallback', fallbackRoute({ config, logger, counts }));

  router.post(
    '/dial/:resourceId',
    safe('dial', (req) => {
      const resourceId = parseResourceId(String(req.params.resourceId));
      if (!resourceId || !RESOURCES[resourceId].transferable) return undefined;
      const { locale } = parseState(req.query);
      const from = parseFrom(req.query);
      const auto = req.query.auto === '1';
      const status = param(formParams(req), 'DialCallStatus');
      logStep(logger, { route: 'dial', menu: from, locale, outcome: `dial-${known(status)}:${resourceId}` });
      counts.record({
        kind: 'transferEnded',
        destination: resourceId,
        outcome: status ?? 'none',
        trigger: auto ? 'auto' : 'chosen',
        locale,
      });
      return afterDial(resourceId, from, locale, auto, status);
    }),
  );

  router.post(
    '/:segment/:id',
    safe('screen', (req) => {
      const screen = parseScreen(String(req.params.segment), String(req.params.id), req.query);
      if (!screen) return undefined;
      const state = parseState(req.query);
      const input = readInput(req, state.locale);
      const decision = decide(screen, state, input);
      const { step, category } = decision;
      logStep(logger, {
        route: screen.kind,
        menu: homeOf(screen),
        key: category,
        locale: state.locale,
        outcome: outcomeOf(step),
      });
      counts.record(...stepEvents(screen, input, decision));
      return render(step, req);
    }),
  );

  return router;
}
