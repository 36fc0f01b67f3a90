// The Alexa skill manifest from content/ and models/: skill.json (placeholder endpoint) is one of the files
// `npm run generate` writes; `npm run skill:manifest` writes a copy for a deployed function.
//   npm run skill:manifest -- --arn <ARN> --out .serverless/skill.json   a copy pointing at your deployed function
//     [--small-icon <https URL, 108x108 PNG>] [--large-icon <https URL, 512x512 PNG>] [--privacy-url <https URL>]
//     the store icons and privacy policy (ask smapi update-skill-manifest replaces the whole manifest, so they
//     must be in it); given once, they are kept from the --out file on later runs

import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { format, resolveConfig } from 'prettier';
import { join as joinPrompts, LOCALES, prompt, renderDisplay, tFor, type Locale } from '../content/index.js';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const MANIFEST_FILE = join(ROOT, 'skill.json');

/**
 * Stands in for the alexa function's ARN (the stack output AlexaFunctionArn). Not a valid ARN on purpose: the
 * ASK CLI and the console refuse it, so a skill can never be created pointing at nothing.
 */
export const PLACEHOLDER_ARN = 'arn:aws:lambda:us-east-1:ACCOUNT_ID:function:westmont-help-line-prod-alexa';

/** Lambda ARNs the Alexa endpoint accepts (North America: us-east-1 or us-west-2 for the lowest latency). */
const LAMBDA_ARN = /^arn:aws:lambda:[a-z0-9-]+:\d{12}:function:[A-Za-z0-9_-]+(:[A-Za-z0-9_$-]+)?$/;

/** The skill's interfaces: the numbers are shown on screen on devices that have one (lambda/apl.ts). */
const INTERFACES = [{ type: 'ALEXA_PRESENTATION_APL' }];

export function modelFile(locale: Locale): string {
  return join(ROOT, 'models', `${locale}.json`);
}

function invocationName(locale: Locale): string {
  const model = JSON.parse(readFileSync(modelFile(locale), 'utf8')) as {
    interactionModel: { languageModel: { invocationName: string } };
  };
  return model.interactionModel.languageModel.invocationName;
}

function text(locale: Locale, key: string, vars?: Record<string, string>): string {
  return renderDisplay(prompt(locale, key, vars));
}

function list(locale: Locale, key: string): string[] {
  const value: unknown = tFor(locale)(key, { returnObjects: true });
  if (!Array.isArray(value)) throw new Error(`content/locales/${locale}.json: ${key} must be a list.`);
  return value.map((_, i) => text(locale, `${key}.${i}`, { invocation: invocationName(locale) }));
}

/** What the store shows besides our words: icon and privacy policy addresses, given by whoever publishes the skill. */
export interface StoreLinks {
  readonly smallIconUri?: string;
  readonly largeIconUri?: string;
  readonly privacyPolicyUrl?: string;
}

const LINK_OPTIONS = {
  smallIconUri: 'small-icon',
  largeIconUri: 'large-icon',
  privacyPolicyUrl: 'privacy-url',
} as const;

function storeListing(locale: Locale, links: StoreLinks): Record<string, unknown> {
  return {
    name: text(locale, 'deploy.skill.name'),
    summary: text(locale, 'deploy.skill.summary'),
    // The store page opens, like every entry point, with what to do in an emergency, and ends with the
    // "not a substitute for professional advice" sentence Amazon's certification asks of health-related skills.
    description: renderDisplay(
      joinPrompts(
        prompt(locale, 'alexa.emergencyNotice'),
        prompt(locale, 'deploy.skill.description'),
        prompt(locale, 'deploy.skill.disclaimer'),
      ),
    ),
    ...(links.smallIconUri ? { smallIconUri: links.smallIconUri } : {}),
    ...(links.largeIconUri ? { largeIconUri: links.largeIconUri } : {}),
    examplePhrases: list(locale, 'deploy.skill.examplePhrases'),
    keywords: tFor(locale)('deploy.skill.keywords', { returnObjects: true }) as string[],
  };
}

