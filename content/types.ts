// The content module's vocabulary: every id list is `as const`, so a typo in a reference fails to compile.

export const LOCALES = ['en-US', 'es-US'] as const;
export type Locale = (typeof LOCALES)[number];

export const TOPIC_IDS = [
  'legalStatus',
  'physicalDangers',
  'healthRisks',
  'longTermConsequences',
  'localConcern',
  'signs',
  'whatToDo',
  'leavingSupport',
  'communityImpact',
  'whatIsBeingDone',
  'trustedSources',
  'consentVsCoercion',
  'rights',
  'hotlineCall',
] as const;
export type TopicId = (typeof TOPIC_IDS)[number];

export const RESOURCE_IDS = [
  'traffickingHotline',
  'sheriffNonEmergency',
  'castHotline',
  'domesticViolenceHotline',
  'rainn',
  'childProtectionHotline',
  'childProtectionHotlineAnywhere',
  'cyberTipline',
  'runawaySafeline',
  'crisis988',
  'cast',
  'downtownWomensCenter',
  'journeyOut',
  'la211',
  'emergency911',
  'laCountyGov',
  'caAttorneyGeneral',
  'polarisProject',
] as const;
export type ResourceId = (typeof RESOURCE_IDS)[number];

/** What a person may tell the line is happening, or happened, to them or to a child: each has its own service. */
export const DISCLOSURE_KINDS = [
  'sexualAssault',
  'child',
  'trafficking',
  'fearOfAuthorities',
  'partnerViolence',
  'crisis',
] as const;
export type DisclosureKind = (typeof DISCLOSURE_KINDS)[number];

/** Who a disclosure is met with: a caring sentence (locales/), then these services. */
export interface Disclosure {
  readonly kind: DisclosureKind;
  /** The service named first, with its number said twice. */
  readonly resourceId: ResourceId;
  /** A second service said beside it, once. */
  readonly beside?: ResourceId;
  /** The transferable number the phone line connects `resourceId`'s caller to (key 1); absent when it only says it. */
  readonly connect?: ResourceId;
}

export const MENU_IDS = ['main', 'report', 'leaving', 'info', 'risks', 'community'] as const;
export type MenuId = (typeof MENU_IDS)[number];

/** A phone number in E.164 form, e.g. +18883737888. */
export type E164 = `+${string}`;

export interface SmsService {
  /** Short code to text, digits only. */
  readonly shortCode: string;
  /** The one word every channel tells people to text; spoken as written. */
  readonly keyword: string;
  /** Whether the short code is confirmed to reach the service, checked apart from the phone number. */
  readonly verification: Verification;
}

export interface Resource {
  readonly id: ResourceId;
  /** A full phone number a caller can dial, and the phone line may transfer to. */
  readonly phone?: E164;
  /** A short dialling code (211, 911, 988): said and shown, never dialled by the product. */
  readonly dialCode?: string;
  readonly sms?: SmsService;
  readonly website?: string;
  /** True when the phone line may connect a caller to `phone` (once its number is confirmed). */
  readonly transferable: boolean;
  /** "24/7" or weekly opening hours where the service publishes them; omitted otherwise (never assumed). */
  readonly hours?: '24/7' | WeeklyHours;
  /**
   * A 24-hour service offered instead of this one: when it is closed, and while its number is unconfirmed. The phone
   * line transfers to it; the skill says it.
   */
  readonly afterHours?: ResourceId;
  /** How far the phone number or dial code (or, with neither, the website) is confirmed to reach the service. */
  readonly verification: Verification;
  /** Languages the service answers in, where a source says so ("multilingual" is recorded as such). */
  readonly languages?: 'multilingual';
  readonly confidential?: boolean;
  /** Where the number or address first came from, and any correction of it. */
  readonly source: string;
}

/** Opening hours in Los Angeles local time. */
export interface WeeklyHours {
  /** ISO weekdays the service answers: 1 = Monday ... 7 = Sunday. */
  readonly days: readonly (1 | 2 | 3 | 4 | 5 | 6 | 7)[];
  /** 24-hour clock, "HH:MM". */
  readonly open: string;
  readonly close: string;
}

/**
 * How far a number is confirmed. `called`: someone called it and reached the service named. `published`: it is on
 * the organisation's own page or a government page. `unconfirmed`: only the source text or third-party lists give
 * it; the phone line and the skill neither dial nor say it. `date` (YYYY-MM-DD) is when it was called, the page read,
 * or the search for a source last made; the content check warns when it is older than 180 days.
 */
export type Verification =
  | { readonly level: 'called'; readonly date: string; readonly by: string; readonly note?: string }
  | {
      readonly level: 'published';
      readonly date: string;
      /** The page's own title, and where it is. */
      readonly title: string;
      readonly url: string;
      readonly note?: string;
    }
  | { readonly level: 'unconfirmed'; readonly date: string; readonly note: string };

export interface Topic {
  readonly id: TopicId;
  readonly resourceIds: readonly ResourceId[];
  /** How many detail chunks the locale files hold for this topic. */
  readonly detailChunks: number;
  /** The transferable service the summary names, which the phone line offers a key to connect to. */
  readonly connect?: ResourceId;
}

/** What a key press on the phone line does. */
export type MenuAction =
  | { readonly kind: 'transfer'; readonly resourceId: ResourceId }
  | { readonly kind: 'menu'; readonly menuId: MenuId }
  | { readonly kind: 'topic'; readonly topicId: TopicId }
  | { readonly kind: 'resources'; readonly listId: ResourceListId };

/** Named groups of resources the phone line reads out together (names and numbers, no transfer). */
export const RESOURCE_LIST_IDS = ['healthAnd211'] as const;
export type ResourceListId = (typeof RESOURCE_LIST_IDS)[number];

export const MENU_KEYS = ['1', '2', '3', '4', '5'] as const;
export type MenuKey = (typeof MENU_KEYS)[number];

export interface MenuChoice {
  readonly key: MenuKey;
  readonly action: MenuAction;
}

export interface Menu {
  readonly id: MenuId;
  /** The menu this one was reached from; absent for the main menu. */
  readonly parent?: MenuId;
  readonly choices: readonly MenuChoice[];
}

/** Keys that mean the same thing on every menu of the phone line. */
export const GLOBAL_KEYS = {
  hotline: '0',
  repeat: '*',
  switchLanguage: '9',
  mainMenu: '8',
  back: '7',
} as const;

/** One piece of a neutral prompt; every channel has one renderer for these. */
export type Segment =
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'phone'; readonly e164: E164 }
  | { readonly kind: 'digits'; readonly digits: string }
  | { readonly kind: 'pause'; readonly ms: number }
  /** Where a legal statement comes from ("Penal Code 236.23"): shown on the web page, never said aloud. */
  | { readonly kind: 'citation'; readonly text: string };

export type Prompt = readonly Segment[];
