// LocaleInterceptor: puts the request's content locale in request attributes once, for every handler.

import type { HandlerInput, RequestInterceptor } from 'ask-sdk-core';
import { getLocale } from '../ask-sdk.js';
import type { Locale } from '../../content/index.js';

/** en-US and es-US as they are; any other Spanish (es-MX, es-ES...) -> es-US; anything else -> en-US. */
export function pickLocale(requested: string | undefined): Locale {
  if (requested === 'es-US' || requested?.toLowerCase().startsWith('es')) return 'es-US';
  return 'en-US';
}

export const LocaleInterceptor: RequestInterceptor = {
  process(input: HandlerInput): void {
    let requested: string | undefined;
    try {
      requested = getLocale(input.requestEnvelope);
    } catch {
      requested = undefined;
    }
    input.attributesManager.setRequestAttributes({
      ...input.attributesManager.getRequestAttributes(),
      locale: pickLocale(requested),
    });
  },
};

/** The locale the interceptor chose; en-US if it did not run. */
export function localeOf(input: HandlerInput): Locale {
  const value: unknown = input.attributesManager.getRequestAttributes().locale;
  return value === 'es-US' ? 'es-US' : 'en-US';
}
