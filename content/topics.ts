// Topic structure: which resources each answer points to and how many detail chunks it has. Words are in locales/.

import type { Topic, TopicId } from './types.js';

export const TOPICS: Readonly<Record<TopicId, Topic>> = {
  legalStatus: { id: 'legalStatus', resourceIds: ['sheriffNonEmergency'], detailChunks: 2 },
  physicalDangers: { id: 'physicalDangers', resourceIds: ['traffickingHotline'], detailChunks: 2 },
  healthRisks: { id: 'healthRisks', resourceIds: ['dphStdPrograms', 'la211'], detailChunks: 2 },
  longTermConsequences: {
    id: 'longTermConsequences',
    resourceIds: ['traffickingHotline', 'la211'],
    detailChunks: 1,
  },
  localConcern: { id: 'localConcern', resourceIds: ['traffickingHotline'], detailChunks: 1 },
  signs: { id: 'signs', resourceIds: ['traffickingHotline', 'sheriffNonEmergency'], detailChunks: 2 },
  whatToDo: {
    id: 'whatToDo',
    resourceIds: ['traffickingHotline', 'sheriffNonEmergency', 'emergency911'],
    detailChunks: 2,
  },
  leavingSupport: {
    id: 'leavingSupport',
    resourceIds: ['cast', 'downtownWomensCenter', 'journeyOut', 'traffickingHotline', 'dhsWomensHealth'],
    detailChunks: 3,
  },
  communityImpact: { id: 'communityImpact', resourceIds: ['sheriffNonEmergency'], detailChunks: 1 },
  whatIsBeingDone: { id: 'whatIsBeingDone', resourceIds: ['sheriffNonEmergency'], detailChunks: 2 },
  trustedSources: {
    id: 'trustedSources',
    resourceIds: [
      'sheriffNonEmergency',
      'traffickingHotline',
      'dphStdPrograms',
      'la211',
      'laCountyGov',
      'caAttorneyGeneral',
      'polarisProject',
    ],
    detailChunks: 3,
  },
  consentVsCoercion: { id: 'consentVsCoercion', resourceIds: ['traffickingHotline'], detailChunks: 2 },
};
