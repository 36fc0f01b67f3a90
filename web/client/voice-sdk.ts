/// <reference lib="dom" />
// The Twilio Voice SDK as a file of its own (about 180 kB): call.js fetches it only when someone presses Call.

import { Device } from '@twilio/voice-sdk';

declare global {
  interface Window {
    /** Set by this file when it has loaded; call.js reads it. */
    westmontVoice?: { readonly Device: typeof Device };
  }
}

window.westmontVoice = { Device };
