// Topic structure: which resources each answer points to, how many detail parts it has, and which service its
// summary offers to connect to. Words are in locales/.
//
// Where a topic may be heard by someone in the trade (the law, rights, trusted sources, the community, what is being
// done), CAST's 24-hour line comes before the Sheriff: a survivor who fears the police hears help that is not the
// police first. The phone line offers the services a topic names in this order, on keys 2 to 5.

import type { Topic, TopicId } from './types.js';

export const TOPICS: Readonly<Record<TopicId, Topic>> = {
  legalStatus: {
    id: 'legalStatus',
    resourceIds: ['traffickingHotline', 'castHotline', 'sheriffNonEmergency', 'la211'],
    detailChunks: 5,
    connect: 'traffickingHotline',
  },
  physicalDangers: {
    id: 'physicalDangers',
    resourceIds: ['traffickingHotline', 'domesticViolenceHotline', 'rainn', 'emergency911'],
    detailChunks: 3,
    connect: 'traffickingHotline',
  },
  healthRisks: { id: 'healthRisks', resourceIds: ['la211'], detailChunks: 2, connect: 'la211' },
  longTermConsequences: {
    id: 'longTermConsequences',
    resourceIds: ['traffickingHotline', 'la211', 'crisis988'],
    detailChunks: 3,
    connect: 'traffickingHotline',
  },
  localConcern: {
    id: 'localConcern',
    resourceIds: ['traffickingHotline'],
    detailChunks: 2,
    connect: 'traffickingHotline',
  },
  signs: {
    id: 'signs',
    resourceIds: ['traffickingHotline', 'cyberTipline', 'runawaySafeline', 'sheriffNonEmergency', 'emergency911'],
    detailChunks: 3,
    connect: 'traffickingHotline',
  },
  whatToDo: {
    id: 'whatToDo',
    resourceIds: ['traffickingHotline', 'sheriffNonEmergency', 'emergency911'],
    detailChunks: 2,
    connect: 'traffickingHotline',
  },
  leavingSupport: {
    id: 'leavingSupport',
    resourceIds: ['castHotline', 'cast', 'downtownWomensCenter', 'journeyOut', 'traffickingHotline', 'la211'],
    detailChunks: 6,
    connect: 'castHotline',
  },
  communityImpact: {
    id: 'communityImpact',
    resourceIds: ['traffickingHotline', 'castHotline', 'sheriffNonEmergency'],
    detailChunks: 2,
    connect: 'traffickingHotline',
  },
  whatIsBeingDone: {
    id: 'whatIsBeingDone',
    resourceIds: ['traffickingHotline', 'castHotline', 'sheriffNonEmergency'],
    detailChunks: 1,
    connect: 'traffickingHotline',
  },
  trustedSources: {
    id: 'trustedSources',
    resourceIds: [
      'traffickingHotline',
      'castHotline',
      'sheriffNonEmergency',
      'emergency911',
      'la211',
      'laCountyGov',
      'caAttorneyGeneral',
      'polarisProject',
    ],
    detailChunks: 3,
    connect: 'traffickingHotline',
  },
  consentVsCoercion: {
    id: 'consentVsCoercion',
    resourceIds: ['traffickingHotline', 'castHotline'],
    detailChunks: 2,
    connect: 'traffickingHotline',
  },
  rights: {
    id: 'rights',
    resourceIds: ['castHotline', 'traffickingHotline', 'childProtectionHotline', 'childProtectionHotlineAnywhere'],
    detailChunks: 8,
    connect: 'castHotline',
  },
  hotlineCall: {
    id: 'hotlineCall',
    resourceIds: ['traffickingHotline', 'castHotline'],
    detailChunks: 3,
    connect: 'traffickingHotline',
  },
};

/**
 * The order a reader meets the topics on the web page: what people act on (signs, what to do, help to leave, rights)
 * before the law and the background.
 */
export const READING_ORDER: readonly TopicId[] = [
  'signs',
  'whatToDo',
  'leavingSupport',
  'rights',
  'hotlineCall',
  'localConcern',
  'consentVsCoercion',
  'physicalDangers',
  'healthRisks',
  'longTermConsequences',
  'legalStatus',
  'communityImpact',
  'whatIsBeingDone',
  'trustedSources',
];
