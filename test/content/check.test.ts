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
    const errors = messages(withValue('en-US', ['topic', 'localConcern', 'details'], ['one', 'two', 'three']));
    expect(errors.some((e) => e.includes('topic.localConcern.details: has 3 chunks'))).toBe(true);
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

  it('when a number was checked more than 180 days ago, then it warns, marked stale, but does not fail', () => {
    const result = checkContent(
      withResource('rainn', { verification: { ...RESOURCES.rainn.verification, date: '2026-01-02' } }),
    );
    expect(result.errors).toEqual([]);
    expect(result.warnings).toEqual([
      {
        file: 'content/resources.ts',
        key: 'RESOURCES.rainn.verification.date',
        message:
          '340 days since this number was last checked (180 at most); call it or read its page again, then update the verification',
        stale: true,
      },
    ]);
  });

  it('when a text code was checked more than 180 days ago, then it warns as well', () => {
    const sms = RESOURCES.domesticViolenceHotline.sms!;
    const stale = { ...sms, verification: { ...sms.verification, date: '2025-12-01' } };
    const result = checkContent(withResource('domesticViolenceHotline', { sms: stale }));
    expect(result.warnings.map(formatProblem)).toEqual([
      expect.stringContaining('RESOURCES.domesticViolenceHotline.sms.verification.date: 372 days since'),
    ]);
  });

  it('when a published number gives no page address, or an unconfirmed one no note, then it is rejected', () => {
    const noUrl = { ...RESOURCES.rainn.verification, url: 'rainn.org' } as Resource['verification'];
    expect(messages(withResource('rainn', { verification: noUrl }))).toContain(
      'content/resources.ts: RESOURCES.rainn.verification: is published but lacks the page title and its http(s) url',
    );
    const noNote = { level: 'unconfirmed', date: '2026-12-07', note: ' ' } as const;
    expect(messages(withResource('journeyOut', { verification: noNote }))).toContain(
      'content/resources.ts: RESOURCES.journeyOut.verification: is unconfirmed but lacks a note (where it was looked for)',
    );
  });

  it('when a service whose number is unconfirmed has no 24-hour alternative, then it is rejected', () => {
    expect(messages(withResource('journeyOut', { afterHours: undefined }))).toContain(
      'content/resources.ts: RESOURCES.journeyOut.afterHours: is missing; a service that can be closed, or whose number is unconfirmed, needs a 24-hour alternative to offer instead',
    );
  });

  it('when opening hours are given for a service nobody has confirmed, then they are rejected as assumed', () => {
    const hours = { days: [1, 2, 3, 4, 5] as (1 | 2 | 3 | 4 | 5)[], open: '09:00', close: '17:00' };
    expect(messages(withResource('downtownWomensCenter', { hours }))).toContain(
      'content/resources.ts: RESOURCES.downtownWomensCenter.hours: are given for a service nobody has confirmed; give hours only as the service publishes them',
    );
  });

  it('when a list reads out a number nobody has confirmed, then it is rejected', () => {
    const errors = messages(realInput({ resourceLists: { healthAnd211: ['la211', 'journeyOut'] } }));
    expect(errors).toContain(
      'content/resources.ts: RESOURCE_LISTS.healthAnd211: reads out "journeyOut", whose number is unconfirmed; list only confirmed numbers',
    );
  });
});

describe('parts and repetition', () => {
  // Sentences of ten words, so only the part's budget is tested, not the sentence's.
  const words = (n: number) => Array.from({ length: n }, (_, i) => `w${i}${i % 10 === 9 ? '.' : ''}`).join(' ');
  const topic = readLocale('en-US').topic as Record<string, { summary: string; details: string[] }>;
  const secondPart = topic.whatToDo!.details[1]!;

  it('when a detail part runs over 45 words, then it is rejected with the rule', () => {
    const errors = messages(withValue('en-US', ['topic', 'whatToDo', 'details'], [words(46), secondPart]));
    expect(errors).toContain(
      'content/locales/en-US.json: topic.whatToDo.details.0: 46 words as said (names expanded); the budget is about 40, 45 at most: each part is said on its own on the phone; shorten it, or split it and raise detailChunks in content/topics.ts',
    );
  });

  it('when a detail part has 43 words, then it warns but does not fail', () => {
    const result = checkContent(withValue('en-US', ['topic', 'whatToDo', 'details'], [words(43), secondPart]));
    expect(result.errors).toEqual([]);
    expect(result.warnings.map(formatProblem)).toEqual([
      expect.stringContaining('topic.whatToDo.details.0: 43 words as said'),
    ]);
  });

  it('when a name token makes a part long, then the words of the name count', () => {
    const part = `${words(38)} {name:cast}`; // 39 written, 46 said
    const errors = messages(withValue('en-US', ['topic', 'whatToDo', 'details'], [part, secondPart]));
    expect(errors.some((e) => e.includes('topic.whatToDo.details.0: 46 words as said'))).toBe(true);
  });

  it('when "more" repeats the summary, then it is rejected with the share it repeats', () => {
    const errors = messages(
      withValue('en-US', ['topic', 'whatToDo', 'details'], [topic.whatToDo!.summary, secondPart]),
    );
    expect(errors).toContain(
      `content/locales/en-US.json: topic.whatToDo.details: says 100 % of the summary's three-word phrases again (30 % at most); "more" must add only what is new, so reword or drop the repeated sentences`,
    );
  });

  it('counts three-word phrases without case or punctuation', () => {
    expect(repeatedShare('One two three four.', ['one, two three'])).toBe(0.5);
    expect(repeatedShare('One two three four.', ['four three two one'])).toBe(0);
  });
});

