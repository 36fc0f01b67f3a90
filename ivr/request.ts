// A Twilio webhook read for shape before anything trusts it: the route below /ivr, the query and the form, each
// refused with a plain status (413, 415, 400) when it is not what Twilio sends. Pure: request in, parts or an answer out.

import {
  BODY_LIMIT_BYTES,
  TOO_LARGE_MESSAGE,
  header,
  textResponse,
  type HttpRequest,
  type HttpResponse,
} from '../infra/http.js';
import { formBody, isForm, paramsOf, type FormParams, type QueryParams } from './params.js';
import { IVR_PATH, MAX_QUERY_PAIRS } from './urls.js';

/** What a path below /ivr names; the screens' kinds and ids are checked later, by the flow. */
export type IvrRoute =
  | { readonly name: 'voice' | 'fallback' | 'debugger' }
  | { readonly name: 'dial'; readonly id: string }
  | { readonly name: 'screen'; readonly segment: string; readonly id: string };

export interface TwilioRequest {
  /** Undefined when the path names nothing: the request still meets the signature check, then gets 404. */
  readonly route: IvrRoute | undefined;
  readonly query: QueryParams;
  readonly params: FormParams;
}

/** As many form fields as body-parser's urlencoded allows; Twilio sends a few dozen. */
const MAX_FORM_FIELDS = 1000;

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

function routeOf([first = '', second, ...more]: readonly string[]): IvrRoute | undefined {
  if (first === '' || more.length > 0) return undefined;
  const name = first.toLowerCase();
  if (second === undefined) {
    return name === 'voice' || name === 'fallback' || name === 'debugger' ? { name } : undefined;
  }
  return name === 'dial' ? { name, id: second } : { name: 'screen', segment: first, id: second };
}

/** The path and query of a request target; an absolute-form one (POST http://host/ivr/voice) by its path. */
function splitTarget(url: string): [path: string, search: string] {
  if (!url.startsWith('/') && URL.canParse(url)) {
    const target = new URL(url);
    return [target.pathname, target.search.slice(1)];
  }
  const [path = '', search = ''] = url.split(/\?(.*)/s);
  return [path, search];
}

/**
 * The request's parts, an answer that refuses it for its shape, or undefined for a path not under /ivr (the host's
 * 404). Nothing here depends on the signature: an absolute-form target is read by its path and refused later by
 * the signature check, which needs a path.
 */
export function readTwilioRequest(req: HttpRequest): TwilioRequest | HttpResponse | undefined {
  const [path, search] = splitTarget(req.url);
  const segments = segmentsBelowIvr(path);
  if (!segments) return undefined;
  if (req.body.length > BODY_LIMIT_BYTES) return textResponse(413, TOO_LARGE_MESSAGE);
  const contentType = header(req, 'content-type');
  const form = formBody(contentType, req.body);
  if (form.kind === 'charset') return textResponse(415, `Unsupported charset "${form.charset.toUpperCase()}".`);
  const params = form.params;
  if (Object.keys(params).length > MAX_FORM_FIELDS) return textResponse(413, 'Too many parameters.');
  // Twilio posts a form with each parameter once.
  if (req.body.length > 0 && !isForm(contentType)) {
    return textResponse(400, 'Bad request: Twilio webhooks are application/x-www-form-urlencoded forms.');
  }
  // The signature covers the query as sent, so nothing may hide in it: no empty pair, no more pairs than we write.
  const pairs = search === '' ? [] : search.split('&');
  if (pairs.includes('')) return textResponse(400, 'Bad request: the query has an empty pair.');
  if (pairs.length > MAX_QUERY_PAIRS)
    return textResponse(400, 'Bad request: the query has more pairs than any phone URL.');
  const query = paramsOf(new URLSearchParams(search));
  if ([...Object.values(params), ...Object.values(query)].some((v) => Array.isArray(v))) {
    return textResponse(400, 'Bad request: a parameter is repeated.');
  }
  const parts = segments.map(decoded);
  if (parts.some((p) => p === undefined)) return textResponse(400, 'Bad Request');
  return { route: routeOf(parts as string[]), query, params };
}
