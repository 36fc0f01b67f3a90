// Property-based calls (fast-check) to the phone line's core in this process, behind the real Twilio signature
// check (the HTTP layer has its own tests and the walk's HTTP sample): random keys, speech (empty, very long, emoji,
// other scripts), silences and dial outcomes from /ivr/voice, in both languages.
// Set FUZZ_RUNS to change the number of calls and FUZZ_SEED to replay a failure.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LOCALES, type Locale } from '../../content/index.js';
import { speechHints } from '../../ivr/speech.js';
import { DIAL_STATUSES } from '../../ivr/flow.js';
import { NIGHT, callParams, inProcessLine } from '../ivr/helpers.js';
import {
  HOTLINE_PHONE,
  checkAnswer,
  dialledNumber,
  speaksHotline,
  textOf,
  type Answer,
  type Checked,
} from './twiml-properties.js';

const RUNS = Number(process.env.FUZZ_RUNS ?? 1000);
const SEED = process.env.FUZZ_SEED === undefined ? undefined : Number(process.env.FUZZ_SEED);
/** After the random moves the caller goes silent and no transfer connects: the call must end within this many answers. */
const SILENT_ENDING_LIMIT = 12;
/** Only resolves the answers' relative URLs; the in-process line is asked for path and query. */
const ORIGIN = 'http://line.test';

type Move =
  | { readonly kind: 'key'; readonly key: string; readonly fails: boolean }
  | { readonly kind: 'speech'; readonly text: string; readonly fails: boolean }
  | { readonly kind: 'silence'; readonly fails: true };

interface CallPlan {
  readonly locale: Locale;
  readonly moves: readonly Move[];
  /** DialCallStatus for each transfer in turn; undefined sends none. */
  readonly outcomes: readonly (string | undefined)[];
  /** The line's own number (To/Called), or a browser or SIP address with no number. */
  readonly to: string;
}

/** The checks read only the answer and the line's number, and most calls meet the same screens: each is checked once. */
const checked = new Map<string, Checked>();
function checkOnce(answer: Answer, lineNumber: string): Checked {
  const key = `${answer.status} ${answer.type} ${lineNumber}\n${answer.xml}`;
  let result = checked.get(key);
  if (result === undefined) checked.set(key, (result = checkAnswer(answer, lineNumber)));
  return result;
}

/** Phrases the line listens for, in both languages, straight from the corpus (its speech hints). */
const PHRASES = LOCALES.flatMap((locale) => speechHints(locale).split(', '));

const OTHER_SCRIPTS = [
  '我需要帮助',
  'أحتاج إلى مساعدة',
  'помогите мне',
  'मुझे मदद चाहिए',
  '도와주세요',
  'ช่วยด้วย',
  'βοήθεια',
];
const EMOJI = ['🙂', '🚨', '👍🏽', '❤️', '🇲🇽', '👩‍👧'];

/** Inputs no screen accepts: the line must count each as a failure. */
const failing: fc.Arbitrary<Move> = fc.oneof(
  fc.constant<Move>({ kind: 'silence', fails: true }),
  fc.constantFrom('#', '66', '**', '#0').map((key): Move => ({ kind: 'key', key, fails: true })),
  fc.constantFrom('', '   ', '\n\t').map((text): Move => ({ kind: 'speech', text, fails: true })),
  fc
    .array(fc.constantFrom(...EMOJI, ...OTHER_SCRIPTS), { minLength: 1, maxLength: 40 })
    .map((parts): Move => ({ kind: 'speech', text: parts.join(' '), fails: true })),
);

const speech: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(...PHRASES),
  fc.string({ unit: 'grapheme', maxLength: 80 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc
    .tuple(fc.constantFrom(...PHRASES), fc.string({ unit: 'grapheme', maxLength: 20 }))
    .map(([p, s]) => `${s} ${p} ${s}`),
  fc.integer({ min: 500, max: 4000 }).map((n) => 'help me please '.repeat(Math.ceil(n / 15)).slice(0, n)),
  fc.array(fc.constantFrom(...EMOJI), { minLength: 100, maxLength: 1000 }).map((e) => e.join('')),
);

const move: fc.Arbitrary<Move> = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.constantFrom(...'0123456789*#').map((key): Move => ({ kind: 'key', key, fails: key === '#' })),
  },
  {
    weight: 1,
    arbitrary: fc
      .oneof(fc.constantFrom('12', '+13105550142', '٣', 'abc', ' 1', '1 ', '911'), fc.string({ maxLength: 12 }))
      .map((key): Move => ({ kind: 'key', key, fails: false })),
  },
  { weight: 3, arbitrary: speech.map((text): Move => ({ kind: 'speech', text, fails: false })) },
  { weight: 2, arbitrary: failing },
);

/** Random moves, with runs of three or more failures mixed in so the reprompt limit is exercised often. */
const moves: fc.Arbitrary<Move[]> = fc
  .array(
    fc.oneof(
      { weight: 4, arbitrary: move.map((m) => [m]) },
      { weight: 1, arbitrary: fc.array(failing, { minLength: 3, maxLength: 4 }) },
    ),
    {
      maxLength: 8,
    },
  )
  .map((groups) => groups.flat());

