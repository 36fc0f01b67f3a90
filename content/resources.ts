// The resource registry: the only place in the project where phone numbers, short codes and web addresses live.

import type { Resource, ResourceId, ResourceListId } from './types.js';

const SEED = 'Source text "Understanding the Realities: Westmont and the Issue of Commercial Sex Work"';
const SEEDED = '2026-11-27';
/** When the numbers added after the source text were read from their public listings. */
const REVIEWED = '2026-12-01';
const TO_VERIFY = { status: 'toVerify' } as const;
/** No published hours were found for the office lines: an assumption until someone calls. */
const OFFICE_HOURS = { days: [1, 2, 3, 4, 5], open: '09:00', close: '17:00' } as const;
const HOURS_ASSUMED = 'hours assumed, to verify';

/** The National Human Trafficking Hotline: what every channel offers first, and where the phone line falls back to. */
export const HOTLINE = 'traffickingHotline' satisfies ResourceId;

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
  },
  castHotline: {
    id: 'castHotline',
    phone: '+18885392373',
    transferable: true,
    hours: '24/7',
    languages: 'multilingual',
    confidential: true,
    source:
      "CAST's public listing of its 24-hour hotline, 888-KEY-2-FREE (888-539-2373): toll-free in the U.S., 24 hours a day, 7 days a week, with translators, not associated with law enforcement; as cited in the team's survivor-content review",
    lastVerified: REVIEWED,
    verification: TO_VERIFY,
  },
  domesticViolenceHotline: {
    id: 'domesticViolenceHotline',
    phone: '+18007997233',
    sms: { shortCode: '88788', keywords: ['START'] },
    transferable: true,
    hours: '24/7',
    languages: 'multilingual',
    confidential: true,
    source:
      "The National Domestic Violence Hotline's public listing: 1-800-799-7233 (800-799-SAFE), text START to 88788, 24/7; as cited in the team's survivor-content review",
    lastVerified: REVIEWED,
    verification: TO_VERIFY,
  },
  rainn: {
    id: 'rainn',
    phone: '+18006564673',
    transferable: true,
    hours: '24/7',
    confidential: true,
    source:
      "RAINN's public listing of the National Sexual Assault Hotline, 1-800-656-4673, 24/7; as cited in the team's survivor-content review",
    lastVerified: REVIEWED,
    verification: TO_VERIFY,
  },
  childProtectionHotline: {
    id: 'childProtectionHotline',
    // Toll-free only within California, so it is said to callers; the phone line transfers to the number below.
    phone: '+18005404000',
    transferable: false,
    hours: '24/7',
    source:
      "LA County Department of Children and Family Services' public contact page: Child Protection Hotline, toll-free within California, 24 hours a day, 7 days a week",
    lastVerified: REVIEWED,
    verification: TO_VERIFY,
  },
  childProtectionHotlineAnywhere: {
    id: 'childProtectionHotlineAnywhere',
    phone: '+12136394500',
    transferable: true,
    hours: '24/7',
    source:
      "LA County Department of Children and Family Services' public contact page: the Child Protection Hotline's number from outside California, routed to a children's social worker",
    lastVerified: REVIEWED,
    verification: TO_VERIFY,
  },
  crisis988: {
    id: 'crisis988',
    // A three-digit code: said, never dialled, as Twilio may not route it.
    dialCode: '988',
    transferable: false,
    hours: '24/7',
    confidential: true,
    source:
      "The 988 Suicide & Crisis Lifeline, the national three-digit number for call or text, 24/7; as cited in the team's survivor-content review",
    lastVerified: REVIEWED,
    verification: TO_VERIFY,
  },
  cast: {
    id: 'cast',
    phone: '+12133651906',
    transferable: true,
    hours: OFFICE_HOURS,
    afterHours: 'castHotline',
    source: `${SEED}; the office line could not be found on public pages, keep until called`,
    lastVerified: SEEDED,
    verification: { status: 'toVerify', note: `${HOURS_ASSUMED}; number not found on public pages` },
  },
  downtownWomensCenter: {
    id: 'downtownWomensCenter',
    phone: '+12136800600',
    transferable: true,
    hours: OFFICE_HOURS,
    afterHours: 'traffickingHotline',
    source: `${SEED}; the number could not be found on public pages, keep until called`,
    lastVerified: SEEDED,
    verification: { status: 'toVerify', note: `${HOURS_ASSUMED}; number not found on public pages` },
  },
  journeyOut: {
    id: 'journeyOut',
    phone: '+18189881955',
    transferable: true,
    hours: OFFICE_HOURS,
    afterHours: 'traffickingHotline',
    source: `${SEED}; the number could not be found on public pages, keep until called`,
    lastVerified: SEEDED,
    verification: { status: 'toVerify', note: `${HOURS_ASSUMED}; number not found on public pages` },
  },
  la211: {
    id: 'la211',
    dialCode: '211',
    transferable: false,
    hours: '24/7',
    source: `${SEED}; open 24/7 as 211 LA publishes it. Also the way to the county's STD programs and Office of Women's Health, which the source names without a number`,
    lastVerified: SEEDED,
    verification: TO_VERIFY,
  },
  emergency911: {
    id: 'emergency911',
    dialCode: '911',
    // Said to callers; the product never dials it and never claims to.
    transferable: false,
    source: SEED,
    lastVerified: SEEDED,
    verification: TO_VERIFY,
  },
  laCountyGov: {
    id: 'laCountyGov',
    website: 'lacounty.gov',
    transferable: false,
    source: SEED,
    lastVerified: SEEDED,
    verification: TO_VERIFY,
  },
  caAttorneyGeneral: {
    id: 'caAttorneyGeneral',
    website: 'oag.ca.gov/human-trafficking',
    transferable: false,
    source: SEED,
    lastVerified: SEEDED,
    verification: TO_VERIFY,
  },
  polarisProject: {
    id: 'polarisProject',
    website: 'polarisproject.org',
    transferable: false,
    source: SEED,
    lastVerified: SEEDED,
    verification: TO_VERIFY,
  },
};

export const RESOURCE_LISTS: Readonly<Record<ResourceListId, readonly ResourceId[]>> = {
  healthAnd211: ['la211', 'crisis988', 'rainn', 'domesticViolenceHotline'],
};
