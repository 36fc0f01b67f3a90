// The legal register: every legal statement the help line makes, the law it rests on, where it was read and when it
// was last reviewed. Sentences cite an entry with {law:ID}: the web page shows the citation (the locale's `law.ID`),
// the phone line and the skill drop it. The content check warns when an entry has not been reviewed for 12 months.

export const LEGAL_IDS = [
  'prostitution',
  'brothel',
  'luringMinor',
  'buyerLoitering',
  'minorBuyer',
  'sellerLoitering',
  'loiteringRecords',
  'minorsNotCharged',
  'minorConsent',
  'trafficking',
  'coercedDefense',
  'violenceDefense',
  'traffickingVacatur',
  'violenceVacatur',
  'reportingNoArrest',
  'tVisa',
  'uVisa',
  'hotlinePolicy',
] as const;
export type LegalId = (typeof LEGAL_IDS)[number];

interface LegalSource {
  /** The page's own title (and who publishes it). */
  readonly title: string;
  readonly url: string;
  /** When it was read (YYYY-MM-DD). */
  readonly read: string;
}

export interface LegalStatement {
  readonly id: LegalId;
  /** What the help line says, in plain English; the sentences themselves live in the locale files. */
  readonly statement: string;
  /** The statute, regulation or published policy it rests on. */
  readonly statute: string;
  /**
   * When that law took effect in the form the statement relies on (YYYY-MM-DD), or "long-standing" for a section
   * older than any change the statement depends on, whose enactment date was not read.
   */
  readonly effective: string;
  readonly sources: readonly LegalSource[];
  /** When someone last checked the statement against its sources (YYYY-MM-DD). */
  readonly lastReviewed: string;
  /** What the sources could not confirm, and so what the words leave out. */
  readonly limits?: string;
}

const READ = '2026-12-07';
const source = (title: string, url: string): LegalSource => ({ title, url, read: READ });

const COURTS_RELIEF = source(
  'Relief for human trafficking victims (California Courts Self-Help Guide, Judicial Branch of California)',
  'https://selfhelp.courts.ca.gov/clean-your-record/relief-human-trafficking-victims',
);
const AB_379 = source(
  'AB 379, bill status: "Chaptered by Secretary of State - Chapter 82, Statutes of 2025" (OpenCalAccess copy of leginfo)',
  'https://opencalaccess.org/leginfo/bill_info/20250AB37993CHP',
);
const AB_124 = source(
  "AB 124 (Kamlager), Legislative Counsel's Digest (copy); Chapter 695, Statutes of 2021",
  'https://www.possesolutions.com/post/ab-124-update-6',
);

