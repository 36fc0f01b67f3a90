// A slot of a name intent (TopicIntent, ResourceIntent): its content id when Alexa resolved it, otherwise what the
// words heard for it mean (lambda/heard.ts, loaded only then), before any "not understood".

import type { HandlerInput } from 'ask-sdk-core';
import type { IntentRequest } from 'ask-sdk-model';
import { fallbackAnswer, type Answer } from '../answers.js';
import { localeOf } from '../interceptors/locale.js';
import { resolvedId } from '../slots.js';

export async function slotAnswer<T extends string>(
  input: HandlerInput,
  slotName: string,
  ids: readonly T[],
  answer: (id: T) => Answer,
): Promise<Answer> {
  const { intent } = input.requestEnvelope.request as IntentRequest;
  const id = resolvedId(intent, slotName, ids);
  if (id) return answer(id);
  const heard = intent.slots?.[slotName]?.value;
  if (!heard) return fallbackAnswer(localeOf(input));
  const { answerForWords } = await import('../heard.js');
  return answerForWords(localeOf(input), heard);
}
