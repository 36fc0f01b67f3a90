// Which numbers may be said, texted or dialled: one rule, read by every channel and by the content check.

import { HOTLINE } from './resources.js';
import type { Resource, ResourceId, Topic, Verification } from './types.js';

/** Called or published: a number the phone line may dial and the phone line and the skill may say. */
export const isConfirmed = (v: Verification): boolean => v.level !== 'unconfirmed';

/** A phone number or dial code that is confirmed, so it may be said aloud. */
export const hasConfirmedNumber = (r: Resource): boolean =>
  (r.phone !== undefined || r.dialCode !== undefined) && isConfirmed(r.verification);

/** A text short code that is confirmed, so people may be told to text it. */
export const canText = (r: Resource): boolean => r.sms !== undefined && isConfirmed(r.sms.verification);

/** True when the phone line may dial this service: transferable, with a full phone number that is confirmed. */
export const canTransfer = (r: Resource): boolean =>
  r.transferable && r.phone !== undefined && isConfirmed(r.verification);

/**
 * The services a topic names that the phone line can connect to, in the topic's order: the hotline is left out, as it
 * has its own key (0) on every screen.
 */
export function connectableServices(topic: Topic, resources: Readonly<Record<ResourceId, Resource>>): ResourceId[] {
  return topic.resourceIds.filter((id) => id !== HOTLINE && canTransfer(resources[id]));
}

/** Who answers instead of `id` (closed, or its number unconfirmed): its 24-hour alternative when that can be dialled. */
export function alternativeOf(id: ResourceId, resources: Readonly<Record<ResourceId, Resource>>): ResourceId {
  const alternative = resources[id].afterHours;
  return alternative && alternative !== id && canTransfer(resources[alternative]) ? alternative : HOTLINE;
}
