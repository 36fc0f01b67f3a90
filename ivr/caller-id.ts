// Which number a transferred-to service sees: by default the line's own, so the caller's number is not passed on.

import { param, type FormParams } from './params.js';

/** Whose number the transferred-to service sees (TRANSFER_CALLER_ID, read in ivr/config.ts). */
export type TransferCallerId =
  | { readonly mode: 'line' } // the line's own number (the inbound call's `To`): the caller stays private
  | { readonly mode: 'caller' } // the caller's own number, so the service can call back
  | { readonly mode: 'fixed'; readonly number: string }; // an operator-chosen Twilio number

export type CallerIdChoice =
  /** Present this number (the line's own, or the operator's fixed one). */
  | { readonly kind: 'present'; readonly number: string }
  /** Leave <Dial callerId> unset: Twilio then shows the caller's own number (TRANSFER_CALLER_ID=caller). */
  | { readonly kind: 'passThrough' }
  /** The line's number is unknown (e.g. a browser or SIP call): do not dial, or the caller's number would show. */
  | { readonly kind: 'unavailable' };

/** Twilio's `From` for a call placed by the Voice SDK in a browser (client:<identity>). */
export const isBrowserCaller = (from: string | undefined): boolean => from?.startsWith('client:') ?? false;

/** A phone number in E.164 form: +, a country code, up to 15 digits. */
export const E164 = /^\+[1-9]\d{7,14}$/;

export function chooseCallerId(mode: TransferCallerId, params: FormParams): CallerIdChoice {
  switch (mode.mode) {
    case 'caller':
      return { kind: 'passThrough' };
    case 'fixed':
      return { kind: 'present', number: mode.number };
    case 'line': {
      // On an inbound call `To` (also sent as `Called`) is the Twilio number the caller dialled: the line's own. On a
      // browser call it is whatever the page passed to connect(), so it says nothing about the line.
      if (isBrowserCaller(param(params, 'From'))) return { kind: 'unavailable' };
      const line = param(params, 'To') ?? param(params, 'Called');
      return line !== undefined && E164.test(line) ? { kind: 'present', number: line } : { kind: 'unavailable' };
    }
  }
}

/** The <Dial> attributes for a choice that allows dialling. */
export function callerIdAttributes(choice: CallerIdChoice): { callerId?: string } {
  return choice.kind === 'present' ? { callerId: choice.number } : {};
}
