// What words mean on every channel (nlu/meaning.ts): the safety rules before the classifier, and what a classifier's
// label is taken to mean, in both locales, with the real trained classifier. The phrases are written for this test.

import { describe, expect, it } from 'vitest';
import type { Locale } from '../../content/index.js';
import { normalise } from '../../content/utterances/normalise.js';
import { MAX_CLASSIFIED_WORDS } from '../../nlu/classifier.js';
import { confidentLabel, labelMeaning, meaningOfWords, safetyMeaning } from '../../nlu/meaning.js';
import { phoneClassifier } from '../../nlu/phone-model.js';

const meaning = (locale: Locale, words: string) => meaningOfWords(locale, words, phoneClassifier(locale));
const label = (locale: Locale, words: string) => confidentLabel(phoneClassifier(locale), normalise(words));

describe('the safety rules, before the classifier', () => {
  it.each([
    ['en-US', 'the man downstairs is beating my sister'],
    ['es-US', 'un hombre le está pegando a mi hermana'],
  ] as const)('when a %s speaker tells of danger (%j), then it is danger, whatever the classifier says', (l, said) => {
    expect(meaning(l, said)).toEqual({ kind: 'emergency' });
    // The rules decide: the classifier alone would not have heard danger in the Spanish phrase.
    expect(safetyMeaning(l, normalise(said))).toEqual({ kind: 'emergency' });
  });

  it.each([
    ['en-US', 'my boyfriend is choking me'],
    ['es-US', 'mi novio me está ahorcando'],
  ] as const)('when a %s speaker names a partner with the danger (%j), then danger with the partner', (l, said) => {
    expect(label(l, said)).toBe('disclosure.partnerViolence');
    expect(meaning(l, said)).toEqual({ kind: 'emergency', partner: true });
  });

  it.each([
    ['en-US', 'a deputy for something that is not an emergency'],
    ['es-US', 'un policía para algo que no es de emergencia'],
  ] as const)(
    'when a %s speaker says it is not an emergency (%j), then the Sheriff, though the classifier hears danger',
    (l, said) => {
      expect(label(l, said)).toBe('danger');
      expect(meaning(l, said)).toEqual({ kind: 'sheriff' });
    },
  );

  it.each([
    ['en-US', 'this is not an emergency but he has a knife'],
    ['es-US', 'no es emergencia pero tiene una pistola'],
  ] as const)('when a %s speaker says "not an emergency" and then danger (%j), then it is danger', (l, said) => {
    expect(meaning(l, said)).toEqual({ kind: 'emergency' });
  });

  it.each([
    ['en-US', 'would I get locked up for paying a girl'],
    ['es-US', 'me pueden encerrar si le pago a una muchacha'],
  ] as const)('when a %s speaker asks about arrest (%j), then it is not danger', (l, said) => {
    expect(safetyMeaning(l, normalise(said))).toBeUndefined();
    expect(meaning(l, said)?.kind).not.toBe('emergency');
  });

  it.each([
    ['en-US', 'could the cops lock me up for buying sex'],
    ['en-US', 'the deputies line that is not for emergencies'],
    ['es-US', 'el número del alguacil que no es para emergencias'],
  ] as const)(
    'when a %s speaker asks about arrest or a line not for emergencies (%j), then it is not danger',
    (l, said) => {
      expect(meaning(l, said)?.kind).not.toBe('emergency');
    },
  );

  it.each([
    ['en-US', 'they lock me up in the back room'],
    ['es-US', 'mi padrastro me va a matar'],
    ['es-US', 'me voy a matar esta noche'],
  ] as const)(
    'when a %s speaker is held, threatened or about to hurt themselves (%j), then it is still danger',
    (l, said) => {
      expect(meaning(l, said)).toEqual({ kind: 'emergency' });
    },
  );

  it('when a Spanish speaker says they want to kill themselves, then the crisis line, not a threat from someone else', () => {
    expect(meaning('es-US', 'a veces me quiero matar')).toEqual({ kind: 'disclosure', disclosure: 'crisis' });
  });

  it.each([
    ['en-US', 'I just turned fourteen and a guy sells pictures of me'],
    ['es-US', 'acabo de cumplir trece y un señor me vende'],
  ] as const)(
    'when a %s speaker gives their own age under 18 with being sold (%j), then the child disclosure',
    (l, said) => {
      expect(meaning(l, said)).toEqual({ kind: 'disclosure', disclosure: 'child' });
    },
  );

  it('when the classifier hears another disclosure in a minor telling of being sold, then the rule still decides', () => {
    expect(label('es-US', 'acabo de cumplir trece y un señor me vende')).not.toBe('disclosure.child');
  });

  it.each([
    ['en-US', 'please can I talk to somebody'],
    ['es-US', 'quisiera hablar con una persona'],
  ] as const)('when a %s speaker asks for a person (%j), then the hotline', (l, said) => {
    expect(meaning(l, said)).toEqual({ kind: 'hotline' });
  });

  it.each(['en-US', 'es-US'] as const)('when a %s speaker says nothing the rules know, then no rule applies', (l) => {
    expect(safetyMeaning(l, normalise('blorp fizzle wug'))).toBeUndefined();
  });
});

