// How the phone line reads digits and dials, shared by the screens and the fallback: digit groups with a short
// break between them, and the ring time. No content/ at run time, so the fallback can use it when content fails.

import type VoiceResponse from 'twilio/lib/twiml/VoiceResponse.js';

/** The pause between the groups of a number: 1 / 888 / 373 / 7888. */
const GROUP_BREAK = '300ms';

/** How long a transfer rings before Twilio gives up (the <Dial timeout>), in seconds. */
export const DIAL_TIMEOUT_S = 30;

/** Appends digit groups to a <Say>, each read digit by digit, with GROUP_BREAK between them. */
export function appendGroups(say: VoiceResponse.Say, groups: readonly string[]): void {
  groups.forEach((group, i) => {
    if (i > 0) say.break({ time: GROUP_BREAK });
    say.sayAs({ 'interpret-as': 'digits' }, group);
  });
}
