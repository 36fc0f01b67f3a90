// The resource registry: the only place in the project where phone numbers, short codes and web addresses live.
//
// Each number says how far it is confirmed (`verification`, see types.ts): the phone line and the skill dial and
// say only `called` and `published` numbers, and the web page shows only those. An `unconfirmed` one stays here,
// with what is known of it, until someone calls it; its service offers its 24-hour alternative (`afterHours`) or
// its website instead. The pages below were read on READ from stored copies of public pages.

import type { Resource, ResourceId, ResourceListId, Verification } from './types.js';

const SEED = 'Source text "Understanding the Realities: Westmont and the Issue of Commercial Sex Work"';
/** When the pages below were read and the numbers last searched for. */
const READ = '2026-12-07';

const published = (title: string, url: string, note?: string): Verification => ({
  level: 'published',
  date: READ,
  title,
  url,
  ...(note === undefined ? {} : { note }),
});
const unconfirmed = (note: string): Verification => ({ level: 'unconfirmed', date: READ, note });

/** The National Human Trafficking Hotline: what every channel offers first, and where the phone line falls back to. */
export const HOTLINE = 'traffickingHotline' satisfies ResourceId;

export const RESOURCES: Readonly<Record<ResourceId, Resource>> = {
  traffickingHotline: {
    id: 'traffickingHotline',
    phone: '+18883737888',
    sms: {
      shortCode: '233733',
      keyword: 'HELP',
      verification: unconfirmed(
        'Official pages publish 233733 ("BeFree") only from before the hotline changed operator in September 2025 ' +
          '(ACF, "Announcing 24/7 Chat & Text for the National Human Trafficking Hotline", 2018); the keywords HELP and ' +
          'INFO appear only on third-party and congressional pages. Send one test text (HELP) and record the reply.',
      ),
    },
    transferable: true,
    hours: '24/7',
    languages: 'multilingual',
    confidential: true,
    source: `${SEED}; run by Compass Connections for HHS since September 2025`,
    verification: published(
      'What We Do (National Human Trafficking Hotline)',
      'https://humantraffickinghotline.org/about-us/what-we-do',
      'Every page found that prints the number predates the change of operator in September 2025; HHS says calls ' +
        'continue. Call it once to make it called.',
    ),
  },
  sheriffNonEmergency: {
    id: 'sheriffNonEmergency',
    // Not the source text's (323) 890-5500, which a county supervisor's page gives as the Sheriff's Homicide Bureau.
    phone: '+13238206700',
    website: 'lasd.org',
    transferable: true,
    afterHours: 'traffickingHotline',
    source:
      'LASD South Los Angeles Station (1310 W. Imperial Hwy), which serves Westmont (Los Angeles Times, 2020-09-08). ' +
      'Replaces the source text\'s (323) 890-5500 "Century Station": that number is the Sheriff\'s Homicide Bureau ' +
      '("Public Safety", office of Supervisor Don Knabe, knabe.com). Website: the department\'s own "LASD Phone Directory" page, lasd.org/lasd-phone-directory.',
    verification: unconfirmed(
      '(323) 820-6700 appears only in a 2010 news report of the station opening ("The new phone number is ' +
        '323-820-6700", Pasadena Star-News, 2010-09-07); no lasd.org or county page with it was found. Call it, or ' +
        "find it in lasd.org's phone directory.",
    ),
  },
  castHotline: {
    id: 'castHotline',
    phone: '+18885392373',
    website: 'castla.org',
    transferable: true,
    hours: '24/7',
    languages: 'multilingual',
    confidential: true,
    source:
      'CAST\'s 24-hour hotline, 888-KEY-2-FREE: toll-free anywhere in the U.S., with translators, not associated with law enforcement (CAST, "Hotline", espanol.castla.org/hotline)',
    verification: published('News (CAST, page header)', 'https://www.castla.org/category/cast_news/'),
  },
  domesticViolenceHotline: {
    id: 'domesticViolenceHotline',
    phone: '+18007997233',
    sms: {
      shortCode: '88788',
      keyword: 'START',
      verification: published(
        'National Domestic Violence Hotline Answers 6 Million Contacts (Office for Victims of Crime)',
        'https://ovc.ojp.gov/news/grantee-news/national-domestic-violence-hotline-answers-6-million-contacts',
      ),
    },
    transferable: true,
    hours: '24/7',
    languages: 'multilingual',
    confidential: true,
    source: 'The National Domestic Violence Hotline, 800-799-SAFE, as the U.S. Department of Justice publishes it',
    verification: published(
      'National Domestic Violence Hotline Answers 6 Million Contacts (Office for Victims of Crime)',
      'https://ovc.ojp.gov/news/grantee-news/national-domestic-violence-hotline-answers-6-million-contacts',
    ),
  },
  rainn: {
    id: 'rainn',
    phone: '+18006564673',
    transferable: true,
    hours: '24/7',
    confidential: true,
    source:
      'RAINN, the National Sexual Assault Hotline, 1.800.656.HOPE. A call is routed by the caller ID it arrives with, so a transfer reaches the centre nearest the number the line presents.',
    verification: published(
      'National Sexual Assault Hotline - 1.800.656.HOPE (RAINN)',
      'https://rainn.org/get-help/national-sexual-assault-hotline',
    ),
  },
  childProtectionHotline: {
    id: 'childProtectionHotline',
    // Toll-free only within California, so it is said to callers; the phone line transfers to the number below.
    phone: '+18005404000',
    transferable: false,
    hours: '24/7',
    source:
      'LA County Department of Children and Family Services: Child Protection Hotline, toll-free within California',
    verification: published('Contact DCFS (LA County DCFS)', 'https://dcfs.lacounty.gov/contact/'),
  },
  childProtectionHotlineAnywhere: {
    id: 'childProtectionHotlineAnywhere',
    phone: '+12136394500',
    transferable: true,
    hours: '24/7',
    source:
      "LA County DCFS: the Child Protection Hotline's number from outside California, routed to a children's social worker",
    verification: published(
      'About the Child Protection Hotline (LA County DCFS)',
      'https://mandreptla.org/cars.web/Info/AboutHotline',
    ),
  },
  cyberTipline: {
    id: 'cyberTipline',
    phone: '+18008435678',
    website: 'report.cybertip.org',
    transferable: true,
    hours: '24/7',
    source:
      "NCMEC's CyberTipline (online sexual exploitation of a child; a report may be anonymous and goes to the law enforcement agency best placed to act) and its 24-hour hotline, 1-800-THE-LOST",
    verification: published('Frequently Asked Questions (NCMEC)', 'https://cmfc.missingkids.org/FAQ'),
  },
  runawaySafeline: {
    id: 'runawaySafeline',
    phone: '+18007862929',
    website: '1800runaway.org',
    transferable: true,
    hours: '24/7',
    confidential: true,
    source:
      'The National Runaway Safeline, for young people aged 12 to 21 and their families. It publishes its number as 1-800-RUNAWAY, which a keypad dials as 1-800-786-2929.',
    verification: published('About Us (National Runaway Safeline)', 'https://www.nationalrunawaysafeline.org/about-us'),
  },
  crisis988: {
    id: 'crisis988',
    // A three-digit code: said, never dialled, as Twilio may not route it.
    dialCode: '988',
    transferable: false,
    hours: '24/7',
    confidential: true,
    source:
      'The 988 Suicide & Crisis Lifeline: call or text 988; for Spanish, press 2 when calling, or text AYUDA to 988',
    verification: published(
      'Calling the 988 Lifeline (988lifeline.org)',
      'https://988lifeline.org/get-help/what-to-expect',
    ),
  },
  cast: {
    id: 'cast',
    phone: '+12133651906',
    website: 'castla.org',
    transferable: true,
    afterHours: 'castHotline',
    source: `${SEED}; CAST's office line`,
    verification: unconfirmed(
      "Only the source text and third-party resource lists give it; no CAST page does. Ask CAST's 24-hour hotline for the office number and its hours.",
    ),
  },
  downtownWomensCenter: {
    id: 'downtownWomensCenter',
    phone: '+12136800600',
    transferable: true,
    afterHours: 'la211',
    source: `${SEED}; 442 S. San Pedro St., Los Angeles (third-party lists)`,
    verification: unconfirmed(
      "Only the source text and third-party resource lists give it; the center's own page was not found. Call on a weekday and ask for its hours.",
    ),
  },
  journeyOut: {
    id: 'journeyOut',
    phone: '+18189881955',
    transferable: true,
    afterHours: 'castHotline',
    source:
      `${SEED}. Journey Out, in Van Nuys, was formerly The Mary Magdalene Project; the source text's "formerly PROTOTYPES" is wrong, ` +
      'PROTOTYPES being a separate provider ("The Journey of Journey Out", Dressember; Palos Verdes Sunset Rotary, 2017-12-12; ' +
      'Van Nuys News Press, 2014; "Prototypes: Integrated Health Care for Women and Their Children", LA2050, 2014).',
    verification: unconfirmed(
      "Found on no public page, not even a third-party list. Find it on the organisation's own site, or ask CAST for a referral, and call it.",
    ),
  },
  la211: {
    id: 'la211',
    // 211 is what people remember; the ten-digit line is for phones that cannot dial three-digit numbers, and is the
    // number the phone line transfers to.
    dialCode: '211',
    phone: '+18003396993',
    transferable: true,
    hours: '24/7',
    source:
      `${SEED}. 211 LA, "LA County's 24/7 information and referral hub" (211la.org, February 2026). Also the way to ` +
      "testing and treatment and to the Department of Public Health's Office of Women's Health (not the Department of Health Services, as the source text says), which the source names without a number.",
    verification: published(
      'Contact DCFS (LA County DCFS): "LA County 211 (800) 339-6993"',
      'https://dcfs.lacounty.gov/contact/',
    ),
  },
  emergency911: {
    id: 'emergency911',
    dialCode: '911',
    // Said to callers; the product never dials it and never claims to.
    transferable: false,
    source: SEED,
    verification: published(
      'What is 911? ("the Universal Emergency Number", Cherokee County, North Carolina)',
      'http://www.cherokeecounty-nc.gov/FAQ.aspx?QID=62',
    ),
  },
  laCountyGov: {
    id: 'laCountyGov',
    website: 'lacounty.gov',
    transferable: false,
    source: SEED,
    verification: published(
      'Public Health Statement on Abortion Access in LA County (County of Los Angeles)',
      'https://lacounty.gov/2023/04/18/public-health-statement-on-abortion-access-in-la-county/',
    ),
  },
  caAttorneyGeneral: {
    id: 'caAttorneyGeneral',
    website: 'oag.ca.gov/human-trafficking',
    transferable: false,
    source: SEED,
    verification: published(
      'Human Trafficking | State of California - Department of Justice - Office of the Attorney General',
      'https://oag.ca.gov/human-trafficking',
    ),
  },
  polarisProject: {
    id: 'polarisProject',
    website: 'polarisproject.org',
    transferable: false,
    source: `${SEED}. Polaris ran the National Human Trafficking Hotline until September 2025; its site is for research and information now, not for help.`,
    verification: published(
      'Polaris (formerly Polaris Project): its own company page, read through a mirror',
      'https://tristarbruise.netlify.app/host-https-www.linkedin.com/company/polaris-project',
      'Polaris says HHS gave the hotline to another organisation after nearly two decades.',
    ),
  },
};

export const RESOURCE_LISTS: Readonly<Record<ResourceListId, readonly ResourceId[]>> = {
  healthAnd211: ['la211', 'crisis988', 'rainn', 'domesticViolenceHotline'],
};
