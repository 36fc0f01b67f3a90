// The skill's small state, kept in Alexa session attributes: what was last said, where a long answer stands,
// and which numbers the user has heard (for "send the numbers to my phone"). Nothing is stored anywhere else.

import { z } from 'zod';
import { RESOURCE_IDS, TOPIC_IDS } from '../content/index.js';

const sessionSchema = z.object({
  last: z.object({ speech: z.string().max(8000), reprompt: z.string().max(8000).optional() }).optional(),
  more: z.object({ topicId: z.enum(TOPIC_IDS), next: z.number().int().min(0) }).optional(),
  heard: z.array(z.enum(RESOURCE_IDS)).max(RESOURCE_IDS.length).optional(),
});

export type SessionState = z.infer<typeof sessionSchema>;

/** Session attributes come back from the device; anything malformed is dropped rather than trusted. */
export function readSession(attributes: unknown): SessionState {
  const parsed = sessionSchema.safeParse(attributes ?? {});
  return parsed.success ? parsed.data : {};
}
