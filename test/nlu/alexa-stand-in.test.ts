// The stand-in for Alexa's understanding keeps Alexa's two steps: the intent from the samples, then a slot that
// resolves only when its words equal a value or a synonym (Amazon's "Entity Resolution for Custom Slot Types").

import { describe, expect, it } from 'vitest';
import {
  AlexaStandIn,
  FALLBACK_INTENT,
  STAND_IN_SKILL_ID,
  resolveSlot,
  slotWords,
  standInDocs,
  type ModelJson,
} from '../../tools/nlu/alexa-stand-in.js';

const CITY = {
  name: 'CityType',
  values: [
    { id: 'sanJose', name: { value: 'san josé', synonyms: ['the bay'] } },
    { id: 'fresno', name: { value: 'fresno' } },
  ],
};

const MODEL: ModelJson = {
  interactionModel: {
    languageModel: {
      invocationName: 'city guide',
      intents: [
        {
          name: 'CityIntent',
          slots: [{ name: 'city', type: 'CityType' }],
          samples: ['tell me about {city}', 'what is there to do in {city}', '{city} please'],
        },
        { name: 'WeatherIntent', samples: ['is it raining', 'what is the weather like', 'will it rain today'] },
        { name: FALLBACK_INTENT, samples: [] },
      ],
      types: [CITY],
    },
  },
};

describe('resolveSlot', () => {
  it('when the words equal a value or a synonym, whatever the case and accents, then ER_SUCCESS_MATCH with its id', () => {
    const slot = resolveSlot('city', 'San Jose', CITY, STAND_IN_SKILL_ID);
    expect(slot).toEqual({
      name: 'city',
      value: 'San Jose',
      confirmationStatus: 'NONE',
      source: 'USER',
      resolutions: {
        resolutionsPerAuthority: [
          {
            authority: `amzn1.er-authority.echo-sdk.${STAND_IN_SKILL_ID}.CityType`,
            status: { code: 'ER_SUCCESS_MATCH' },
            values: [{ value: { name: 'san josé', id: 'sanJose' } }],
          },
        ],
      },
    });
    expect(
      resolveSlot('city', 'THE BAY', CITY, STAND_IN_SKILL_ID).resolutions?.resolutionsPerAuthority[0],
    ).toMatchObject({ values: [{ value: { id: 'sanJose' } }] });
  });

  it('when the words only resemble a value, then ER_SUCCESS_NO_MATCH with the heard words and no values', () => {
    const slot = resolveSlot('city', 'the city of san jose', CITY, STAND_IN_SKILL_ID);
    expect(slot.value).toBe('the city of san jose');
    expect(slot.resolutions?.resolutionsPerAuthority).toEqual([
      {
        authority: `amzn1.er-authority.echo-sdk.${STAND_IN_SKILL_ID}.CityType`,
        status: { code: 'ER_SUCCESS_NO_MATCH' },
      },
    ]);
  });

  it('when nothing was heard for the slot, then the slot comes without a value', () => {
    expect(resolveSlot('city', undefined, CITY, STAND_IN_SKILL_ID)).toEqual({
      name: 'city',
      confirmationStatus: 'NONE',
    });
  });
});

describe('slotWords', () => {
  const frames = [
    { slot: 'city', before: ['tell', 'me', 'about'], after: [] },
    { slot: 'city', before: ['what', 'is', 'there', 'to', 'do', 'in'], after: [] },
    { slot: 'city', before: [], after: ['please'] },
  ];

  it('when the carrier words come first, then the slot is what follows them, as heard', () => {
    expect(slotWords('um tell me about San José', frames)).toEqual({ slot: 'city', words: 'San José' });
  });

  it('when words follow the slot, then they are left out of it', () => {
    expect(slotWords('fresno please', frames)).toEqual({ slot: 'city', words: 'fresno' });
  });

  it('when no carrier fits and no frame is the slot alone, then no words are found', () => {
    expect(slotWords('fresno', frames.slice(0, 2))).toBeUndefined();
  });
});

describe('standInDocs', () => {
  it('fills each slot sample once per value, taking the value and its synonyms in turn', () => {
    const docs = standInDocs(MODEL).filter((d) => d.label === 'CityIntent');
    expect(docs.map((d) => d.text)).toEqual([
      'tell me about san josé',
      'tell me about fresno',
      'what is there to do in the bay',
      'what is there to do in fresno',
      'san josé please',
      'fresno please',
    ]);
  });
});

describe('AlexaStandIn', () => {
  const standIn = new AlexaStandIn('en-US', MODEL);

  it('when a new phrasing shares an intent’s words, then it picks that intent', () => {
    expect(standIn.understand('is it going to rain').intent).toBe('WeatherIntent');
  });

  it('when the words are none it learnt, then AMAZON.FallbackIntent, as Alexa sends below its threshold', () => {
    expect(standIn.understand('purple bananas dancing').intent).toBe(FALLBACK_INTENT);
  });

  it('when a carrier holds a known name, then the slot resolves; when it holds other words, then it does not', () => {
    const known = standIn.understand('tell me about fresno');
    expect(known.intent).toBe('CityIntent');
    expect(known.slots.city?.resolutions?.resolutionsPerAuthority[0]?.status.code).toBe('ER_SUCCESS_MATCH');
    const other = standIn.understand('tell me about the valley near fresno');
    expect(other.intent).toBe('CityIntent');
    expect(other.slots.city?.value).toBe('the valley near fresno');
    expect(other.slots.city?.resolutions?.resolutionsPerAuthority[0]?.status.code).toBe('ER_SUCCESS_NO_MATCH');
  });
});
