// Memory over a long run (opt-in: `npm run bench -- --only memory`): 60 s of signed phone requests with the server's
// RSS sampled every second, the first 10 s against the last 10 s. Flat memory means nothing accumulates per call.

import { handlerEnv } from '../deploy/bundle-env.js';
import { load } from './autocannon.js';
import { OUR_SERVER, sampleRss, startServerProcess } from './load-process.js';
import { machineLine, phoneTargets } from './load.js';
import type { BenchContext, BenchSection, Measurement } from './types.js';

const MEMORY_SECONDS = 60;
const CHUNK_SECONDS = 5;
/** Growth allowed from the first 10 s to the last 10 s before memory counts as not flat. */
const FLAT_TOLERANCE = { fraction: 0.1, MiB: 8 } as const;

const median = (values: readonly number[]): number => {
  const s = [...values].sort((a, b) => a - b);
  return s.length === 0
    ? NaN
    : ((s[Math.floor((s.length - 1) / 2)] as number) + (s[Math.ceil((s.length - 1) / 2)] as number)) / 2;
};

/** True when the end is within the tolerance of the start. */
export const isFlat = (startMiB: number, endMiB: number): boolean =>
  endMiB - startMiB <= Math.max(FLAT_TOLERANCE.MiB, startMiB * FLAT_TOLERANCE.fraction);

export const memoryTest: Measurement = {
  name: 'memory',
  optIn: true,
  files: [OUR_SERVER],
  async run(ctx: BenchContext): Promise<BenchSection> {
    const server = await startServerProcess(ctx.projectRoot, OUR_SERVER, (url) => handlerEnv(url));
    try {
      const targets = phoneTargets(server.url);
      // Warm up first, so start-up allocation is not counted as growth.
      for (const t of targets)
        await load({ url: t.url, method: 'POST', ...t.request, durationSeconds: 2, connections: ctx.connections });
      const sampler = sampleRss(server.pid, 1000);
      let requests = 0;
      let failures = 0;
      for (let elapsed = 0; elapsed < MEMORY_SECONDS; elapsed += CHUNK_SECONDS) {
        const t = targets[(elapsed / CHUNK_SECONDS) % targets.length] as (typeof targets)[number];
        const r = await load({
          url: t.url,
          method: 'POST',
          ...t.request,
          durationSeconds: CHUNK_SECONDS,
          connections: ctx.connections,
        });
        requests += r.total;
        failures += r.failures;
      }
      const samples = sampler.stop();
      const window = Math.min(10, Math.floor(samples.length / 3));
      const start = median(samples.slice(0, window));
      const end = median(samples.slice(-window));
      const flat = isFlat(start, end);
      return {
        title: `Memory over ${MEMORY_SECONDS} s of load (${ctx.connections} connections, opening and menu step in turn)`,
        rows: [
          { measure: 'RSS MiB, median of first 10 s', value: start.toFixed(1) },
          { measure: 'RSS MiB, median of last 10 s', value: end.toFixed(1) },
          { measure: 'RSS MiB, highest sample', value: Math.max(...samples).toFixed(1) },
          { measure: 'requests / errors', value: `${requests} / ${failures}` },
        ],
        notes: [
          `Memory flat (end within ${FLAT_TOLERANCE.fraction * 100}% or ${FLAT_TOLERANCE.MiB} MiB of start): ${flat ? 'ok' : 'MISSED'}.`,
          `RSS samples (MiB, 1 s apart): ${samples.map((s) => s.toFixed(0)).join(' ')}`,
          machineLine(),
        ],
      };
    } finally {
      await server.stop();
    }
  },
};
