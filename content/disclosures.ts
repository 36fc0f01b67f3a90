// Disclosure structure: which service each kind of disclosure goes to (words in locales/ under "disclosure").

import type { Disclosure, DisclosureKind, ResourceId } from './types.js';

export const DISCLOSURES: Readonly<Record<DisclosureKind, Disclosure>> = {
  sexualAssault: { kind: 'sexualAssault', resourceId: 'rainn', connect: 'rainn' },
  // The child protection hotline is toll-free within California only, so the line connects to its other number.
  // Beside it, the CyberTipline, which takes reports of a child exploited online (and of child sex trafficking).
  child: {
    kind: 'child',
    resourceId: 'childProtectionHotline',
    beside: 'cyberTipline',
    connect: 'childProtectionHotlineAnywhere',
  },
  trafficking: { kind: 'trafficking', resourceId: 'traffickingHotline', connect: 'traffickingHotline' },
  // Someone who fears police or immigration also hears of CAST's 24-hour line, which is not law enforcement.
  fearOfAuthorities: {
    kind: 'fearOfAuthorities',
    resourceId: 'traffickingHotline',
    beside: 'castHotline',
    connect: 'traffickingHotline',
  },
  partnerViolence: {
    kind: 'partnerViolence',
    resourceId: 'domesticViolenceHotline',
    connect: 'domesticViolenceHotline',
  },
  // 988 is a three-digit code the line never dials: it is said, and the hotline stays on key 0.
  crisis: { kind: 'crisis', resourceId: 'crisis988' },
};

/**
 * Someone telling that a young person ran away ("my son ran away", "mi hija se fue de la casa") is not disclosing abuse:
 * they need the line for runaways and their families. The phone line connects them; the skill says its number.
 */
export const RUNAWAY_SERVICE: ResourceId = 'runawaySafeline';
