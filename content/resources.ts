// The resource registry: the only place in the project where phone numbers, short codes and web addresses live.

import type { Resource, ResourceId, ResourceListId } from './types.js';

const SEED = 'Source text "Understanding the Realities: Westmont and the Issue of Commercial Sex Work"';
const SEEDED = '2026-11-27';
const TO_VERIFY = { status: 'toVerify' } as const;

export const RESOURCES: Readonly<Record<ResourceId, Resource>> = {
  traffickingHotline: {
    id: 'traffickingHotline',
    phone: '+18883737888',
    sms: { shortCode: '233733', keywords: ['HELP', 'INFO'] },
    transferable: true,
    hours: '24/7',
    languages: 'multilingual',
    confidential: true,
    source: `${SEED}; 24-hour service as the hotline publishes it`,
    lastVerified: SEEDED,
    verification: TO_VERIFY,
    topicIds: ['whatToDo', 'leavingSupport', 'trustedSources', 'signs', 'localConcern'],
  },
  sheriffNonEmergency: {
    id: 'sheriffNonEmergency',
    // Not the source text's (323) 890-5500: public copies of Sheriff's Department statements give that number
    // to the Homicide Bureau. Westmont is served by South Los Angeles Station, 1310 W. Imperial Hwy.
    phone: '+13238206700',
    transferable: true,
    source:
      "Published number of the LASD South Los Angeles Station (1310 W. Imperial Hwy), which public reports place over Westmont; replaces the source text's (323) 890-5500 (LASD Homicide Bureau in public Sheriff's Department statements). To verify by calling.",
    lastVerified: SEEDED,
    verification: TO_VERIFY,
    topicIds: ['whatToDo', 'trustedSources', 'legalStatus'],
  },
  cast: {
    id: 'cast',
    phone: '+12133651906',
    transferable: true,
    source: SEED,
    lastVerified: SEEDED,
    verification: TO_VERIFY,
    topicIds: ['leavingSupport'],
  },
  downtownWomensCenter: {
    id: 'downtownWomensCenter',
    phone: '+12136800600',
    transferable: true,
    source: SEED,
    lastVerified: SEEDED,
    verification: TO_VERIFY,
    topicIds: ['leavingSupport'],
  },
  journeyOut: {
    id: 'journeyOut',
    phone: '+18189881955',
    transferable: true,
    source: SEED,
    lastVerified: SEEDED,
    verification: TO_VERIFY,
    topicIds: ['leavingSupport'],
  },
  la211: {
    id: 'la211',
    dialCode: '211',
    transferable: false,
    source: SEED,
    lastVerified: SEEDED,
    verification: TO_VERIFY,
    topicIds: ['leavingSupport', 'trustedSources'],
  },
  dhsWomensHealth: {
    id: 'dhsWomensHealth',
    transferable: false,
    source: `${SEED} (no number given: referral only)`,
    lastVerified: SEEDED,
    verification: TO_VERIFY,
    topicIds: ['leavingSupport'],
  },
  dphStdPrograms: {
    id: 'dphStdPrograms',
    transferable: false,
    source: `${SEED} (no number given: referral only)`,
    lastVerified: SEEDED,
    verification: TO_VERIFY,
    topicIds: ['healthRisks', 'trustedSources'],
  },
  emergency911: {
    id: 'emergency911',
    dialCode: '911',
    // Said to callers; the product never dials it and never claims to.
    transferable: false,
    source: SEED,
    lastVerified: SEEDED,
    verification: TO_VERIFY,
    topicIds: ['whatToDo'],
  },
  laCountyGov: {
    id: 'laCountyGov',
    website: 'lacounty.gov',
    transferable: false,
    source: SEED,
    lastVerified: SEEDED,
    verification: TO_VERIFY,
    topicIds: ['trustedSources'],
  },
  caAttorneyGeneral: {
    id: 'caAttorneyGeneral',
    website: 'oag.ca.gov/human-trafficking',
    transferable: false,
    source: SEED,
    lastVerified: SEEDED,
    verification: TO_VERIFY,
    topicIds: ['trustedSources'],
  },
  polarisProject: {
    id: 'polarisProject',
    website: 'polarisproject.org',
    transferable: false,
    source: SEED,
    lastVerified: SEEDED,
    verification: TO_VERIFY,
    topicIds: ['trustedSources'],
  },
};

export const RESOURCE_LISTS: Readonly<Record<ResourceListId, readonly ResourceId[]>> = {
  healthAnd211: ['la211', 'dhsWomensHealth', 'dphStdPrograms'],
};
