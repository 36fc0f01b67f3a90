// `npm run alexa:profile` against a local stand-in of Amazon's Utterance Profiler and Login with Amazon (a real
// HTTP server on port 0): the score from canned answers judged through the real skill, a refused token, a throttle,
// a wrong skill, bad arguments, and no token ever printed.

import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { TOPIC_IDS, type Locale } from '../../content/index.js';
import { heldOut } from '../../nlu/held-out.js';
import { main } from '../../tools/nlu/profile-cli.js';
import { profileSkill, type ProfileRun } from '../../tools/nlu/profile.js';
import { spokenNumbers } from '../../tools/nlu/skill-judge.js';
import { retryAfterSeconds } from '../../tools/nlu/smapi.js';
import { captureIo } from '../support/cli-io.js';
import { selected, startSmapiStandIn, type StandIn, type StandInOptions } from '../support/smapi-stand-in.js';

const run = promisify(execFile);
const SKILL_ID = 'amzn1.ask.skill.12345678-90ab-cdef-1234-567890abcdef';
const TOKEN = 'Atza|stand-in-access-token-0123456789';
const SECRETS = { refresh: 'Atzr|stand-in-refresh-token-42', clientSecret: 'stand-in-client-secret-77' };

let standIn: StandIn | undefined;
afterEach(async () => {
  await standIn?.close();
  standIn = undefined;
});

async function start(options: Partial<StandInOptions> = {}): Promise<StandIn> {
  standIn = await startSmapiStandIn({
    skillId: SKILL_ID,
    accessTokens: [TOKEN],
    select: () => selected('AMAZON.FallbackIntent'),
    ...options,
  });
  return standIn;
}

/** The tool in this process with `env` as its whole environment; its exit code and what it printed. */
async function profile(args: string[], env: NodeJS.ProcessEnv = { ALEXA_LWA_ACCESS_TOKEN: TOKEN }) {
  const io = captureIo('', env);
  const code = await main(args, io);
  const printed = io.out() + io.err();
  for (const secret of [TOKEN, SECRETS.refresh, SECRETS.clientSecret, 'Atza|']) expect(printed).not.toContain(secret);
  return { code, out: io.out(), err: io.err() };
}

/** A run of the module (not the command) against the stand-in, with the access token. */
const runOn = (s: StandIn, locale: Locale, more: Partial<ProfileRun>): ProfileRun => ({
  skillId: SKILL_ID,
  stage: 'development',
  locale,
  credentials: { accessToken: TOKEN },
  apiBase: s.url,
  ...more,
});

const profiled = (s: StandIn): string[] =>
  s.requests
    .filter((r) => r.path.endsWith('/profileNlu'))
    .map((r) => (JSON.parse(r.body) as { utterance: string }).utterance);

