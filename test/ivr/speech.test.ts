// Speech on the phone line: safety rules before the classifier, spoken keys, topics and services by name, and the
// reprompt (undefined) for anything it cannot place.

import { beforeAll, describe, expect, it } from 'vitest';
import { normalise } from '../../content/utterances/normalise.js';
import { HINT_LIMITS, loadSpeechClassifier, matchSpeech, speechHints } from '../../ivr/speech.js';

beforeAll(async () => {
  await loadSpeechClassifier();
});

describe('normalise', () => {
  it.each([
    ['Español!', 'espanol'],
    ['  LÍNEA,  por favor ', 'linea por favor'],
    ['9-1-1', '911'],
    ['nine 1 1', 'nine 11'],
    ['Call 9 1 1 now.', 'call 911 now'],
    ['S. T. D. testing', 'std testing'],
    ['I am a victim', 'i am a victim'],
  ])('when given %j, then it gives %j', (input, expected) => {
    expect(normalise(input)).toBe(expected);
  });
});

describe('matchSpeech: safety rules', () => {
  it.each([
    ['en-US', 'Emergency!', { kind: 'emergency' }],
    ['en-US', 'I need to call 9-1-1', { kind: 'emergency' }],
    ['en-US', 'he is hurting me', { kind: 'emergency' }],
    ['en-US', "my friend's pimp won't let her leave", { kind: 'emergency' }],
    ['en-US', 'they locked us in', { kind: 'emergency' }],
    ['es-US', 'la están golpeando', { kind: 'emergency' }],
    ['es-US', 'emergency', { kind: 'emergency' }],
    ['en-US', 'sheriff, it is an emergency', { kind: 'emergency' }],
    ['en-US', "it's not an emergency but he is beating her", { kind: 'emergency' }],
    ['en-US', 'the non-emergency line', { kind: 'sheriff' }],
    ['en-US', 'this is not an emergency', { kind: 'sheriff' }],
    ['es-US', 'no es una emergencia, la policía', { kind: 'sheriff' }],
    ['en-US', 'help', { kind: 'hotline' }],
    ['en-US', 'I would like to talk to someone', { kind: 'hotline' }],
    ['es-US', 'necesito ayuda', { kind: 'hotline' }],
    ['es-US', 'quiero hablar con alguien', { kind: 'hotline' }],
  ] as const)('when a %s caller says %j, then it means %j', (locale, said, expected) => {
    expect(matchSpeech(locale, said)).toEqual(expected);
  });
});

describe('matchSpeech: danger, narrowed where it is not danger', () => {
  it.each([
    ['en-US', 'can I get locked up for buying sex'],
    ['en-US', 'will I be locked up for paying a woman'],
    ['es-US', 'me pueden encerrar por pagarle a una mujer'],
  ] as const)('when a %s caller asks about arrest (%j), then it is not the safety screen', (locale, said) => {
    expect(matchSpeech(locale, said)?.kind).not.toBe('emergency');
  });

  it.each([
    ['en-US', 'they keep me locked up in a room'],
    ['en-US', 'I am locked up and he took my phone'],
    ['es-US', 'me tienen encerrada en un cuarto'],
  ] as const)('when a %s caller is held (%j), then it is still danger', (locale, said) => {
    expect(matchSpeech(locale, said)).toEqual({ kind: 'emergency' });
  });

  it.each([
    ['en-US', 'my boyfriend is hitting me right now'],
    ['en-US', 'my husband is beating me'],
    ['es-US', 'mi esposo me está golpeando'],
    ['es-US', 'mi novio me está pegando ahorita'],
  ] as const)(
    'when a %s caller names a partner with danger (%j), then the safety screen will offer the domestic violence line',
    (locale, said) => {
      expect(matchSpeech(locale, said)).toEqual({ kind: 'emergency', partner: true });
    },
  );

  it('when a Spanish caller tells of hitting that goes on ("me pega", "me golpea") rather than now, then the classifier hears it, as in English', () => {
    expect(matchSpeech('es-US', 'mi marido me golpea')).toEqual({ kind: 'disclosure', disclosure: 'partnerViolence' });
  });
});