/** The links a manifest already holds (the first locale's), so a later run keeps them. */
export function storeLinksOf(manifest: unknown): StoreLinks {
  const m = (manifest as { manifest?: Record<string, Record<string, Record<string, Record<string, unknown>>>> })
    ?.manifest;
  const listing = m?.publishingInformation?.locales?.[LOCALES[0]];
  const privacy = m?.privacyAndCompliance?.locales?.[LOCALES[0]] as Record<string, unknown> | undefined;
  const str = (v: unknown): string | undefined => (typeof v === 'string' && v !== '' ? v : undefined);
  const links = {
    smallIconUri: str(listing?.smallIconUri),
    largeIconUri: str(listing?.largeIconUri),
    privacyPolicyUrl: str(privacy?.privacyPolicyUrl),
  };
  return Object.fromEntries(Object.entries(links).filter(([, v]) => v !== undefined));
}

/** The manifest for an endpoint ARN, as plain data. */
export function buildManifest(endpointArn: string = PLACEHOLDER_ARN, links: StoreLinks = {}): Record<string, unknown> {
  return {
    manifest: {
      manifestVersion: '1.0',
      publishingInformation: {
        locales: Object.fromEntries(LOCALES.map((locale) => [locale, storeListing(locale, links)])),
        isAvailableWorldwide: false,
        distributionCountries: ['US'],
        distributionMode: 'PUBLIC',
        category: 'EDUCATION_AND_REFERENCE',
        testingInstructions: text('en-US', 'deploy.skill.testingInstructions'),
      },
      privacyAndCompliance: {
        // Nothing is sold, nobody is profiled, nothing is kept: see README "Privacy" and lambda/session.ts.
        allowsPurchases: false,
        usesPersonalInfo: false,
        isChildDirected: false,
        isExportCompliant: true,
        containsAds: false,
        ...(links.privacyPolicyUrl
          ? {
              locales: Object.fromEntries(
                LOCALES.map((locale) => [locale, { privacyPolicyUrl: links.privacyPolicyUrl }]),
              ),
            }
          : {}),
      },
      apis: {
        custom: {
          endpoint: { uri: endpointArn },
          interfaces: INTERFACES,
        },
      },
    },
  };
}

/** The manifest as the file holds it: Prettier-formatted JSON, so `npm run lint` agrees with the generator. */
export async function manifestText(endpointArn: string = PLACEHOLDER_ARN, links: StoreLinks = {}): Promise<string> {
  const options = (await resolveConfig(MANIFEST_FILE)) ?? {};
  return format(JSON.stringify(buildManifest(endpointArn, links)), { ...options, parser: 'json' });
}

function readJson(path: string): unknown {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return undefined;
  }
}

/** The CLI: returns its exit code (tests call it in-process with their own arguments). */
export async function main(args: readonly string[] = process.argv.slice(2)): Promise<number> {
  const { values } = parseArgs({
    args: [...args],
    options: {
      arn: { type: 'string' },
      out: { type: 'string' },
      'small-icon': { type: 'string' },
      'large-icon': { type: 'string' },
      'privacy-url': { type: 'string' },
    },
  });
  const arn = values.arn ?? PLACEHOLDER_ARN;
  if (values.arn !== undefined && !LAMBDA_ARN.test(arn)) {
    console.error(
      `--arn "${arn}" is not a Lambda function ARN. Fix: copy AlexaFunctionArn from the output of npm run deploy ` +
        '(arn:aws:lambda:<region>:<12-digit account>:function:<name>).',
    );
    return 1;
  }
  const out = values.out ? resolve(values.out) : MANIFEST_FILE;
  // Links given now win; the rest are kept from the file being rewritten.
  const links: Record<string, string> = { ...storeLinksOf(readJson(out)) };
  for (const [field, option] of Object.entries(LINK_OPTIONS)) {
    const given = values[option];
    if (given === undefined) continue;
    if (!URL.canParse(given) || new URL(given).protocol !== 'https:') {
      console.error(
        `--${option} "${given}" is not an https URL. Fix: give the full https:// address Amazon can fetch.`,
      );
      return 1;
    }
    links[field] = given;
  }
  writeFileSync(out, await manifestText(arn, links));
  console.log(`wrote ${out}`);
  return 0;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  void main().then((code) => (process.exitCode = code));
}