describe('a next step on every topic', () => {
  it('when a summary gives no number and the topic connects to nothing, then it is rejected', () => {
    const broken = withValue('en-US', ['topic', 'healthRisks', 'summary'], 'Testing is available to anyone.');
    const input = { ...broken, topics: { ...TOPICS, healthRisks: { ...TOPICS.healthRisks, connect: undefined } } };
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
    const topics = {
      ...TOPICS,
      longTermConsequences: { ...TOPICS.longTermConsequences, connect: 'crisis988' as const },
    };
    expect(messages(realInput({ topics }))).toContain(
      'content/topics.ts: TOPICS.longTermConsequences.connect: "crisis988" is not transferable in content/resources.ts; connect only to a line the phone may dial',
    );
  });

  it('when a topic connects to a service whose number is unconfirmed, then it is rejected', () => {
    const topics = { ...TOPICS, leavingSupport: { ...TOPICS.leavingSupport, connect: 'journeyOut' as const } };
    expect(messages(realInput({ topics }))).toContain(
      `content/topics.ts: TOPICS.leavingSupport.connect: "journeyOut"'s number is unconfirmed in content/resources.ts; connect to its 24-hour alternative until someone confirms it`,
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

  const officeHours = { days: [1, 2, 3, 4, 5] as (1 | 2 | 3 | 4 | 5)[], open: '09:00', close: '17:00' };

  it('when a transferable office line has published hours but no 24-hour alternative, then it is rejected', () => {
    expect(messages(withResource('rainn', { hours: officeHours }))).toContain(
      'content/resources.ts: RESOURCES.rainn.afterHours: is missing; a service that can be closed, or whose number is unconfirmed, needs a 24-hour alternative to offer instead',
    );
  });

  it('when the alternative is itself an office line, or unconfirmed, then it is rejected', () => {
    expect(messages(withResource('cast', { afterHours: 'journeyOut' }))).toContain(
      `content/resources.ts: RESOURCES.cast.afterHours: "journeyOut" must be a transferable, confirmed service with hours: '24/7'`,
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

describe('the numbers still to confirm', () => {
  it('lists every number nobody has called, unconfirmed first with where it was looked for, and never 911', () => {
    const list = verificationList(RESOURCES);
    const firstPublished = list.findIndex((l) => l.includes('(published'));
    const lastUnconfirmed = list.findLastIndex((l) => l.includes('(unconfirmed'));
    expect(lastUnconfirmed).toBeLessThan(firstPublished);
    expect(list).toContainEqual(
      expect.stringMatching(/^journeyOut: \(818\) 988-1955 \(unconfirmed, 2026-12-07: Found on no public page/),
    );
    expect(list).toContainEqual(expect.stringMatching(/^traffickingHotline: text HELP to 233733 \(unconfirmed/));
    expect(list).toContain('castHotline: 1-888-539-2373 (published, 2026-12-07)');
    expect(list.some((l) => l.startsWith('emergency911'))).toBe(false);
  });

  it('when two numbers have the same level, then the one checked longer ago comes first', () => {
    const older = { ...RESOURCES.rainn, verification: { ...RESOURCES.rainn.verification, date: '2026-06-01' } };
    const list = verificationList({ ...RESOURCES, rainn: older });
    expect(list.findIndex((l) => l.startsWith('rainn'))).toBe(list.findIndex((l) => l.includes('(published')));
  });

  it('when a number has been called, then it leaves the list', () => {
    const called = {
      ...RESOURCES.rainn,
      verification: { level: 'called' as const, date: '2026-12-07', by: 'A. Reviewer' },
    };
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
    expect(stdout).toMatch(/content check: 0 errors, 0 warnings/);
    expect(stdout).toContain(
      `numbers not yet confirmed by a call, most urgent first (${verificationList(RESOURCES).length}):`,
    );
    expect(stdout).toContain('  castHotline: 1-888-539-2373 (published, 2026-12-07)');
  });

  it('when a number was checked more than 180 days ago, then it warns, and --strict (before a production deploy) fails', () => {
    const later = new Date('2027-07-01T12:00:00Z');
    const plain = captureIo();
    expect(main([], plain.console, later)).toBe(0);
    expect(plain.err()).toContain(
      'warning: content/resources.ts: RESOURCES.traffickingHotline.verification.date: 206 days since this number was last checked',
    );
    const strict = captureIo();
    expect(main(['--strict'], strict.console, later)).toBe(1);
    expect(strict.err()).toContain(
      'error: content/resources.ts: RESOURCES.traffickingHotline.verification.date: 206 days since',
    );
    expect(strict.err()).toMatch(/--strict: \d+ checks are out of date/);
  });

  it('when a legal statement was reviewed more than a year ago, then --strict fails on it too', () => {
    const strict = captureIo();
    expect(main(['--strict'], strict.console, new Date('2027-12-09T12:00:00Z'))).toBe(1);
    expect(strict.err()).toContain(
      'error: content/legal.ts: LEGAL.tVisa.lastReviewed: 367 days since this statement was reviewed',
    );
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