describe('the profiler, from canned answers', () => {
  const canned: Record<string, ReturnType<typeof selected>> = {
    'what are the signs': selected('TopicIntent', { topic: { heard: 'the signs', id: 'signs' } }),
    'give me the hotline number': selected('ResourceIntent', {
      organization: { heard: 'the hotline', id: 'traffickingHotline' },
    }),
    // Right only through the skill's answer: the first answer of this topic says the hotline's number.
    'how do I report it': selected('TopicIntent', { topic: { heard: 'report it', id: 'whatToDo' } }),
    'is hooking legal in LA': selected('TopicIntent', { topic: { heard: 'hooking legal in l. a.' } }),
    stop: selected('AMAZON.StopIntent'),
    'tell me about CAST': selected('AMAZON.FallbackIntent'),
  };
  const items = [
    { say: 'what are the signs', expect: 'topic:signs' },
    { say: 'give me the hotline number', expect: 'number:traffickingHotline' },
    { say: 'how do I report it', expect: 'number:traffickingHotline' },
    { say: 'is hooking legal in LA', expect: 'topic:legalStatus' },
    { say: 'stop', expect: 'intent:AMAZON.StopIntent' },
    { say: 'tell me about CAST', expect: 'number:castHotline' },
  ];

  it('when Alexa selects the canned intents, then the right ones count, and each miss says what Alexa and the skill did', async () => {
    const s = await start({ select: (utterance) => canned[utterance] ?? selected('AMAZON.FallbackIntent') });
    const score = await profileSkill(runOn(s, 'en-US', { items }));
    // "is hooking legal in LA" is right through the skill: words a slot did not resolve are asked of the classifier.
    expect({ right: score.right, total: score.total }).toEqual({ right: 5, total: 6 });
    expect(score.misses).toEqual([
      // The fallback gives the hotline's number, but a fallback is not understanding: it is judged by itself.
      { say: 'tell me about CAST', expected: 'number:castHotline', got: 'intent:AMAZON.FallbackIntent' },
    ]);
    expect(profiled(s)).toEqual(items.map((i) => i.say));
    expect(s.requests.every((r) => r.authorization === `Bearer ${TOKEN}`)).toBe(true);
  });

  it('when run over the whole held-out set, then every phrase is sent once and the report reads as nlu:eval prints it', async () => {
    const topicIds: readonly string[] = TOPIC_IDS;
    const expected = new Map(heldOut('en-US').skill.map((i) => [i.say, i.expect]));
    const s = await start({
      select: (utterance) => {
        const [kind, id = ''] = (expected.get(utterance) ?? '').split(':');
        return kind === 'topic' && topicIds.includes(id)
          ? selected('TopicIntent', { topic: { heard: utterance, id } })
          : selected('AMAZON.FallbackIntent');
      },
    });
    const { code, out } = await profile(['--skill-id', SKILL_ID, '--locale', 'en-US', '--api-base', s.url]);
    const line = /^skill en-US \(Alexa's Utterance Profiler, development stage\): (\d+)\/(\d+) = ([\d.]+) %/m.exec(out);
    expect(line, out).not.toBeNull();
    const [right, total] = [Number(line?.[1]), Number(line?.[2])];
    expect(out.match(/^ {2}miss: /gm)?.length).toBe(total - right);
    expect(out).toMatch(
      /^ {2}miss: "give me the hotline number" expected number:traffickingHotline, got intent:AMAZON\.FallbackIntent$/m,
    );
    expect(right).toBe(
      heldOut('en-US').skill.filter((i) => /^topic:/.test(i.expect) && topicIds.includes(i.expect.slice(6))).length,
    );
    expect(code).toBe(1); // below 90 %
    expect(profiled(s).sort()).toEqual([...expected.keys()].sort());
  });
});

describe('when Amazon refuses or throttles', () => {
  it('when the access token is refused (401), then it stops at the first phrase and names the variable to set', async () => {
    const s = await start({ accessTokens: ['Atza|another-token'] });
    const { code, err } = await profile(['--skill-id', SKILL_ID, '--api-base', s.url]);
    expect(code).toBe(1);
    expect(err).toMatch(/refused ALEXA_LWA_ACCESS_TOKEN \(HTTP 401/);
    expect(err).toContain('ALEXA_LWA_REFRESH_TOKEN');
    expect(profiled(s)).toHaveLength(1);
  });

  it('when throttled (429), then it waits as long as Retry-After says and sends the phrase again', async () => {
    const s = await start({
      select: () => selected('AMAZON.StopIntent'),
      throttle: (n) => (n === 1 ? 1 : undefined),
    });
    const waits: string[] = [];
    const score = await profileSkill(
      runOn(s, 'es-US', {
        items: [{ say: 'para', expect: 'intent:AMAZON.StopIntent' }],
        onWait: (seconds, why) => waits.push(`${seconds} s: ${why}`),
      }),
    );
    expect(waits).toEqual([`1 s: ${new URL(s.url).host} is throttling (HTTP 429); Retry-After: 1`]);
    expect(profiled(s)).toEqual(['para', 'para']);
    expect(score.right).toBe(1);
  });

  it('when throttled with no end, then it stops after its tries with a clear message', async () => {
    const s = await start({ throttle: () => 0 });
    const { code, err } = await profile(['--skill-id', SKILL_ID, '--api-base', s.url]);
    expect(code).toBe(1);
    expect(err).toMatch(/throttling \(HTTP 429\), 6 times\. Run again later\./);
    expect(profiled(s)).toHaveLength(6);
  });

  it('when the skill id, stage or locale has no model (404), then it says which options to check', async () => {
    const s = await start({ models: { development: ['en-US'] } });
    const { code, err } = await profile(['--skill-id', SKILL_ID, '--locale', 'es-US', '--api-base', s.url]);
    expect(code).toBe(1);
    expect(err).toMatch(/no interaction model to profile for skill .+, stage development, locale es-US \(HTTP 404/);
    expect(err).toContain('--skill-id');
    expect(profiled(s)).toHaveLength(1);
  });
});

describe('credentials from a refresh token', () => {
  const env = {
    ALEXA_LWA_REFRESH_TOKEN: SECRETS.refresh,
    ALEXA_LWA_CLIENT_ID: 'amzn1.application-oa2-client.stand-in',
    ALEXA_LWA_CLIENT_SECRET: SECRETS.clientSecret,
  };
  const lwa = { refreshToken: SECRETS.refresh, clientId: env.ALEXA_LWA_CLIENT_ID, clientSecret: SECRETS.clientSecret };

  it('when the refresh token, client id and secret are set, then it gets an access token once and profiles with it', async () => {
    const s = await start({ lwa: { ...lwa, issues: TOKEN }, select: () => selected('AMAZON.HelpIntent') });
    const { code } = await profile(['--skill-id', SKILL_ID, '--locale', 'en-US', '--api-base', s.url], env);
    expect(code).toBe(1);
    const [first, ...rest] = s.requests;
    expect(first?.path).toBe('/auth/o2/token');
    expect(Object.fromEntries(new URLSearchParams(first?.body))).toEqual({
      grant_type: 'refresh_token',
      refresh_token: SECRETS.refresh,
      client_id: env.ALEXA_LWA_CLIENT_ID,
      client_secret: SECRETS.clientSecret,
    });
    expect(rest.length).toBeGreaterThan(50);
    expect(rest.every((r) => r.path.endsWith('/profileNlu') && r.authorization === `Bearer ${TOKEN}`)).toBe(true);
  });

  it('when the renewed token is refused too, then it renews it once more and stops naming the refresh token', async () => {
    const s = await start({ lwa: { ...lwa, issues: 'Atza|renewed-but-refused' } });
    const { code, err } = await profile(['--skill-id', SKILL_ID, '--api-base', s.url], env);
    expect(code).toBe(1);
    expect(err).toMatch(/refused the token made from ALEXA_LWA_REFRESH_TOKEN \(HTTP 401/);
    expect(s.requests.map((r) => r.path.split('/').at(-1))).toEqual(['token', 'profileNlu', 'token', 'profileNlu']);
  });

  it('when Login with Amazon refuses the refresh token, then it names the three variables', async () => {
    const s = await start({ lwa: { ...lwa, refreshToken: 'Atzr|another', issues: TOKEN } });
    const { code, err } = await profile(['--skill-id', SKILL_ID, '--api-base', s.url], env);
    expect(code).toBe(1);
    expect(err).toMatch(/did not renew the access token \(HTTP 400: invalid_grant/);
    expect(err).toMatch(/ALEXA_LWA_REFRESH_TOKEN, ALEXA_LWA_CLIENT_ID and ALEXA_LWA_CLIENT_SECRET/);
  });
});

describe('bad arguments', () => {
  it.each([
    [[], {}, '--skill-id is missing'],
    [['--skill-id', 'my-skill'], {}, 'is not an Alexa skill ID'],
    // A token pasted into the wrong option is still not printed.
    [['--skill-id', TOKEN], {}, '--skill-id [redacted] is not an Alexa skill ID'],
    [['--skill-id', SKILL_ID, '--locale', 'fr-FR'], {}, '--locale fr-FR is not supported'],
    [['--skill-id', SKILL_ID, '--stage', 'prod'], {}, '--stage prod is not a stage'],
    [['--skill-id', SKILL_ID, '--api-base', 'https://api.example.com'], {}, 'is not on this machine'],
    [['--skill-id', SKILL_ID, '--what'], {}, "Unknown option '--what'"],
    [['--skill-id', SKILL_ID], { ALEXA_LWA_ACCESS_TOKEN: '' }, 'No credentials: set ALEXA_LWA_ACCESS_TOKEN'],
    [
      ['--skill-id', SKILL_ID],
      { ALEXA_LWA_CLIENT_ID: 'x' },
      'ALEXA_LWA_REFRESH_TOKEN and ALEXA_LWA_CLIENT_SECRET not set',
    ],
  ] as const)('%j %j: exit 2 with the problem and the usage', async (args, env, problem) => {
    const { code, err } = await profile([...args], { ALEXA_LWA_ACCESS_TOKEN: TOKEN, ...env });
    expect(code).toBe(2);
    expect(err).toContain(problem);
    expect(err).toContain('usage: npm run alexa:profile');
  });

  it('when run as npm runs it (a process) with no skill id, then it exits 2 without sending anything', async () => {
    const failed = await run('node_modules/.bin/tsx', ['tools/nlu/profile-cli.ts'], {
      env: { PATH: process.env.PATH, ALEXA_LWA_ACCESS_TOKEN: TOKEN },
      timeout: 30_000,
    }).then(
      () => ({ code: 0, stderr: '' }),
      (error: { code: number; stderr: string }) => error,
    );
    expect(failed.code).toBe(2);
    expect(failed.stderr).toContain('--skill-id is missing');
    expect(failed.stderr).not.toContain(TOKEN);
  });
});

describe('Retry-After', () => {
  it('reads delay-seconds and an HTTP date, and nothing else', () => {
    const now = Date.parse('Mon, 07 Dec 2026 10:00:00 GMT');
    expect(retryAfterSeconds('2', now)).toBe(2);
    expect(retryAfterSeconds('Mon, 07 Dec 2026 10:00:30 GMT', now)).toBe(30);
    expect(retryAfterSeconds('Mon, 07 Dec 2026 09:00:00 GMT', now)).toBe(0);
    expect(retryAfterSeconds('soon', now)).toBeUndefined();
    expect(retryAfterSeconds(null, now)).toBeUndefined();
  });
});

describe('what the skill said', () => {
  it('reads a phone number said in groups as one number, and a dial code as itself', () => {
    const ssml =
      'Call <say-as interpret-as="digits">1</say-as><break time="300ms"/><say-as interpret-as="digits">888</say-as>' +
      '<break time="300ms"/><say-as interpret-as="digits">373</say-as><break time="300ms"/>' +
      '<say-as interpret-as="digits">7888</say-as>, or <say-as interpret-as="digits">211</say-as>.';
    expect(spokenNumbers(ssml)).toEqual(['18883737888', '211']);
  });
});
