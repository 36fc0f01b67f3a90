// The names the interaction models and the handlers share: intents, slots and slot types (structure, no words).

export const TOPIC_INTENT = 'TopicIntent';
export const RESOURCE_INTENT = 'ResourceIntent';
export const EMERGENCY_INTENT = 'EmergencyIntent';
export const SEND_NUMBERS_INTENT = 'SendNumbersIntent';

export const TOPIC_SLOT = 'topic';
export const ORGANIZATION_SLOT = 'organization';
export const TOPIC_TYPE = 'TopicType';
export const ORGANIZATION_TYPE = 'OrganizationType';

export const CUSTOM_INTENTS = [TOPIC_INTENT, RESOURCE_INTENT, EMERGENCY_INTENT, SEND_NUMBERS_INTENT] as const;

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

export type IntentName = (typeof CUSTOM_INTENTS)[number] | (typeof BUILT_IN_INTENTS)[number];

/** The slots each custom intent carries; the slot types' value ids are TopicId and ResourceId. */
export const INTENT_SLOTS: Readonly<Record<string, readonly { name: string; type: string }[]>> = {
  [TOPIC_INTENT]: [{ name: TOPIC_SLOT, type: TOPIC_TYPE }],
  [RESOURCE_INTENT]: [{ name: ORGANIZATION_SLOT, type: ORGANIZATION_TYPE }],
};
