// Requests per second and latency (p50, p99) of the local server under autocannon: signed /ivr/voice, and /healthz.

import { handlerEnv, STAND_IN_AUTH_TOKEN } from '../deploy/bundle-env.js';
import { signedWebhook } from '../deploy/twilio-webhook.js';
import { load, type LoadOptions, type LoadResult } from './autocannon.js';
import { OUR_SERVER, startServerProcess } from './load-process.js';
import type { BenchContext, BenchSection, Measurement } from './types.js';

function row(target: string, r: LoadResult): Record<string, string | number> {
  return {
    target,
    'req/s': r.requestsPerSecond.toFixed(0),
    'p50 ms': r.p50Ms,
    'p99 ms': r.p99Ms,
    requests: r.total,
    failures: r.failures,
  };
}

export const throughput: Measurement = {
  name: 'throughput',
  files: [OUR_SERVER],
  async run(ctx: BenchContext): Promise<BenchSection> {
    // The server checks signatures against PUBLIC_BASE_URL, as on Lambda; the bench signs for the same URL.
    const server = await startServerProcess(ctx.projectRoot, OUR_SERVER, (url) => handlerEnv(url));
    try {
      const voiceUrl = `${server.url}/ivr/voice`;
      const voice = signedWebhook(STAND_IN_AUTH_TOKEN, voiceUrl);
      const common: Omit<LoadOptions, 'url'> = { durationSeconds: ctx.durationSeconds, connections: ctx.connections };
      // One short warm-up so the JIT and the page cache are not part of the first figure.
      await load({ ...common, url: voiceUrl, method: 'POST', ...voice, durationSeconds: 1 });
      const ivr = await load({ ...common, url: voiceUrl, method: 'POST', headers: voice.headers, body: voice.body });
      const health = await load({ ...common, url: `${server.url}/healthz` });
      return {
        title: `Local server under autocannon (${ctx.connections} connections, ${ctx.durationSeconds} s each)`,
        rows: [row('POST /ivr/voice (signed)', ivr), row('GET /healthz', health)],
        notes: ['The server runs from source (tsx) in its own process, NODE_ENV=production, logs to /dev/null.'],
      };
    } finally {
      await server.stop();
    }
  },
};