export const LEGAL: Readonly<Record<LegalId, LegalStatement>> = {
  prostitution: {
    id: 'prostitution',
    statement: 'Selling sex and paying for sex are both crimes for adults in California.',
    statute: 'Penal Code 647(b)',
    effective: '2026-01-01',
    sources: [
      source(
        'AB 2582 (2026), Legislative Counsel\'s Digest: "an individual who solicits ... any act of prostitution is guilty of disorderly conduct, a misdemeanor" (OpenCalAccess copy of leginfo)',
        'https://opencalaccess.org/leginfo/bill_full_text/20250AB258299INT',
      ),
      source(
        '1155. Prostitution: Agreeing to Engage in Act (CALCRIM, Judicial Council of California)',
        'https://www.justia.com/criminal/docs/calcrim/1000/1155.html',
      ),
    ],
    lastReviewed: READ,
    limits:
      'Penalty amounts come only from a defence firm\'s summary; the words say "fines, education programs and jail" as the source text does.',
  },
  brothel: {
    id: 'brothel',
    statement: 'Running a brothel, pimping and pandering are crimes.',
    statute: 'Penal Code 266h, 266i and 315',
    effective: 'long-standing',
    sources: [
      source(
        'People v. Zambia, S173490 (Supreme Court of California, 2011), quoting section 266i',
        'https://law.justia.com/cases/california/supreme-court/2011/s173490/',
      ),
      source(
        'California Penal Code 315 PC (Shouse Law Group, quoting the statute)',
        'https://shouselaw.com/ca/defense/penal-code/315',
      ),
    ],
    lastReviewed: READ,
    limits: 'Sections 266h and 315 were read in third-party copies only.',
  },
  luringMinor: {
    id: 'luringMinor',
    statement: 'Luring a minor into prostitution, or tricking anyone into sex with another person, is a crime.',
    statute: 'Penal Code 266',
    effective: 'long-standing',
    sources: [
      source(
        'California Prostitution Laws (Decriminalize Sex Work, statute text)',
        'https://decriminalizesex.work/california-prostitution-laws',
      ),
    ],
    lastReviewed: READ,
    limits:
      'Read in third-party copies only. The source text cited 266 for selling and buying sex; it is about luring a minor or procuring by fraud.',
  },
  buyerLoitering: {
    id: 'buyerLoitering',
    statement: 'Since 1 January 2026, loitering in public with intent to buy sex is a crime.',
    statute: 'Penal Code 653.25 (AB 379, Stats. 2025, ch. 82)',
    effective: '2026-01-01',
    sources: [
      source(
        "Chapter 2.5 - Loitering for the Purpose of Engaging in a Prostitution Offense (CodeCond copy of the Penal Code, with leginfo's history lines)",
        'https://codecond.com/codes/pen/part-1-of-crimes-and-punishments/title-15-miscellaneous-crimes/chapter-2-5-loitering-for-the-purpose-of-engaging-in-a-prostitution-offense',
      ),
      AB_379,
    ],
    lastReviewed: READ,
    limits:
      'That it is a misdemeanor with a $1,000 fine comes only from two third-party summaries; the words say it is a crime. AB 2749 (2026) would narrow it; its fate was not found.',
  },
  minorBuyer: {
    id: 'minorBuyer',
    statement: 'Paying, or trying to pay, a 16- or 17-year-old for sex can be charged as a felony.',
    statute: 'Penal Code 647(b), as amended by AB 379 (2025)',
    effective: '2026-01-01',
    sources: [
      AB_379,
      source(
        'California Democratic lawmakers strike deal on solicitation of minors legislation (copy of the Los Angeles Times, 2025-05-06)',
        'https://ww.ukiweg.net/california/story/2025-05-06/california-lawmakers-strike-deal-on-solicitation-of-minors-legislation',
      ),
    ],
    lastReviewed: READ,
    limits:
      'The amended text was not read; news reports agree that it applies when the adult is more than three years older. No penalty range is given.',
  },
  sellerLoitering: {
    id: 'sellerLoitering',
    statement: 'Loitering to sell sex has not been a crime since 1 January 2023.',
    statute: 'SB 357 (Stats. 2022, ch. 86), repealing Penal Code 653.22',
    effective: '2023-01-01',
    sources: [COURTS_RELIEF],
    lastReviewed: READ,
  },
  loiteringRecords: {
    id: 'loiteringRecords',
    statement: 'Old convictions for loitering to sell sex can be dismissed and sealed.',
    statute: 'Penal Code 653.29',
    effective: '2023-01-01',
    sources: [COURTS_RELIEF],
    lastReviewed: READ,
  },
  minorsNotCharged: {
    id: 'minorsNotCharged',
    statement:
      'No one under 18 can be charged with selling sex. Police may still take a child into temporary custody for safety, and a social worker may step in.',
    statute: 'SB 1322 (2016); Penal Code 647(b); Welfare and Institutions Code 300(b)(2) and 305(a)',
    effective: '2017-01-01',
    sources: [
      source(
        'SB 1322, as amended in Senate April 26, 2016 (California Legislature, leginfo.ca.gov archive)',
        'http://www.leginfo.ca.gov/pub/15-16/bill/sen/sb_1301-1350/sb_1322_bill_20160426_amended_sen_v98.htm',
      ),
    ],
    lastReviewed: READ,
    limits: 'The chapter number was not found; the enacted wording was read in the parallel clause of former 653.22.',
  },
  minorConsent: {
    id: 'minorConsent',
    statement: 'Anyone under 18 who is paid for sex is a victim, whatever they agreed to.',
    statute: 'Penal Code 236.1(c); Welfare and Institutions Code 300(b)(2)',
    effective: 'long-standing',
    sources: [
      source(
        "California Senate Bill SB564 Compare Versions (LegiPlex copy of the Legislature's text, reprinting section 236.1)",
        'https://app.legiplex.com/ca/legislature/2025/2025-r/bills/sb564/drafts-compare',
      ),
      source(
        'Definitions of Human Trafficking - California (Child Welfare Information Gateway, U.S. HHS)',
        'https://www.childwelfare.gov/resources/definitions-human-trafficking-california/',
      ),
    ],
    lastReviewed: READ,
    limits: 'Section 236.1(e) (consent is no defense) was not read verbatim, so it is not cited.',
  },
  trafficking: {
    id: 'trafficking',
    statement:
      'Human trafficking is forcing or coercing someone into sex or work; it includes labor trafficking and needs no border crossing.',
    statute: 'Penal Code 236.1',
    effective: 'long-standing',
    sources: [
      source(
        "California Senate Bill SB564 Compare Versions (LegiPlex copy of the Legislature's text, reprinting section 236.1)",
        'https://app.legiplex.com/ca/legislature/2025/2025-r/bills/sb564/drafts-compare',
      ),
    ],
    lastReviewed: READ,
  },
  coercedDefense: {
    id: 'coercedDefense',
    statement:
      'Adults who were trafficked can still be arrested. If a trafficker coerced them into a crime and they feared harm, they have a defense they raise in court, proved more likely than not; it does not cover violent felonies.',
    statute: 'Penal Code 236.23 (as amended by AB 124, 2021)',
    effective: '2022-01-01',
    sources: [
      AB_124,
      source(
        '202120220AB124 - Assembly Floor Analysis, concurrence in Senate amendments (copy)',
        'https://scribd.com/document/660933659/202120220AB124-Assembly-Floor-Analysis',
      ),
      source(
        'CALCRIM No. 3414. Coercion (Pen. Code, § 236.23) (Judicial Council of California, 2020 edition)',
        'https://web.archive.org/web/20210419030708/https://www.justia.com/criminal/docs/calcrim/3400/3414/',
      ),
    ],
    lastReviewed: READ,
    limits: "The section's own current text was not read; the burden of proof is read in its twin, 236.24.",
  },
  violenceDefense: {
    id: 'violenceDefense',
    statement: 'Survivors of partner or sexual violence who were coerced into a crime have the same defense.',
    statute: 'Penal Code 236.24',
    effective: '2022-01-01',
    sources: [
      source(
        'Section 236.24 - Coercion to commit offense due to being a victim of intimate partner violence or sexual violence is affirmative defense (Casetext)',
        'https://casetext.com/statute/california-codes/california-penal-code/part-1-of-crimes-and-punishments/title-8-of-crimes-against-the-person/chapter-8-false-imprisonment-and-human-trafficking/section-23624-coercion-to-commit-offense-due-to-being-a-victim-of-intimate-partner-violence-or-sexual-violence-is-affirmative-defense',
      ),
    ],
    lastReviewed: READ,
  },
  traffickingVacatur: {
    id: 'traffickingVacatur',
    statement:
      'A court can clear arrests and convictions for nonviolent crimes, such as prostitution, that were the direct result of being trafficked; the person must show it by clear and convincing evidence.',
    statute: 'Penal Code 236.14 (SB 823, Stats. 2016, ch. 650)',
    effective: '2017-01-01',
    sources: [
      COURTS_RELIEF,
      source(
        'California Penal Code 236.14 (LawServer copy of the code)',
        'https://lawserver.com/law/state/california/codes/california_penal_code_236-14',
      ),
      source(
        'Bill Text: CA SB823, Enrolled: "Chapter 650, Statutes of 2016" (LegiScan)',
        'https://legiscan.com/CA/text/SB823/id/1427128',
      ),
    ],
    lastReviewed: READ,
  },
  violenceVacatur: {
    id: 'violenceVacatur',
    statement: 'Survivors of partner or sexual violence can ask a court to clear records in the same way.',
    statute: 'Penal Code 236.15',
    effective: '2022-01-01',
    sources: [
      AB_124,
      source(
        'AB 124: Intimidate Partner Violence or Sexual Violence (Greg Hill & Associates)',
        'https://www.greghillassociates.com/ab-124-intimidate-partner-violence-or-sexual-violence.html',
      ),
    ],
    lastReviewed: READ,
    limits: "The section's own text was not read.",
  },
  reportingNoArrest: {
    id: 'reportingNoArrest',
    statement:
      'Someone who reports a serious crime, as a victim or a witness, should not be arrested then for a related misdemeanor sex-work offense or for drug possession; carrying condoms is not a reason to arrest.',
    statute: 'Penal Code 647.3 (SB 233, Stats. 2019, ch. 141)',
    effective: '2020-01-01',
    sources: [
      source(
        "Governor Signs Senator Wiener's Legislation to Protect Sex Workers from Arrest when Reporting Violent Crimes & to Prohibit Use of Condoms as Evidence of Sex Work (Office of Senator Scott Wiener, 2019-07-30)",
        'https://sd11.senate.ca.gov/news/20190730-governor-signs-senator-wiener%E2%80%99s-legislation-protect-sex-workers-arrest-when-reporting',
      ),
      source(
        'SB233 signed into law by California governor (XBIZ)',
        'https://xbiz.com/news/245776/sb233-signed-into-law-by-california-governor',
      ),
    ],
    lastReviewed: READ,
    limits:
      'The exact list of crimes (serious felony, assault, domestic violence, extortion, human trafficking, sexual battery, stalking) comes from third-party reports; the words give examples only.',
  },
  tVisa: {
    id: 'tVisa',
    statement:
      'A T visa may let a trafficking survivor stay in the U.S. It asks only for help with reasonable requests from law enforcement, and not at all from anyone under 18 at the time or unable to because of trauma.',
    statute: '8 CFR part 214, subpart C (the 2024 T visa rule)',
    effective: '2024-08-28',
    sources: [
      source(
        'Chapter 2 - Eligibility Requirements (USCIS Policy Manual, Volume 3, Part B)',
        'https://www.uscis.gov/policy-manual/volume-3-part-b-chapter-2',
      ),
      source(
        'Federal Register 89 FR 34864, 2024-04-30: "This rule is effective August 28, 2024." (Justia copy)',
        'https://regulations.justia.com/regulations/fedreg/2024/04/30/2024-09022.html',
      ),
    ],
    lastReviewed: READ,
  },
  uVisa: {
    id: 'uVisa',
    statement:
      'A U visa can help victims of some crimes, such as trafficking or sexual assault, who help law enforcement; an agency must certify it.',
    statute: 'Immigration and Nationality Act 101(a)(15)(U); 8 CFR 214.14',
    effective: 'long-standing',
    sources: [
      source(
        'Instructions for Supplement B, U Nonimmigrant Status Certification (USCIS Form I-918, copy)',
        'https://docs.formize.com/ar/instructions/usa/us-citizenship-and-immigration-services/i-918supbinstr',
      ),
    ],
    lastReviewed: READ,
    limits: 'The list of qualifying crimes was read in third-party copies of the USCIS page.',
  },
  hotlinePolicy: {
    id: 'hotlinePolicy',
    statement:
      'The National Human Trafficking Hotline has been run for HHS by Compass Connections since September 2025. It is confidential; you can stay anonymous and share only what you choose. It alerts authorities about suspected child abuse or immediate danger and may share other information with law enforcement.',
    statute: 'HHS Administration for Children and Families grant to Compass Connections (announced 2025-09-22)',
    effective: '2025-09-30',
    sources: [
      source(
        'HHS/ACF press release on the grant to Compass Connections, 2025-09-22 (distribution copy)',
        'https://www.pubt.io/view/E63D3DEDE81EC79CD015B5F76CA741DD8592E87F',
      ),
      source(
        'Compass Connections Takes the Lead: What You Need to Know About the New National Human Trafficking Hotline Operator (North Dakota Human Trafficking Task Force, 2025-12-19)',
        'https://www.ndhttf.org/blog/2025/12/19/compass-connections-takes-the-lead-what-you-need-to-know-about-the-new-national-human-trafficking-hotline-operator',
      ),
      source(
        'What We Do (National Human Trafficking Hotline, from before September 2025)',
        'https://humantraffickinghotline.org/about-us/what-we-do',
      ),
    ],
    lastReviewed: READ,
    limits:
      "No page by the new operator on confidentiality, anonymity or reporting was found. Anonymity and alerts about child abuse or danger come from the previous operator's pages; the words tell callers to ask how what they say will be used.",
  },
};