describe('matchSpeech: a minor speaking of themselves', () => {
  it.each([
    ['en-US', "I'm fifteen and a man makes me sell myself"],
    ['en-US', "I'm 14 and my boyfriend sells me to his friends"],
    ['en-US', "I'm a minor and they force me to have sex for money"],
    ['es-US', 'tengo catorce años y un señor me vende'],
    ['es-US', 'tengo 16 años y me obligan a estar con clientes'],
    ['es-US', 'soy menor de edad y mi padrote me pone a trabajar'],
  ] as const)(
    'when a %s caller gives their own age with selling, forcing or sex words (%j), then the child disclosure',
    (locale, said) => {
      expect(matchSpeech(locale, said)).toEqual({ kind: 'disclosure', disclosure: 'child' });
    },
  );

  it.each([
    ['en-US', "I'm sixteen am I in trouble"],
    ['en-US', "I'm twenty five and my pimp sells me"],
    ['es-US', 'tengo diez clientes cada noche y mi padrote me vende'],
  ] as const)(
    'when a %s caller gives no age under 18 with those words, or no such words (%j), then not the rule',
    (locale, said) => {
      expect(matchSpeech(locale, said)).not.toEqual({ kind: 'disclosure', disclosure: 'child' });
    },
  );
});

describe('matchSpeech: a young person ran away', () => {
  it.each([
    ['en-US', 'my daughter ran off two days ago and I am scared for her'],
    ['en-US', 'our fifteen year old son ran away from home'],
    ['es-US', 'mi hija se escapó de la casa el sábado'],
    ['es-US', 'mi hijo se fue de la casa hace dos días'],
  ] as const)('when a %s caller says %j, then the Runaway Safeline, not the child abuse disclosure', (locale, said) => {
    expect(matchSpeech(locale, said)).toEqual({ kind: 'service', resourceId: 'runawaySafeline' });
  });
});

describe('matchSpeech: navigation words inside sentences', () => {
  it.each([
    ['en-US', 'he wants me to go back on the track'],
    ['en-US', 'I went back to him again last week'],
    ['en-US', 'what time does the library open'],
    ['es-US', 'quiero regresar con mi familia en México'],
  ] as const)(
    'when a %s caller says a longer sentence with a navigation word (%j), then it is not taken as moving about',
    (locale, said) => {
      const match = matchSpeech(locale, said);
      expect(['back', 'repeat', 'mainMenu', 'more', 'otherLanguage']).not.toContain(match?.kind);
    },
  );

  it.each([
    ['en-US', 'go back please', 'back'],
    ['en-US', 'can you say that again please', 'repeat'],
    ['en-US', 'can you please take me back to the main menu', 'mainMenu'],
    ['es-US', 'regresar', 'back'],
  ] as const)('when a %s caller says only navigation words (%j), then it means %s', (locale, said, kind) => {
    expect(matchSpeech(locale, said)).toEqual({ kind });
  });

  it.each([
    ['en-US', 'yes tell me the rest'],
    ['en-US', 'yeah keep going'],
    ['es-US', 'sí cuénteme más'],
  ] as const)('when a %s caller says yes and asks for more (%j), then it means more', (locale, said) => {
    expect(matchSpeech(locale, said)).toEqual({ kind: 'more' });
  });
});

describe('matchSpeech: fear said alone is danger; fear of something is not', () => {
  it.each([
    ['en-US', "I'm scared", { kind: 'emergency' }],
    ['en-US', "I'm so scared he will hurt me", { kind: 'emergency' }],
    ['es-US', 'tengo mucho miedo', { kind: 'emergency' }],
  ] as const)('when a %s caller says %j, then it means %j', (locale, said, expected) => {
    expect(matchSpeech(locale, said)).toEqual(expected);
  });

  it.each([
    ['en-US', "I'm scared to call the police because of my papers"],
    ['es-US', 'tengo miedo de que me deporten si hablo'],
  ] as const)('when a %s caller says %j, then it is not the 911 notice', (locale, said) => {
    expect(matchSpeech(locale, said)).not.toEqual({ kind: 'emergency' });
  });
});

