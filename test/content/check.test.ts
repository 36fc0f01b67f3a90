import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { main } from '../../content/check-cli.js';
import { captureIo } from '../support/cli-io.js';
import {
  checkContent,
  flatten,
  formatProblem,
  repeatedShare,
  verificationList,
  wordCount,
  type CheckInput,
} from '../../content/check.js';
import { LOCALES, MENUS, RESOURCES, TOPICS, type Resource } from '../../content/index.js';
import { readLocale, realInput, withValue } from './check-input.js';

const root = join(import.meta.dirname, '../..');

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
      'content/resources.ts: RESOURCES.cast.lastVerified: 333 days old; call the number, then update source and lastVerified',
    );
  });
});

describe('parts and repetition', () => {
  const words = (n: number) => Array.from({ length: n }, (_, i) => `w${i}`).join(' ');
  const topic = readLocale('en-US').topic as Record<string, { summary: string; details: string[] }>;
  const secondPart = topic.signs!.details[1]!;

  it('when a detail part runs over 45 words, then it is rejected with the rule', () => {
    const errors = messages(withValue('en-US', ['topic', 'signs', 'details'], [words(46), secondPart]));
    expect(errors).toContain(
      'content/locales/en-US.json: topic.signs.details.0: 46 words as said (names expanded); the budget is about 40, 45 at most: each part is said on its own on the phone; shorten it, or split it and raise detailChunks in content/topics.ts',
    );
  });

  it('when a detail part has 43 words, then it warns but does not fail', () => {
    const result = checkContent(withValue('en-US', ['topic', 'signs', 'details'], [words(43), secondPart]));
    expect(result.errors).toEqual([]);
    expect(result.warnings.map(formatProblem)).toEqual([
      expect.stringContaining('topic.signs.details.0: 43 words as said'),
    ]);
  });

  it('when a name token makes a part long, then the words of the name count', () => {
    const part = `${words(38)} {name:cast}`; // 39 written, 46 said
    const errors = messages(withValue('en-US', ['topic', 'signs', 'details'], [part, secondPart]));
    expect(errors.some((e) => e.includes('topic.signs.details.0: 46 words as said'))).toBe(true);
  });

  it('when "more" repeats the summary, then it is rejected with the share it repeats', () => {
    const errors = messages(withValue('en-US', ['topic', 'signs', 'details'], [topic.signs!.summary, secondPart]));
    expect(errors).toContain(
      `content/locales/en-US.json: topic.signs.details: says 100 % of the summary's three-word phrases again (30 % at most); "more" must add only what is new, so reword or drop the repeated sentences`,
    );
  });

  it('counts three-word phrases without case or punctuation', () => {
    expect(repeatedShare('One two three four.', ['one, two three'])).toBe(0.5);
    expect(repeatedShare('One two three four.', ['four three two one'])).toBe(0);
  });
});

describe('a next step on every topic', () => {
  it('when a summary gives no number and the topic connects to nothing, then it is rejected', () => {
    const input = withValue('en-US', ['topic', 'healthRisks', 'summary'], 'Testing is available to anyone.');
    expect(messages(input)).toContain(
      'content/locales/en-US.json: topic.healthRisks.summary: has no next step; give a number ({number:ID}) or name a transferable service and set connect in content/topics.ts',
    );
  });

  it('when the summary does not name the service the topic connects to, then it is rejected', () => {
    const input = withValue('es-US', ['topic', 'signs', 'summary'], 'Son indicios, no pruebas.');
    expect(messages(input)).toContain(
      'content/locales/es-US.json: topic.signs.summary: does not name "traffickingHotline", which content/topics.ts offers to connect to after it; write {name:traffickingHotline} or {number:traffickingHotline} in the summary, or change connect',
    );
  });

  it('when a topic connects to a service the phone may not dial, then it is rejected', () => {
    const topics = { ...TOPICS, healthRisks: { ...TOPICS.healthRisks, connect: 'la211' as const } };
    expect(messages(realInput({ topics }))).toContain(
      'content/topics.ts: TOPICS.healthRisks.connect: "la211" is not transferable in content/resources.ts; connect only to a line the phone may dial',
    );
  });
});

