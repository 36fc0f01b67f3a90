// The phone line as request in, response out: read the request's shape (ivr/request.ts), check the signature, route,
// decide, render. No web framework: express (ivr/router.ts) and API Gateway (ivr/lambda.ts) are thin adapters.

import { HOTLINE, RESOURCES, canTransfer, type Locale, type MenuId, type ResourceId } from '../content/index.js';
import { textResponse, type HttpRequest, type HttpResponse } from '../infra/http.js';
import type { Logger } from '../infra/logger.js';
import { NO_COUNTS } from '../infra/metrics/events.js';
import { chooseCallerId } from './caller-id.js';
import type { IvrConfig } from './config.js';
import { stepEvents } from './count.js';
import { fallbackAnswer } from './fallback-route.js';
import {
  DIAL_STATUSES,
  decide,
  decideDial,
  homeOf,
  withHours,
  type CallState,
  type Input,
  type Preface,
  type Screen,
  type Step,
} from './flow.js';
import { logError, logStep } from './log.js';
import type { IvrCounts } from './metrics.js';
import { param, type FormParams, type QueryParams } from './params.js';
import { readTwilioRequest, type IvrRoute, type TwilioRequest } from './request.js';
import { safeTwiml } from './safe-route.js';
import { authTokenSource } from './auth-token.js';
import { browserCallLimit } from './browser-calls.js';
import { signatureCheck } from './signature.js';
import { loadSpeechClassifier, matchSpeech } from './speech.js';
import { debuggerAnswer } from './twilio-debugger.js';
import { twimlCache } from './twiml-cache.js';
import { endTwiml, goodbyeTwiml, openingTwiml, screenTwiml, transferTwiml, type TwimlContext } from './twiml.js';
import { idOf, parseFrom, parseResourceId, parseScreen, parseState, screenUrl } from './urls.js';

export interface PhoneLineOptions {
  readonly config: IvrConfig;
  readonly production: boolean;
  readonly logger: Logger;
  /** Counts without people (infra/metrics); none when absent. */
  readonly counts?: IvrCounts;
  /** The time now, for services' opening hours; tests pass a fixed one. Default: the system clock. */
  readonly clock?: () => Date;
}

/** The routes that answer a call (the Debugger webhook is answered before them). */
type PhoneRoute = Exclude<IvrRoute, { readonly name: 'debugger' }>;

/** Answers a request under /ivr; undefined for a path it does not serve (the host answers 404). */
export type PhoneLine = (req: HttpRequest) => Promise<HttpResponse | undefined>;

const twiml = (xml: string): HttpResponse => ({
  status: 200,
  headers: { 'content-type': 'text/xml; charset=utf-8' },
  body: xml,
});

/** Digits first, then speech, else silence. */
function readInput(params: FormParams, locale: Locale): Input {
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
      // Which disclosure a caller made, or whether they named a partner with danger, is not logged: only the screen.
      if (s.kind === 'disclosure' || s.kind === 'danger') return `${step.preface ? `${step.preface}:` : ''}${s.kind}`;
      const part = s.kind === 'topic' && s.part > 0 ? `:part${s.part}` : '';
      return `${step.preface ? `${step.preface}:` : ''}${s.kind}:${idOf(s)}${part}`;
    }
  }
}

