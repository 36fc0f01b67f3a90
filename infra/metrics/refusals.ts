// Signatures refused (possible forgeries), counted the same way by every channel that checks one.

import type { MetricTable } from './events.js';

/** Where a request's signature was refused: Twilio's on /ivr/*, Amazon's on POST /alexa. */
const SIGNED_CHANNELS = ['ivr', 'alexa'] as const;

/** Why: no signature at all, a signature that does not match, or a request too malformed to check. */
const REFUSAL_REASONS = ['missing', 'invalid', 'malformed'] as const;

export type SignatureRefusedEvent = {
  readonly kind: 'signatureRefused';
  readonly channel: (typeof SIGNED_CHANNELS)[number];
  readonly reason: (typeof REFUSAL_REASONS)[number];
};

export const SIGNATURE_METRICS = {
  signatureRefused: {
    prometheus: 'helpline_signatures_refused_total',
    cloudwatch: 'SignaturesRefused',
    help: 'Requests refused for a missing, wrong or uncheckable signature (possible forgeries), by channel and why.',
    labels: { channel: SIGNED_CHANNELS, reason: REFUSAL_REASONS },
  },
} as const satisfies MetricTable;