const plan: fc.Arbitrary<CallPlan> = fc.record({
  locale: fc.constantFrom(...LOCALES),
  moves,
  outcomes: fc.array(
    fc.oneof(fc.constantFrom<string | undefined>(...DIAL_STATUSES, undefined, 'ringing'), fc.string({ maxLength: 12 })),
    { maxLength: 6 },
  ),
  to: fc.oneof(
    { weight: 9, arbitrary: fc.constant(callParams().To as string) },
    { weight: 1, arbitrary: fc.constantFrom('client:anonymous', 'sip:line@example.invalid', '') },
  ),
});

describe('random calls to the phone line', () => {
  // At night, so calls meet the closed screens of office lines as well as 24-hour transfers.
  const line = inProcessLine({}, undefined, () => NIGHT);
  const stats = {
    calls: 0,
    requests: 0,
    byLocale: { 'en-US': 0, 'es-US': 0 } as Record<Locale, number>,
    streaks: 0,
    dials: 0,
  };

  /** Plays one call; throws with the whole path so far when a property fails. */
  async function play(call: CallPlan): Promise<void> {
    const base = { ...callParams(), To: call.to, Called: call.to };
    const pending = [...call.moves];
    const outcomes = [...call.outcomes];
    const path: string[] = [];
    let url = `${ORIGIN}/ivr/voice${call.locale === 'es-US' ? '?lang=es-US' : ''}`;
    let extra: Record<string, string> = {};
    let streak = 0;
    let silentAnswers = 0;
    const fail = (what: string): never => {
      throw new Error(`${what}\n  after: ${path.join('\n         ')}`);
    };
    stats.calls += 1;
    stats.byLocale[call.locale] += 1;

    for (;;) {
      const { pathname, search } = new URL(url);
      const reply = await line(`${pathname}${search}`, { ...base, ...extra });
      stats.requests += 1;
      path.push(`${pathname}${search} ${JSON.stringify(extra).slice(0, 120)}`);
      const { problems, doc } = checkOnce({ status: reply.status, type: reply.type, xml: reply.text }, base.To);
      if (problems.length > 0 || !doc) return fail(problems.join('; '));
      if (pending.length === 0 && ++silentAnswers > SILENT_ENDING_LIMIT) fail('a silent caller is still on the line');

      const dial = doc.children.find((c) => c.name === 'Dial');
      if (streak >= 3) {
        stats.streaks += 1;
        const transfer = dial !== undefined && dialledNumber(dial) === HOTLINE_PHONE;
        const goodbye = doc.children.at(-1)?.name === 'Hangup' && speaksHotline(doc);
        if (!transfer && !goodbye)
          fail(`${streak} failures in a row reached neither a hotline transfer nor a goodbye with its number`);
      }

      const gather = doc.children.find((c) => c.name === 'Gather');
      if (gather) {
        // Out of moves: the caller says nothing from now on.
        const next: Move = pending.shift() ?? { kind: 'silence', fails: true };
        streak = next.fails ? streak + 1 : 0;
        if (next.kind === 'silence') {
          url = new URL(textOf(doc.children[doc.children.indexOf(gather) + 1] as never), url).href;
          extra = {};
        } else {
          url = new URL(gather.attrs.action as string, url).href;
          extra = next.kind === 'key' ? { Digits: next.key } : { SpeechResult: next.text, Confidence: '0.42' };
        }
        continue;
      }
      streak = 0;
      if (dial?.attrs.action) {
        stats.dials += 1;
        const status = pending.length === 0 ? 'no-answer' : outcomes.shift();
        url = new URL(dial.attrs.action, url).href;
        extra = status === undefined ? {} : { DialCallStatus: status };
        continue;
      }
      const redirect = doc.children.find((c) => c.name === 'Redirect');
      if (redirect) {
        url = new URL(textOf(redirect), url).href;
        extra = {};
        continue;
      }
      // The call ends here: the caller must leave with the hotline number.
      if (!speaksHotline(doc)) fail('the call ended without the hotline number');
      return;
    }
  }

  it(`when ${RUNS} random calls are played, then every answer is valid TwiML with a way forward and registry numbers only, and failures end at the hotline`, async () => {
    await fc.assert(
      fc.asyncProperty(plan, async (call) => play(call)),
      { numRuns: RUNS, ...(SEED === undefined ? {} : { seed: SEED }) },
    );
    // The run itself must have covered what it claims to, or a broken generator would pass quietly.
    expect(stats.byLocale['en-US']).toBeGreaterThan(RUNS / 4);
    expect(stats.byLocale['es-US']).toBeGreaterThan(RUNS / 4);
    expect(stats.streaks).toBeGreaterThan(RUNS / 10);
    expect(stats.dials).toBeGreaterThan(RUNS / 10);
    console.log(
      `fuzz: ${stats.calls} calls, ${stats.requests} requests, ${stats.dials} transfers, ${stats.streaks} answers after 3+ failures`,
    );
  }, 180_000);
});
