// The names the interaction models and the handlers share: intents, slots and slot types (structure, no words).
// One intent per meaning the skill answers; topics and services are also reached by name through a slot.

import { DISCLOSURE_KINDS, TOPIC_IDS, type DisclosureKind, type TopicId } from '../content/index.js';

/** "Tell me about {topic}": a topic by its name. */
export const TOPIC_INTENT = 'TopicIntent';
/** "What's the number for {organization}": a service by its name. */
export const RESOURCE_INTENT = 'ResourceIntent';
export const EMERGENCY_INTENT = 'EmergencyIntent';
/** Asking for a person: the hotline, where someone answers day and night. */
export const PERSON_INTENT = 'PersonIntent';
export const SEND_NUMBERS_INTENT = 'SendNumbersIntent';
/** A young person ran away ("my son ran away from home"): the Runaway Safeline's number. */
export const RUNAWAY_INTENT = 'RunawayIntent';

export const TOPIC_SLOT = 'topic';
export const ORGANIZATION_SLOT = 'organization';
export const TOPIC_TYPE = 'TopicType';
export const ORGANIZATION_TYPE = 'OrganizationType';

const pascal = (id: string): string => id.charAt(0).toUpperCase() + id.slice(1);

/** A topic's own intent: its questions, in people's words ("is it legal to pay for sex" -> LegalStatusIntent). */
export const topicIntent = (id: TopicId): string => `${pascal(id)}Intent`;
/** A disclosure's own intent ("I was raped" -> DisclosureSexualAssaultIntent). */
export const disclosureIntent = (kind: DisclosureKind): string => `Disclosure${pascal(kind)}Intent`;

export const TOPIC_INTENTS: ReadonlyMap<string, TopicId> = new Map(TOPIC_IDS.map((id) => [topicIntent(id), id]));
export const DISCLOSURE_INTENTS: ReadonlyMap<string, DisclosureKind> = new Map(
  DISCLOSURE_KINDS.map((kind) => [disclosureIntent(kind), kind]),
);

export const CUSTOM_INTENTS: readonly string[] = [
  TOPIC_INTENT,
  RESOURCE_INTENT,
  ...TOPIC_INTENTS.keys(),
  ...DISCLOSURE_INTENTS.keys(),
  EMERGENCY_INTENT,
  PERSON_INTENT,
  SEND_NUMBERS_INTENT,
  RUNAWAY_INTENT,
];

export const BUILT_IN_INTENTS = [
  'AMAZON.HelpIntent',
  'AMAZON.StopIntent',
  'AMAZON.CancelIntent',
  'AMAZON.FallbackIntent',
  'AMAZON.RepeatIntent',
  'AMAZON.YesIntent',
  'AMAZON.NoIntent',
  'AMAZON.NavigateHomeIntent',
] as const;

/** The slots each custom intent carries; the slot types' value ids are TopicId and ResourceId. */
export const INTENT_SLOTS: Readonly<Record<string, readonly { name: string; type: string }[]>> = {
  [TOPIC_INTENT]: [{ name: TOPIC_SLOT, type: TOPIC_TYPE }],
  [RESOURCE_INTENT]: [{ name: ORGANIZATION_SLOT, type: ORGANIZATION_TYPE }],
};
