// skill.json agrees with the interaction models (locales, invocation names, sample utterances) and with content/.

import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it, vi } from 'vitest';
import { LOCALES, prompt, renderDisplay, type Locale } from '../../content/index.js';
import { APL_INTERFACE } from '../../lambda/apl.js';
import {
  buildManifest,
  main,
  MANIFEST_FILE,
  modelFile,
  PLACEHOLDER_ARN,
  storeLinksOf,
} from '../../tools/skill-manifest.js';

interface Listing {
  name: string;
  summary: string;
  description: string;
  examplePhrases: string[];
  keywords: string[];
}
interface Manifest {
  manifest: {
    publishingInformation: { locales: Record<string, Listing>; distributionCountries: string[] };
    privacyAndCompliance: Record<string, unknown> & { locales?: Record<string, unknown> };
    apis: { custom: { endpoint: { uri: string }; interfaces: { type: string }[] } };
  };
}
interface Model {
  interactionModel: {
    languageModel: {
      invocationName: string;
      intents: { name: string; samples?: string[]; slots?: { name: string; type: string }[] }[];
      types: { name: string; values: { name: { value: string; synonyms?: string[] } }[] }[];
    };
  };
}

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const manifest = JSON.parse(readFileSync(MANIFEST_FILE, 'utf8')) as Manifest;
const model = (locale: Locale): Model => JSON.parse(readFileSync(modelFile(locale), 'utf8')) as Model;
const normal = (s: string): string =>
  s
    .toLowerCase()
    .replace(/[¿?¡!.,]/g, '')
    .replace(/\s+/g, ' ')
    .trim();

/** Every utterance the model accepts, each {slot} replaced by every value and synonym of its type. */
function utterances(m: Model): Set<string> {
  const lm = m.interactionModel.languageModel;
  const valuesOf = (type: string): string[] =>
    lm.types.find((t) => t.name === type)?.values.flatMap((v) => [v.name.value, ...(v.name.synonyms ?? [])]) ?? [];
  const out = new Set<string>();
  for (const intent of lm.intents) {
    for (const sample of intent.samples ?? []) {
      let expanded = [sample];
      for (const slot of intent.slots ?? []) {
        expanded = expanded.flatMap((s) =>
          s.includes(`{${slot.name}}`) ? valuesOf(slot.type).map((v) => s.replace(`{${slot.name}}`, v)) : [s],
        );
      }
      for (const s of expanded) out.add(normal(s));
    }
  }
  return out;
}

/**
 * How a phrase opens the skill in each language: the wake word, a launch verb, the invocation name. Spanish uses
 * only "abre", the launch phrase we could confirm on Amazon's Spanish list; its other example phrases are what to
 * say once the skill is open, as Amazon allows for the second and third example phrases.
 */
const OPENERS: Record<Locale, RegExp> = {
  'en-US': /^alexa (open|launch|start|ask|tell) (.+)$/,
  'es-US': /^alexa (abre) (.+)$/,
};
const CONNECTORS = ['to ', 'for ', 'about ', 'que ', 'para ', 'sobre '];