describe('a service nobody can reach', () => {
  const noNumber: Resource = { ...RESOURCES.rainn, phone: undefined, transferable: false };

  it('when a listed service has no number, then it is rejected', () => {
    const errors = messages(realInput({ resources: { ...RESOURCES, rainn: noNumber } }));
    expect(errors).toContain(
      'content/resources.ts: RESOURCE_LISTS.healthAnd211: reads out "rainn", which has no phone or dial code; a listed service needs a way to reach it, so give it a number or fold it into la211',
    );
  });

  it('when a topic points to a service with no way to reach it, then it is rejected', () => {
    const errors = messages(realInput({ resources: { ...RESOURCES, rainn: noNumber } }));
    expect(errors).toContain(
      'content/topics.ts: TOPICS.physicalDangers.resourceIds: lists "rainn", which has no phone, code, text or website in content/resources.ts; point to a service people can reach (such as la211) instead',
    );
  });
});

describe('opening hours', () => {
  const withResource = (id: keyof typeof RESOURCES, change: Partial<Resource>) =>
    realInput({ resources: { ...RESOURCES, [id]: { ...RESOURCES[id], ...change } } });

  it('when a transferable office line has hours but no 24-hour alternative, then it is rejected', () => {
    expect(messages(withResource('journeyOut', { afterHours: undefined }))).toContain(
      'content/resources.ts: RESOURCES.journeyOut.afterHours: is missing; a service with opening hours needs a 24-hour alternative to offer when it is closed',
    );
  });

  it('when the after-hours alternative is itself an office line, then it is rejected', () => {
    expect(messages(withResource('cast', { afterHours: 'journeyOut' }))).toContain(
      `content/resources.ts: RESOURCES.cast.afterHours: "journeyOut" must be a transferable service with hours: '24/7'`,
    );
  });

  it('when hours close before they open, then it is rejected', () => {
    const hours = { days: [1, 2] as const, open: '17:00', close: '09:00' };
    expect(messages(withResource('cast', { hours: { ...hours, days: [...hours.days] } }))).toContain(
      'content/resources.ts: RESOURCES.cast.hours: needs at least one day (1 = Monday) and open before close, both "HH:MM" in Los Angeles time',
    );
  });

  it('when a dial code is 988, then it is accepted, and 999 is not', () => {
    expect(messages(withResource('crisis988', { dialCode: '988' }))).toEqual([]);
    expect(messages(withResource('crisis988', { dialCode: '999' }))).toContain(
      'content/resources.ts: RESOURCES.crisis988.dialCode: "999" is not a three-digit code such as 211 or 988',
    );
  });
});

describe('blame and reassurance', () => {
  it.each([
    ['en-US', 'It is not your fault.'],
    ['en-US', "It isn't your fault."],
    ['es-US', 'No es su culpa.'],
    ['es-US', 'Lo que pasó no fue culpa suya.'],
  ] as const)('when %s says "%s", then it is allowed', (locale, sentence) => {
    expect(messages(withValue(locale, ['common', 'goodbye'], sentence))).toEqual([]);
  });

  it.each([
    ['en-US', 'Maybe it is your fault.', '"your fault"'],
    ['en-US', 'That was your own fault.', '"your own fault"'],
    ['es-US', 'Quizás es su culpa.', '"es su culpa"'],
    ['es-US', 'Fue culpa suya.', '"culpa suya"'],
  ] as const)('when %s says "%s", then it is rejected as blame', (locale, sentence, hit) => {
    const errors = messages(withValue(locale, ['common', 'goodbye'], sentence));
    expect(errors.some((e) => e.includes(`common.goodbye: uses ${hit}, a stigmatising or blaming term`))).toBe(true);
  });
});

describe('the numbers still to verify', () => {
  it('lists every number nobody has called, with its note, and never 911', () => {
    const list = verificationList(RESOURCES);
    expect(list).toContain('journeyOut: (818) 988-1955 (hours assumed, to verify; number not found on public pages)');
    expect(list).toContain('sheriffNonEmergency: (323) 820-6700');
    expect(list.some((l) => l.startsWith('emergency911'))).toBe(false);
  });

  it('when a number has been called, then it leaves the list', () => {
    const called = { ...RESOURCES.rainn, verification: { status: 'called' as const } };
    const list = verificationList({ ...RESOURCES, rainn: called });
    expect(list.some((l) => l.startsWith('rainn'))).toBe(false);
    expect(list).toHaveLength(verificationList(RESOURCES).length - 1);
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

  it('when the content is intact, then it exits 0 and prints the call list (as a process, as npm runs it)', async () => {
    const run = promisify(execFile);
    const { stdout } = await run(process.execPath, ['--import', 'tsx', join(root, 'content/check-cli.ts')], {
      cwd: root,
    });
    expect(stdout).toMatch(/content check: 0 errors/);
    expect(stdout).toContain(`numbers still to verify by calling (${verificationList(RESOURCES).length}):`);
    expect(stdout).toContain('  castHotline: 1-888-539-2373');
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