describe('matchSpeech: disclosures', () => {
  it.each([
    ['en-US', 'a guy I met raped me', 'sexualAssault'],
    ['en-US', 'an older man online keeps asking my twelve year old for pictures', 'child'],
    // A child exploited online: the child protection hotline, not the text-the-hotline instructions.
    ['en-US', 'my daughter is fifteen and she is sending pictures to a man online', 'child'],
    ['es-US', 'mi hija de quince le manda fotos a un hombre por internet', 'child'],
    ['en-US', "my boss took my passport and I can't quit", 'trafficking'],
    ['es-US', 'un hombre me violó', 'sexualAssault'],
    ['es-US', 'mi patrón me quitó el pasaporte y no me deja renunciar', 'trafficking'],
  ] as const)('when a %s caller says %j, then it is a disclosure of %s', (locale, said, disclosure) => {
    expect(matchSpeech(locale, said)).toEqual({ kind: 'disclosure', disclosure });
  });
});

describe('matchSpeech: keys said aloud', () => {
  it.each([
    ['en-US', 'One.', '1'],
    ['en-US', '5', '5'],
    ['en-US', 'press one', '1'],
    ['en-US', 'option 2', '2'],
    ['en-US', 'number three please', '3'],
    ['es-US', 'Uno', '1'],
    ['es-US', 'la opción uno', '1'],
    ['es-US', 'oprimo el dos', '2'],
  ] as const)('when a %s caller says %j, then it is key %s', (locale, said, key) => {
    expect(matchSpeech(locale, said)).toEqual({ kind: 'key', key });
  });
});

describe('matchSpeech: the classifier', () => {
  it.each([
    ['en-US', 'what are the warning signs of sex trafficking', { kind: 'topic', topicId: 'signs' }],
    ['en-US', 'is it against the law to buy sex', { kind: 'topic', topicId: 'legalStatus' }],
    ['en-US', 'the hotline please', { kind: 'service', resourceId: 'traffickingHotline' }],
    ['en-US', 'the sheriff', { kind: 'service', resourceId: 'sheriffNonEmergency' }],
    ['es-US', 'la policía', { kind: 'service', resourceId: 'sheriffNonEmergency' }],
    ['en-US', 'Español', { kind: 'otherLanguage' }],
    ['es-US', 'inglés por favor', { kind: 'otherLanguage' }],
    ['en-US', 'go back please', { kind: 'back' }],
    ['es-US', 'el menú principal por favor', { kind: 'mainMenu' }],
    ['en-US', 'say that again please', { kind: 'repeat' }],
    ['en-US', 'more please', { kind: 'more' }],
  ] as const)('when a %s caller says %j, then it means %j', (locale, said, expected) => {
    expect(matchSpeech(locale, said)).toEqual(expected);
  });

  it('when the words match nothing, are empty, another language or very long, then there is no match', () => {
    expect(matchSpeech('en-US', 'blue bananas')).toBeUndefined();
    expect(matchSpeech('es-US', '')).toBeUndefined();
    expect(matchSpeech('en-US', '我需要帮助')).toBeUndefined();
    expect(matchSpeech('en-US', 'Ich brauche Hilfe bitte')).toBeUndefined();
    expect(matchSpeech('en-US', Array(40).fill('what are the signs').join(' '))).toBeUndefined();
  });

  it('when the classifier guesses a service the caller did not name, then there is no match (no transfer on a guess)', () => {
    // "the department" sounds like a county service to the classifier, but names none.
    expect(matchSpeech('en-US', 'the number for the department')).toBeUndefined();
  });
});

describe('speechHints', () => {
  it.each(['en-US', 'es-US'] as const)('when built for %s, then it stays within Twilio’s limits', (locale) => {
    const hints = speechHints(locale).split(', ');
    expect(hints.length).toBeLessThanOrEqual(HINT_LIMITS.entries);
    expect(hints.length).toBeGreaterThan(50);
    for (const h of hints) expect(h.length).toBeLessThanOrEqual(HINT_LIMITS.chars);
  });

  it('when built for Spanish, then it lists the Spanish words with their accents', () => {
    const hints = speechHints('es-US').split(', ');
    expect(hints).toContain('la línea directa');
    expect(hints).toContain('emergencia');
    expect(hints).not.toContain('the hotline');
  });
});
