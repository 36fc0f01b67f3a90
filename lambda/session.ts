// The skill's small state, kept in Alexa session attributes: what was last said, where a long answer stands,
// and which numbers the user has heard (for "send the numbers to my phone"). Nothing is stored anywhere else.

import { z } from 'zod';
import { RESOURCE_IDS, TOPIC_IDS } from '../content/index.js';

/**
 * Exactly what lambda/render-ssml.ts writes: escaped text, digit groups and short breaks. Repeat speaks `last` again
 * as it is, so anything else (a forged or damaged attribute) would reach Alexa as invalid SSML.
 */
const RENDERED_SSML =
  // eslint-disable-next-line no-control-regex
  /^(?:[^<>&\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|&(?:amp|lt|gt|quot);|<say-as interpret-as="digits">\d+<\/say-as>|<break time="\d{1,4}ms"\/>)*$/;
/** Alexa's outputSpeech limit is 8,000 characters including <speak></speak>, which ask-sdk adds around this. */
const rendered = z.string().max(7900).regex(RENDERED_SSML);

const sessionSchema = z.object({
  last: z.object({ speech: rendered, reprompt: rendered.optional() }).optional(),
  more: z.object({ topicId: z.enum(TOPIC_IDS), next: z.number().int().min(0) }).optional(),
  heard: z.array(z.enum(RESOURCE_IDS)).max(RESOURCE_IDS.length).optional(),
});

export type SessionState = z.infer<typeof sessionSchema>;

/** Session attributes come back from the device; anything malformed is dropped rather than trusted. */
export function readSession(attributes: unknown): SessionState {
  const parsed = sessionSchema.safeParse(attributes ?? {});
  return parsed.success ? parsed.data : {};
}
