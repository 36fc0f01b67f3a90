// Which services the phone line may put a caller through to: one rule, read by the call flow and the content check.

import type { Resource, ResourceId, Topic } from './types.js';

/** The hotline has its own key (0) on every screen, so a topic's service keys leave it out. */
const HOTLINE: ResourceId = 'traffickingHotline';

/** True when the phone line may dial this service: marked transferable, with a full phone number. */
export const canTransfer = (r: Resource): boolean => r.transferable && r.phone !== undefined;

/** The services a topic names that the phone line can connect to, besides the hotline, in the topic's order. */
export function connectableServices(topic: Topic, resources: Readonly<Record<ResourceId, Resource>>): ResourceId[] {
  return topic.resourceIds.filter((id) => id !== HOTLINE && canTransfer(resources[id]));
}