describe('skill.json', () => {
  it('when listing locales, then it has exactly the locales of models/ and of the content', () => {
    const models = readdirSync(join(ROOT, 'models'))
      .filter((f) => f.endsWith('.json'))
      .map((f) => f.replace(/\.json$/, ''))
      .sort();
    expect(Object.keys(manifest.manifest.publishingInformation.locales).sort()).toEqual(models);
    expect(models).toEqual([...LOCALES].sort());
  });

  it.each([...LOCALES])('when %s phrases are spoken, then each opens the skill by its invocation name', (locale) => {
    const invocation = normal(model(locale).interactionModel.languageModel.invocationName);
    const phrases = manifest.manifest.publishingInformation.locales[locale]?.examplePhrases ?? [];
    expect(phrases.length).toBeGreaterThan(0);
    expect(phrases.length).toBeLessThanOrEqual(3);
    const [first] = phrases;
    expect(normal(first ?? '')).toMatch(OPENERS[locale]);
    expect(normal(first ?? '').endsWith(invocation)).toBe(true);
    for (const phrase of phrases.filter((p) => normal(p).startsWith('alexa '))) {
      const rest = OPENERS[locale].exec(normal(phrase))?.[2] ?? '';
      expect(rest.startsWith(invocation), phrase).toBe(true);
    }
  });

  it.each([...LOCALES])('when %s phrases ask something, then the model has a sample that matches it', (locale) => {
    const known = utterances(model(locale));
    const invocation = normal(model(locale).interactionModel.languageModel.invocationName);
    const phrases = manifest.manifest.publishingInformation.locales[locale]?.examplePhrases ?? [];
    for (const phrase of phrases.slice(1)) {
      // Either "Alexa, <launch> <invocation> <request>" or a request said once the skill is open.
      const opened = OPENERS[locale].exec(normal(phrase));
      const rest = opened ? (opened[2] ?? '').slice(invocation.length).trim() : normal(phrase);
      const connector = CONNECTORS.find((c) => rest.startsWith(c) && known.has(rest.slice(c.length)));
      expect(known.has(rest) || connector !== undefined, `${phrase} -> "${rest}"`).toBe(true);
    }
  });

  it.each([...LOCALES])('when %s is listed, then the description ends with the health disclaimer', (locale) => {
    const listing = manifest.manifest.publishingInformation.locales[locale] as Listing;
    expect(listing.description.endsWith(renderDisplay(prompt(locale, 'deploy.skill.disclaimer')))).toBe(true);
  });

  it('when listed in English, then it says it is general information, not a substitute for professional advice', () => {
    expect(manifest.manifest.publishingInformation.locales['en-US']?.description).toContain(
      'general information, not a substitute for professional medical or legal advice',
    );
    expect(manifest.manifest.publishingInformation.locales['es-US']?.description).toMatch(
      /información general, que no sustituye el consejo médico ni legal de un profesional/,
    );
  });

  it.each([...LOCALES])('when %s is listed, then the description opens with the emergency notice', (locale) => {
    const listing = manifest.manifest.publishingInformation.locales[locale] as Listing;
    expect(listing.description.startsWith(renderDisplay(prompt(locale, 'alexa.emergencyNotice')))).toBe(true);
    // The store's own limits.
    expect(listing.name.length).toBeLessThanOrEqual(50);
    expect(listing.summary.length).toBeLessThanOrEqual(160);
    expect(listing.description.length).toBeLessThanOrEqual(4000);
    expect(listing.keywords.length).toBeLessThanOrEqual(30);
  });

  it('when declaring privacy, then it collects nothing personal, sells nothing, shows no ads, is not for children', () => {
    expect(manifest.manifest.privacyAndCompliance).toEqual({
      allowsPurchases: false,
      usesPersonalInfo: false,
      isChildDirected: false,
      isExportCompliant: true,
      containsAds: false,
    });
    expect(manifest.manifest).not.toHaveProperty('permissions');
  });

  it('when the skill draws on screens (lambda/apl.ts), then the manifest declares the APL interface', () => {
    expect(APL_INTERFACE).toBe('Alexa.Presentation.APL');
    expect(manifest.manifest.apis.custom.interfaces).toContainEqual({ type: 'ALEXA_PRESENTATION_APL' });
  });

  it('when icons and a privacy policy are given, then every locale carries them, and a later run keeps them', () => {
    const links = {
      smallIconUri: 'https://help.example.org/icon-108.png',
      largeIconUri: 'https://help.example.org/icon-512.png',
      privacyPolicyUrl: 'https://help.example.org/privacy',
    };
    const built = buildManifest(PLACEHOLDER_ARN, links) as unknown as Manifest;
    for (const locale of LOCALES) {
      expect(built.manifest.publishingInformation.locales[locale]).toMatchObject({
        smallIconUri: links.smallIconUri,
        largeIconUri: links.largeIconUri,
      });
      expect(built.manifest.privacyAndCompliance.locales).toMatchObject({
        [locale]: { privacyPolicyUrl: links.privacyPolicyUrl },
      });
    }
    expect(storeLinksOf(built)).toEqual(links);
    expect(storeLinksOf(manifest)).toEqual({});
  });

  it('when the CLI is given the links once, then a second run without them keeps them in the file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'skill-manifest-'));
    const out = join(dir, 'skill.json');
    // In this process for the refusals and the first write, quietly; once as a real process, as npm runs it.
    const quiet = [vi.spyOn(console, 'log'), vi.spyOn(console, 'error')].map((spy) => spy.mockImplementation(() => {}));
    try {
      expect(await main(['--out', out, '--small-icon', 'http://insecure.example/icon.png'])).toBe(1);
      expect(
        await main([
          '--out',
          out,
          '--small-icon',
          'https://help.example.org/s.png',
          '--large-icon',
          'https://help.example.org/l.png',
          '--privacy-url',
          'https://help.example.org/privacy',
        ]),
      ).toBe(0);
      const arn = 'arn:aws:lambda:us-east-1:123456789012:function:westmont-help-line-prod-alexa';
      const second = spawnSync(
        process.execPath,
        ['--import', 'tsx', 'tools/skill-manifest.ts', '--out', out, '--arn', arn],
        { cwd: ROOT, encoding: 'utf8' },
      );
      expect(second.status, second.stderr).toBe(0);
      const written = JSON.parse(readFileSync(out, 'utf8')) as Manifest;
      expect(written.manifest.apis.custom.endpoint.uri).toBe(arn);
      expect(storeLinksOf(written)).toEqual({
        smallIconUri: 'https://help.example.org/s.png',
        largeIconUri: 'https://help.example.org/l.png',
        privacyPolicyUrl: 'https://help.example.org/privacy',
      });
    } finally {
      for (const spy of quiet) spy.mockRestore();
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);

  it('when committed, then the endpoint is the placeholder, which no ARN check accepts', () => {
    expect(manifest.manifest.apis.custom.endpoint.uri).toBe(PLACEHOLDER_ARN);
    expect(PLACEHOLDER_ARN).not.toMatch(/^arn:aws:lambda:[a-z0-9-]+:\d{12}:function:/);
  });
});
