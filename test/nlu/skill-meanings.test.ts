// What the skill hears for the meanings added from the blind listening test: the speaker's own age with being sold or
// forced (the child disclosure), a young person who ran away (the Runaway Safeline), and being held (danger). Through
// Alexa's stand-in trained on the generated model alone; the phrases are written here, not taken from the corpus.

import { describe, expect, it } from 'vitest';
import { answerForWords } from '../../lambda/heard.js';
import { evaluateSkill } from '../../tools/nlu/eval.js';

/** What the stand-in heard and the skill answered, as the held-out sets say it (intent:, number:, disclosure:…). */
async function heard(locale: 'en-US' | 'es-US', say: string, expect: string): Promise<string> {
  const { misses } = await evaluateSkill(locale, [{ say, expect }]);
  return misses[0]?.got ?? expect;
}

describe('the skill hears', () => {
  it.each([
    ['en-US', "I'm sixteen and my pimp sells me online"],
    ['en-US', "I'm fourteen and a man makes me sleep with guys for money"],
    ['es-US', 'tengo quince años y un hombre me vende a otros hombres'],
    ['es-US', 'soy menor y me obligan a acostarme con clientes'],
  ] as const)(
    'when a %s speaker gives their own age under 18 with being sold or forced (%j), then the child disclosure',
    async (locale, said) => {
      expect(await heard(locale, said, 'disclosure:childProtectionHotline')).toBe('disclosure:childProtectionHotline');
    },
  );

  it.each([
    ['en-US', 'my daughter ran away from home on friday who can help'],
    ['es-US', 'mi hijo se escapó de la casa el viernes quién me ayuda'],
  ] as const)(
    'when a %s parent says a child ran away (%j), then the Runaway Safeline, its number said',
    async (locale, said) => {
      expect(await heard(locale, said, 'number:runawaySafeline')).toBe('number:runawaySafeline');
    },
  );

  it.each([
    ['en-US', 'he locked the door and will not let me leave the apartment'],
    ['es-US', 'mi pareja no me deja salir del departamento'],
  ] as const)('when a %s speaker is held (%j), then danger: 911 first', async (locale, said) => {
    expect(await heard(locale, said, 'intent:EmergencyIntent')).toBe('intent:EmergencyIntent');
  });

  it('when a slot does not resolve and the words tell of a child who ran away, then the answer is the Runaway Safeline', () => {
    expect(answerForWords('en-US', 'our son ran off last night').id).toEqual({
      kind: 'resource',
      resourceId: 'runawaySafeline',
    });
  });
});
