// The phone line as request in, response out: body limit, form, signature, route, decide, render. No web framework:
// express (ivr/router.ts, the local server) and API Gateway (app/ivr-lambda.ts) are thin adapters around it.

import { RESOURCES, canTransfer, type Locale, type MenuId, type ResourceId } from '../content/index.js';
import {
  BODY_LIMIT_BYTES,
  TOO_LARGE_MESSAGE,
  header,
  textResponse,
  type HttpRequest,
  type HttpResponse,
} from '../infra/http.js';
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
import { formBody, isForm, param, paramsOf, type FormParams, type QueryParams } from './params.js';
import { safeTwiml } from './safe-route.js';
import { authTokenSource } from './auth-token.js';
import { browserCallLimit } from './browser-calls.js';
import { signatureCheck } from './signature.js';
import { loadSpeechClassifier, matchSpeech } from './speech.js';
import { twimlCache } from './twiml-cache.js';
import { endTwiml, goodbyeTwiml, openingTwiml, screenTwiml, transferTwiml, type TwimlContext } from './twiml.js';
import { IVR_PATH, parseFrom, parseResourceId, parseScreen, parseState, screenUrl } from './urls.js';

export interface PhoneLineOptions {
  readonly config: IvrConfig;
  readonly production: boolean;
  readonly logger: Logger;
  /** Counts without people (infra/metrics); none when absent. */
  readonly counts?: IvrCounts;
  /** The time now, for services' opening hours; tests pass a fixed one. Default: the system clock. */
  readonly clock?: () => Date;
}

/** Answers a request under /ivr; undefined for a path it does not serve (the host answers 404). */
export type PhoneLine = (req: HttpRequest) => Promise<HttpResponse | undefined>;

/** As many form fields as body-parser's urlencoded allows; Twilio sends a few dozen. */
const MAX_FORM_FIELDS = 1000;

const twiml = (xml: string): HttpResponse => ({
  status: 200,
  headers: { 'content-type': 'text/xml; charset=utf-8' },
  body: xml,
});

/** Digits first, then speech, else silence. */
export function readInput(params: FormParams, locale: Locale): Input {
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
      return `${step.preface ? `${step.preface}:` : ''}${s.kind}:${what}${s.kind === 'topic' && s.part > 0 ? `:part${s.part}` : ''}`;
    }
  }
}

/**
 * The path's segments below /ivr, or undefined when the path is not under /ivr. Matching is case-insensitive and
 * allows one trailing slash, as express's router did.
 */
function segmentsBelowIvr(path: string): string[] | undefined {
  const prefix = path.slice(0, IVR_PATH.length).toLowerCase();
  const rest = path.slice(IVR_PATH.length);
  if (prefix !== IVR_PATH || (rest !== '' && !rest.startsWith('/'))) return undefined;
  return rest.replace(/^\/|\/$/g, '').split('/');
}

/** A decoded path segment; undefined when it is not valid percent-encoding (the request gets 400). */
function decoded(segment: string): string | undefined {
  try {
    return decodeURIComponent(segment);
  } catch {
    return undefined;
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
      return cached(`end ${locale} traffickingHotline`, () => endTwiml(locale, 'traffickingHotline', ctx));
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

  return async (req) => {
    // An absolute-form target (POST http://host/ivr/voice) is routed by its path; its signature check then refuses it.
    const target = !req.url.startsWith('/') && URL.canParse(req.url) ? new URL(req.url) : undefined;
    const [path = '', search = ''] = target ? [target.pathname, target.search.slice(1)] : req.url.split(/\?(.*)/s);
    const segments = segmentsBelowIvr(path);
    if (!segments) return undefined;
    if (req.body.length > BODY_LIMIT_BYTES) return textResponse(413, TOO_LARGE_MESSAGE);
    const contentType = header(req, 'content-type');
    const form = formBody(contentType, req.body);
    if (form.kind === 'charset') return textResponse(415, `Unsupported charset "${form.charset.toUpperCase()}".`);
    const params = form.params;
    if (Object.keys(params).length > MAX_FORM_FIELDS) return textResponse(413, 'Too many parameters.');
    // Twilio posts a form with each parameter once; anything else is refused before the signature check.
    if (req.body.length > 0 && !isForm(contentType)) {
      return textResponse(400, 'Bad request: Twilio webhooks are application/x-www-form-urlencoded forms.');
    }
    const query = paramsOf(new URLSearchParams(search));
    if ([...Object.values(params), ...Object.values(query)].some((v) => Array.isArray(v))) {
      return textResponse(400, 'Bad request: a parameter is repeated.');
    }
    const verdict = await signed(req, params);
    if (verdict === 'unavailable') return textResponse(503, 'Service unavailable.');
    if (verdict === 'forbidden') return textResponse(403, 'Forbidden: this address only answers Twilio.');
    if (req.method !== 'POST') return undefined;

    const parts = segments.map(decoded);
    if (parts.some((p) => p === undefined)) return textResponse(400, 'Bad Request');
    const [first = '', second, ...more] = parts as string[];
    if (more.length > 0 || first === '') return undefined;
    // The classifier is loaded by the first request that carries speech, so no opening waits for it. If it cannot
    // load, speech still works by the safety rules and spoken keys; anything else is reprompted.
    if (param(params, 'SpeechResult')) {
      await loadSpeechClassifier().catch((err: unknown) => logError(logger, 'speech', err));
    }
    const safe = (route: string, handle: () => string | undefined): HttpResponse | undefined => {
      const xml = safeTwiml({ route, config, logger, counts }, query, params, handle);
      return xml === undefined ? undefined : twiml(xml);
    };
    const name = first.toLowerCase();
    if (second === undefined) {
      if (name === 'voice') return safe('voice', () => voice(query, params));
      if (name === 'fallback') return twiml(fallbackAnswer({ config, logger, counts }, query, params));
      return undefined;
    }
    // A /dial/<id> that names no transferable resource falls through to the screens, which know no "dial" either.
    if (name === 'dial') {
      const answer = safe('dial', () => dial(second, query, params));
      if (answer) return answer;
    }
    return safe('screen', () => step(first, second, query, params));
  };
}
