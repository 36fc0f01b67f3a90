import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { main } from '../../content/check-cli.js';
import { captureIo } from '../support/cli-io.js';
import { checkContent, flatten, formatProblem, wordCount, type CheckInput } from '../../content/check.js';
import { LOCALES, MENUS, RESOURCE_LISTS, RESOURCES, TOPICS, type Locale, type Resource } from '../../content/index.js';

const root = join(import.meta.dirname, '../..');
const readLocale = (locale: Locale): Record<string, unknown> =>
  JSON.parse(readFileSync(join(root, 'content/locales', `${locale}.json`), 'utf8'));

function realInput(overrides: Partial<CheckInput> = {}): CheckInput {
  return {
    locales: { 'en-US': readLocale('en-US'), 'es-US': readLocale('es-US') },
    resources: RESOURCES,
    topics: TOPICS,
    menus: MENUS,
    resourceLists: RESOURCE_LISTS,
    today: new Date('2026-11-27T12:00:00Z'),
    ...overrides,
  };
}

/** A deep copy of the real locale files with one value changed. */
function withValue(locale: Locale, path: string[], value: unknown): CheckInput {
  const input = realInput();
  const copy = structuredClone(input.locales[locale]) as Record<string, unknown>;
  let node = copy;
  for (const part of path.slice(0, -1)) node = node[part] as Record<string, unknown>;
  const last = path.at(-1) as string;
  if (value === undefined) delete node[last];
  else node[last] = value;
  return { ...input, locales: { ...input.locales, [locale]: copy } };
}

const messages = (input: CheckInput): string[] => checkContent(input).errors.map(formatProblem);

describe('the real content', () => {
  it('passes the check with no errors', () => {
    expect(messages(realInput())).toEqual([]);
  });

  it('has exactly the same keys in every locale', () => {
    const keys = LOCALES.map((l) =>
      flatten(readLocale(l))
        .map(([k]) => k)
        .sort(),
    );
    expect(keys[1]).toEqual(keys[0]);
  });

  it.each(Object.values(RESOURCES).filter((r) => r.phone))('$id has a valid E.164 phone', (r: Resource) => {
    expect(r.phone).toMatch(/^\+1[2-9]\d{2}[2-9]\d{6}$/);
  });

  it.each(LOCALES)('keeps every topic summary within one breath (%s)', (locale) => {
    const topic = readLocale(locale).topic as Record<string, { summary: string }>;
    const over = Object.entries(topic).filter(([, t]) => wordCount(t.summary) > 45);
    expect(over.map(([id]) => id)).toEqual([]);
  });
});

describe('a broken locale', () => {
  it('when a key is missing in Spanish, then the error names the file, the key and the fix', () => {
    const errors = messages(withValue('es-US', ['topic', 'signs', 'summary'], undefined));
    expect(errors).toContain(
      'content/locales/es-US.json: topic.signs.summary: is missing; content/locales/en-US.json has it. Add the translation',
    );
  });

  it('when a phone number is written into a sentence, then it is rejected', () => {
    const errors = messages(withValue('en-US', ['common', 'goodbye'], 'Call us at (323) 890-5500.'));
    expect(
      errors.some((e) => e.startsWith('content/locales/en-US.json: common.goodbye: contains "(323) 890-5500"')),
    ).toBe(true);
  });

  it('when 911 is written as digits, then it is rejected', () => {
    const errors = messages(withValue('es-US', ['common', 'goodbye'], 'Llame al 911.'));
    expect(errors.some((e) => e.includes('common.goodbye: contains "911"'))).toBe(true);
  });

  it('when a token names an unknown resource, then it is rejected', () => {
    const errors = messages(withValue('en-US', ['common', 'goodbye'], 'Call {number:hotlien}.'));
    expect(errors.some((e) => e.includes('{number:hotlien} names no resource'))).toBe(true);
  });

  it('when the two languages give different numbers, then it is rejected', () => {
    const errors = messages(withValue('es-US', ['common', 'hotlineOffer'], 'Llame al {number:sheriffNonEmergency}.'));
    expect(
      errors.some((e) => e.includes('es-US.json: common.hotlineOffer: has tokens [{number:sheriffNonEmergency}]')),
    ).toBe(true);
  });

  it('when a summary runs over its word budget, then it is rejected', () => {
    const long = Array.from({ length: 60 }, () => 'word').join(' ');
    const errors = messages(withValue('en-US', ['topic', 'signs', 'summary'], long));
    expect(errors.some((e) => e.includes('topic.signs.summary: 60 words'))).toBe(true);
  });

  it('when a stigmatising term is used, then it is rejected with the word to use instead', () => {
    const errors = messages(withValue('es-US', ['common', 'goodbye'], 'Ayudamos a prostitutas.'));
    expect(errors.some((e) => e.includes('"prostitutas"') && e.includes('personas en la prostitución'))).toBe(true);
  });

  it('when a topic has a different number of chunks than topics.ts says, then it is rejected', () => {
    const errors = messages(withValue('en-US', ['topic', 'localConcern', 'details'], ['one', 'two']));
    expect(errors.some((e) => e.includes('topic.localConcern.details: has 2 chunks'))).toBe(true);
  });

  it('when a string is empty, then the schema names it', () => {
    const errors = messages(withValue('en-US', ['resource', 'cast', 'name'], ''));
    expect(errors).toContain('content/locales/en-US.json: resource.cast.name: is empty');
  });
});