describe('the classifier, when no rule applies', () => {
  it.each([
    ['en-US', 'what could happen to me if I am caught buying sex', { kind: 'topic', topicId: 'legalStatus' }],
    ['es-US', 'qué me pasa si me agarran pagando por sexo', { kind: 'topic', topicId: 'legalStatus' }],
    ['en-US', 'the people who answer at rainn', { kind: 'service', resourceId: 'rainn' }],
    ['es-US', 'la gente de rainn', { kind: 'service', resourceId: 'rainn' }],
    ['en-US', 'our daughter left home and has not come back', { kind: 'service', resourceId: 'runawaySafeline' }],
    ['es-US', 'nuestra hija se fue de la casa y no ha vuelto', { kind: 'service', resourceId: 'runawaySafeline' }],
    ['en-US', 'can you text me those numbers', { kind: 'sendNumbers' }],
    ['es-US', 'me puede mandar esos números por mensaje', { kind: 'sendNumbers' }],
  ] as const)('when a %s speaker says %j, then it means %j', (l, said, expected) => {
    expect(meaning(l, said)).toEqual(expected);
  });

  it.each(['en-US', 'es-US'] as const)(
    'when a %s speaker says unknown words or nothing, then it means nothing',
    (l) => {
      expect(meaning(l, 'blorp fizzle wug')).toBeUndefined();
      expect(meaning(l, ' ¿! ')).toBeUndefined();
    },
  );

  it.each(['en-US', 'es-US'] as const)(
    'when a %s phrase is longer than the classifier takes, then it has no label',
    (l) => {
      const long = Array.from({ length: MAX_CLASSIFIED_WORDS + 1 }, () => 'rainn').join(' ');
      expect(label(l, long)).toBeUndefined();
      expect(label(l, 'rainn')).toBe('service.rainn');
    },
  );
});

describe("what a classifier's label means", () => {
  it.each([
    ['en-US', 'the group for sexual assault survivors', 'the rainn hotline'],
    ['es-US', 'la gente que ayuda a víctimas de violación', 'el número de rainn'],
  ] as const)(
    'when a %s label names a service, then the service only when one of its names was said',
    (l, unnamed, named) => {
      expect(labelMeaning(l, 'service.rainn', normalise(unnamed))).toBeUndefined();
      expect(labelMeaning(l, 'service.rainn', normalise(named))).toEqual({ kind: 'service', resourceId: 'rainn' });
    },
  );

  it.each([
    ['en-US', 'can they get locked up for selling', 'he has my phone and a knife', 'my husband has a knife'],
    ['es-US', 'me pueden encerrar por vender', 'tiene mi teléfono y un cuchillo', 'mi esposo tiene un cuchillo'],
  ] as const)(
    'when a %s label is danger, then it yields to arrest, and names a partner when one is said',
    (l, arrest, danger, partner) => {
      expect(labelMeaning(l, 'danger', normalise(arrest))).toBeUndefined();
      expect(labelMeaning(l, 'danger', normalise(danger))).toEqual({ kind: 'emergency' });
      expect(labelMeaning(l, 'danger', normalise(partner))).toEqual({ kind: 'emergency', partner: true });
    },
  );

  it.each(['en-US', 'es-US'] as const)('when a %s label is help, then the guess alone is not taken', (l) => {
    expect(labelMeaning(l, 'help', 'i do not know what to do')).toBeUndefined();
  });

  it.each(['en-US', 'es-US'] as const)(
    'when a %s label is a topic, a disclosure or a runaway, then that meaning; unknown ids mean nothing',
    (l) => {
      expect(labelMeaning(l, 'topic.signs', 'x')).toEqual({ kind: 'topic', topicId: 'signs' });
      expect(labelMeaning(l, 'disclosure.crisis', 'x')).toEqual({ kind: 'disclosure', disclosure: 'crisis' });
      expect(labelMeaning(l, 'runaway', 'x')).toEqual({ kind: 'service', resourceId: 'runawaySafeline' });
      expect(labelMeaning(l, 'topic.nothing', 'x')).toBeUndefined();
      expect(labelMeaning(l, 'disclosure.nothing', 'x')).toBeUndefined();
      expect(labelMeaning(l, 'service.nothing', 'nothing')).toBeUndefined();
    },
  );

  it.each(['en-US', 'es-US'] as const)(
    "when a %s label is a word for moving about the phone line, then it means nothing here (the phone's own)",
    (l) => {
      for (const navigation of ['more', 'yes', 'no', 'repeat', 'back', 'mainMenu', 'otherLanguage', 'None'])
        expect(labelMeaning(l, navigation, 'back')).toBeUndefined();
    },
  );
});