export function phoneLine(options: PhoneLineOptions): PhoneLine {
  const { config, production, logger } = options;
  const clock = options.clock ?? ((): Date => new Date());
  const counts: IvrCounts = options.counts ?? NO_COUNTS;
  const ctx: TwimlContext = { voices: config.voices, base: config.publicBaseUrl ?? '' };
  const signed = signatureCheck({
    authToken: authTokenSource(config),
    publicBaseUrl: config.publicBaseUrl,
    production,
    logger,
    counts,
  });
  const browserCallAllowed = browserCallLimit(config.browserCallsPerIdentity);

  // Answers that depend only on the screen and the call state are built once (see twiml-cache.ts).
  const cached = twimlCache();
  const opening = (locale: Locale): string => cached(`opening ${locale}`, () => openingTwiml(locale, ctx));
  // The Gather action URL names the screen and state exactly, so it is the key (with the preface said before it).
  const screen = (shown: Screen, state: CallState, preface?: Preface): string =>
    cached(`${screenUrl('', shown, state)} ${preface ?? ''}`, () => screenTwiml(shown, state, ctx, preface));

  function afterDial(resourceId: ResourceId, from: MenuId, locale: Locale, auto: boolean, status?: string): string {
    const outcome = decideDial(resourceId, from, auto, status);
    if (outcome.kind === 'goodbye') {
      return cached(`goodbye ${locale} ${resourceId}`, () => goodbyeTwiml(locale, resourceId, ctx));
    }
    if (outcome.kind === 'end') return cached(`end ${locale} ${resourceId}`, () => endTwiml(locale, resourceId, ctx));
    return screen(outcome.screen, { locale, tries: 0 });
  }

  /** Renders a step; a transfer the line cannot make privately becomes the failed-transfer answer. */
  function render(step: Step, params: FormParams): string {
    switch (step.kind) {
      case 'opening':
        return opening(step.locale);
      case 'show':
        return screen(step.screen, step.state, step.preface);
      case 'transfer': {
        const callerId = chooseCallerId(config.transferCallerId, params);
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

  function voice(query: QueryParams, params: FormParams): string {
    // ?lang= on the webhook URL, or a `lang` parameter (the web page's browser call sends one).
    const { locale } = parseState(typeof query.lang === 'string' ? query : { lang: param(params, 'lang') });
    if (!browserCallAllowed(param(params, 'From'))) {
      // One browser token has started its share of calls: the hotline number, how to text, goodbye.
      logStep(logger, { route: 'voice', locale, outcome: 'browser-call-limit' });
      return cached(`end ${locale} ${HOTLINE}`, () => endTwiml(locale, HOTLINE, ctx));
    }
    logStep(logger, { route: 'voice', locale, outcome: 'opening' });
    counts.record({ kind: 'callStarted', locale });
    return opening(locale);
  }

  function dial(id: string, query: QueryParams, params: FormParams): string | undefined {
    const resourceId = parseResourceId(id);
    if (!resourceId || !canTransfer(RESOURCES[resourceId])) return undefined;
    const { locale } = parseState(query);
    const from = parseFrom(query);
    const auto = query.auto === '1';
    const status = param(params, 'DialCallStatus');
    logStep(logger, { route: 'dial', menu: from, locale, outcome: `dial-${known(status)}:${resourceId}` });
    counts.record({
      kind: 'transferEnded',
      destination: resourceId,
      outcome: status ?? 'none',
      trigger: auto ? 'auto' : 'chosen',
      locale,
    });
    return afterDial(resourceId, from, locale, auto, status);
  }

  function step(segment: string, id: string, query: QueryParams, params: FormParams): string | undefined {
    const shown = parseScreen(segment, id, query);
    if (!shown) return undefined;
    const state = parseState(query);
    const input = readInput(params, state.locale);
    const decided = decide(shown, state, input);
    const decision = { ...decided, step: withHours(decided.step, clock()) };
    logStep(logger, {
      route: shown.kind,
      menu: homeOf(shown),
      key: decision.category,
      locale: state.locale,
      outcome: outcomeOf(decision.step),
    });
    counts.record(...stepEvents(shown, input, decision));
    return render(decision.step, params);
  }

  /** The answer to a signed request whose route names something; undefined when the ids name nothing (404). */
  async function answer(route: PhoneRoute, { query, params }: TwilioRequest): Promise<HttpResponse | undefined> {
    // The classifier is loaded by the first request that carries speech, so no opening waits for it. If it cannot
    // load, speech still works by the safety rules and spoken keys; anything else is reprompted.
    if (param(params, 'SpeechResult')) {
      await loadSpeechClassifier().catch((err: unknown) => logError(logger, 'speech', err));
    }
    if (route.name === 'fallback') return twiml(fallbackAnswer({ config, logger, counts }, query, params));
    const handle = (): string | undefined => {
      switch (route.name) {
        case 'voice':
          return voice(query, params);
        case 'dial':
          return dial(route.id, query, params);
        case 'screen':
          return step(route.segment, route.id, query, params);
      }
    };
    const xml = safeTwiml({ route: route.name, config, logger, counts }, query, params, handle);
    return xml === undefined ? undefined : twiml(xml);
  }

  return async (req) => {
    const read = readTwilioRequest(req);
    if (read === undefined || 'status' in read) return read;
    const verdict = await signed(req, read.params);
    if (verdict === 'unavailable') return textResponse(503, 'Service unavailable.');
    if (verdict === 'forbidden') return textResponse(403, 'Forbidden: this address only answers Twilio.');
    if (req.method !== 'POST' || read.route === undefined) return undefined;
    if (read.route.name === 'debugger') return debuggerAnswer(read.params, logger, counts);
    return answer(read.route, read);
  };
}