describe('a broken registry', () => {
  const withResource = (id: keyof typeof RESOURCES, change: Partial<Resource>) =>
    realInput({ resources: { ...RESOURCES, [id]: { ...RESOURCES[id], ...change } } });

  it('when a phone is not E.164, then it is rejected with an example of the right form', () => {
    const errors = messages(withResource('cast', { phone: '+1213365190' }));
    expect(
      errors.some((e) =>
        e.startsWith('content/resources.ts: RESOURCES.cast.phone: "+1213365190" is not a valid E.164'),
      ),
    ).toBe(true);
  });

  it('when 911 is made transferable, then it is rejected', () => {
    const errors = messages(withResource('emergency911', { transferable: true }));
    expect(errors.some((e) => e.includes('never dials 911'))).toBe(true);
  });

  it('when a number was verified more than 180 days ago, then it warns but does not fail', () => {
    const result = checkContent(withResource('cast', { lastVerified: '2026-01-02' }));
    expect(result.errors).toEqual([]);
    expect(result.warnings.map(formatProblem)).toContain(
      'content/resources.ts: RESOURCES.cast.lastVerified: 329 days old; call the number, then update source and lastVerified',
    );
  });
});

describe('a broken menu tree', () => {
  it('when the main menu does not start with the hotline, then it is rejected', () => {
    const [first, second, ...rest] = MENUS.main.choices;
    const swapped = [{ ...second!, key: '1' as const }, { ...first!, key: '2' as const }, ...rest];
    const errors = messages(realInput({ menus: { ...MENUS, main: { ...MENUS.main, choices: swapped } } }));
    expect(
      errors.some((e) => e.includes('MENUS.main.1: must transfer to the National Human Trafficking Hotline')),
    ).toBe(true);
  });
});

describe('npm run content:check', () => {
  const cli = (args: string[]) => {
    const io = captureIo();
    return { code: main(args, io.console), stdout: io.out(), stderr: io.err() };
  };

  it('when the content is intact, then it exits 0 (as a process, as npm runs it)', async () => {
    const run = promisify(execFile);
    const { stdout } = await run(process.execPath, ['--import', 'tsx', join(root, 'content/check-cli.ts')], {
      cwd: root,
    });
    expect(stdout).toMatch(/content check: 0 errors/);
  });

  it('when a locale file is broken, then it exits non-zero and names the file and the key', () => {
    const dir = mkdtempSync(join(tmpdir(), 'locales-'));
    const es = readLocale('es-US');
    (es.common as Record<string, string>).goodbye = 'Llame al 1-888-373-7888.';
    writeFileSync(join(dir, 'es-US.json'), JSON.stringify(es));
    writeFileSync(join(dir, 'en-US.json'), JSON.stringify(readLocale('en-US')));
    const failure = cli(['--dir', dir]);
    expect(failure.code).toBe(1);
    expect(failure.stderr).toContain('error: content/locales/es-US.json: common.goodbye: contains "1-888-373-7888"');
  });

  it('when a locale file is not valid JSON, then it says which file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'locales-'));
    writeFileSync(join(dir, 'en-US.json'), '{ "common": ');
    writeFileSync(join(dir, 'es-US.json'), JSON.stringify(readLocale('es-US')));
    const failure = cli(['--dir', dir]);
    expect(failure.code).toBe(1);
    expect(failure.stderr).toContain('content/locales/en-US.json: (file): cannot be read as JSON');
  });
});
