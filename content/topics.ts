// Topic structure: which resources each answer points to, how many detail parts it has, and which service its
// summary offers to connect to. Words are in locales/.

import type { Topic, TopicId } from './types.js';

export const TOPICS: Readonly<Record<TopicId, Topic>> = {
  legalStatus: {
    id: 'legalStatus',
    resourceIds: ['traffickingHotline', 'sheriffNonEmergency'],
    detailChunks: 3,
    connect: 'traffickingHotline',
  },
  physicalDangers: {
    id: 'physicalDangers',
    resourceIds: ['traffickingHotline', 'domesticViolenceHotline', 'rainn', 'emergency911'],
    detailChunks: 3,
    connect: 'traffickingHotline',
  },
  healthRisks: { id: 'healthRisks', resourceIds: ['la211'], detailChunks: 2 },
  longTermConsequences: {
    id: 'longTermConsequences',
    resourceIds: ['traffickingHotline', 'la211', 'crisis988'],
    detailChunks: 3,
    connect: 'traffickingHotline',
  },
  localConcern: {
    id: 'localConcern',
    resourceIds: ['traffickingHotline'],
    detailChunks: 1,
    connect: 'traffickingHotline',
  },
  signs: {
    id: 'signs',
    resourceIds: ['traffickingHotline', 'sheriffNonEmergency', 'emergency911'],
    detailChunks: 2,
    connect: 'traffickingHotline',
  },
  whatToDo: {
    id: 'whatToDo',
    resourceIds: ['traffickingHotline', 'sheriffNonEmergency', 'emergency911'],
    detailChunks: 2,
    // The hotline is always on key 0; this topic's own key is the Sheriff's line it names.
    connect: 'sheriffNonEmergency',
  },
  leavingSupport: {
    id: 'leavingSupport',
    resourceIds: ['castHotline', 'cast', 'downtownWomensCenter', 'journeyOut', 'traffickingHotline', 'la211'],
    detailChunks: 5,
    connect: 'castHotline',
  },
  communityImpact: {
    id: 'communityImpact',
    resourceIds: ['sheriffNonEmergency', 'traffickingHotline'],
    detailChunks: 2,
    connect: 'sheriffNonEmergency',
  },
  whatIsBeingDone: {
    id: 'whatIsBeingDone',
    resourceIds: ['sheriffNonEmergency'],
    detailChunks: 1,
    connect: 'sheriffNonEmergency',
  },
  trustedSources: {
    id: 'trustedSources',
    resourceIds: [
      'traffickingHotline',
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
    resourceIds: ['traffickingHotline'],
    detailChunks: 2,
    connect: 'traffickingHotline',
  },
  rights: {
    id: 'rights',
    resourceIds: ['traffickingHotline', 'castHotline', 'childProtectionHotline', 'childProtectionHotlineAnywhere'],
    detailChunks: 6,
    connect: 'traffickingHotline',
  },
  hotlineCall: {
    id: 'hotlineCall',
    resourceIds: ['traffickingHotline'],
    detailChunks: 2,
    connect: 'traffickingHotline',
  },
};
