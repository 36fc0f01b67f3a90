// The phone line under load (autocannon, signed requests): the opening and a menu step, beside a bare express app
// answering the same TwiML, measured in the same run; requests/s, p50/p99 latency, errors, peak memory, the ratio.

import { cpus, loadavg } from 'node:os';
import { handlerEnv, STAND_IN_AUTH_TOKEN } from '../deploy/bundle-env.js';
import { INCOMING_CALL, signedWebhook, type SignedWebhook } from '../deploy/twilio-webhook.js';
import { load, type LoadResult } from './autocannon.js';
import { BASELINE_SERVER, OUR_SERVER, memoryOf, startServerProcess, type ServerProcess } from './load-process.js';
import type { BenchContext, BenchSection, Cell, Measurement } from './types.js';

/** The project's targets on a 2-core machine. */
const TARGETS = { p99Ms: 20, ratioToBare: 0.5 } as const;
/** Each measured run lasts at least this long: shorter runs on 2 shared cores are mostly noise. */
const MIN_SECONDS = 10;
const WARM_UP_SECONDS = 2;

export interface Target {
  readonly name: string;
  readonly url: string;
  readonly request: SignedWebhook;
}

/** The two phone requests measured: a call coming in, and a caller pressing 3 on the main menu. */
export function phoneTargets(baseUrl: string): Target[] {
  const voice = `${baseUrl}/ivr/voice`;
  const menu = `${baseUrl}/ivr/menu/main?lang=en-US&tries=0`;
  return [
    { name: 'opening: POST /ivr/voice', url: voice, request: signedWebhook(STAND_IN_AUTH_TOKEN, voice) },
    {
      name: 'menu step: POST /ivr/menu/main, 3',
      url: menu,
      request: signedWebhook(STAND_IN_AUTH_TOKEN, menu, { ...INCOMING_CALL, Digits: '3' }),
    },
  ];
}

async function measure(
  target: Target,
  server: ServerProcess,
  ctx: Pick<BenchContext, 'connections'>,
  seconds: number,
): Promise<LoadResult & { peakMiB: number | undefined }> {
  const options = { url: target.url, method: 'POST' as const, ...target.request, connections: ctx.connections };
  // A short warm-up, so the JIT and first-request costs are not part of the figure.
  await load({ ...options, durationSeconds: WARM_UP_SECONDS });
  const result = await load({ ...options, durationSeconds: seconds });
  return { ...result, peakMiB: memoryOf(server.pid)?.peakMiB };
}

/** The TwiML our server answers a request with, so the baseline can answer the very same bytes. */
export async function answerOf(target: Target): Promise<string> {
  const res = await fetch(target.url, { method: 'POST', headers: target.request.headers, body: target.request.body });
  const text = await res.text();
  if (res.status !== 200 || !text.includes('<Gather')) {
    throw new Error(`${target.name} answered ${res.status}, not a TwiML menu: is the signature set-up right?\n${text}`);
  }
  return text;
}

/** The machine, in one line, so a figure is never read without it (the machine section has more). */
export function machineLine(): string {
  const cores = cpus();
  const load = loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');
  return `Machine: ${cores[0]?.model.trim() ?? 'unknown CPU'}, ${cores.length} cores, Node ${process.version}, load average ${load}.`;
}

const mib = (v: number | undefined): string => (v === undefined ? 'n/a' : v.toFixed(0));
const verdict = (ok: boolean): string => (ok ? 'ok' : 'MISSED');

export const loadTest: Measurement = {
  name: 'load',
  files: [OUR_SERVER, BASELINE_SERVER],
  async run(ctx: BenchContext): Promise<BenchSection> {
    const seconds = Math.max(MIN_SECONDS, ctx.durationSeconds);
    // Our server exactly as `npm start` runs it, with production settings: signatures checked, logs at info, counts on.
    const ours = await startServerProcess(ctx.projectRoot, OUR_SERVER, (url) => handlerEnv(url));
    const results: { name: string; r: LoadResult & { peakMiB: number | undefined } }[] = [];
    let opening: string;
    try {
      const targets = phoneTargets(ours.url);
      opening = await answerOf(targets[0] as Target);
      for (const target of targets) results.push({ name: target.name, r: await measure(target, ours, ctx, seconds) });
    } finally {
      await ours.stop();
    }
    const bare = await startServerProcess(ctx.projectRoot, BASELINE_SERVER, () => ({ BASELINE_TWIML: opening }));
    let baseline: LoadResult & { peakMiB: number | undefined };
    try {
      const [target] = phoneTargets(bare.url);
      baseline = await measure(target as Target, bare, ctx, seconds);
    } finally {
      await bare.stop();
    }

    const row = (name: string, r: LoadResult & { peakMiB: number | undefined }): Record<string, Cell> => ({
      target: name,
      'req/s': r.requestsPerSecond.toFixed(0),
      'p50 ms': r.p50Ms,
      'p99 ms': r.p99Ms,
      errors: r.failures,
      'peak RSS MiB': mib(r.peakMiB),
      'vs bare': (r.requestsPerSecond / baseline.requestsPerSecond).toFixed(2),
    });
    const ourResults = results.map((x) => x.r);
    const worstRatio = Math.min(...ourResults.map((r) => r.requestsPerSecond / baseline.requestsPerSecond));
    const worstP99 = Math.max(...ourResults.map((r) => r.p99Ms));
    const errors = [...ourResults, baseline].reduce((sum, r) => sum + r.failures, 0);
    return {
      title: `Phone line under load vs bare express (${ctx.connections} connections, ${seconds} s each, signed requests)`,
      rows: [...results.map((x) => row(x.name, x.r)), row('bare express, same TwiML (baseline)', baseline)],
      notes: [
        `Targets: errors 0: ${verdict(errors === 0)} (${errors}); p99 under ${TARGETS.p99Ms} ms: ${verdict(worstP99 < TARGETS.p99Ms)} (${worstP99} ms); ` +
          `at least ${TARGETS.ratioToBare}x bare throughput: ${verdict(worstRatio >= TARGETS.ratioToBare)} (${worstRatio.toFixed(2)}x).`,
        'Ours: app/local.ts from source (tsx), NODE_ENV=production, Twilio signatures checked, logs at info to /dev/null, Prometheus counts on.',
        'Bare: express + urlencoded answering the opening TwiML, byte for byte; no signature check, no flow, no logs, no counts.',
        "Peak RSS is the server process's VmHWM after its runs; autocannon runs in the bench process, on the same cores.",
        machineLine(),
      ],
    };
  },
};
