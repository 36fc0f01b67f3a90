// `npm start`: the local server. start()/stop() let tests own its lifecycle on port 0.

import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { pathToFileURL } from 'node:url';
import { createApp, type AppDeps } from './app.js';
import { ConfigError, loadConfig, type AppConfig } from './config.js';
import { isLoopback } from '../infra/loopback.js';
import { prometheusBackend } from '../infra/metrics/prometheus.js';
import { METRICS } from './metrics.js';

export interface Running {
  readonly server: Server;
  /** http://host:port, with the port the OS picked when the config asked for 0. */
  readonly url: string;
  readonly config: AppConfig;
}

function urlOf(address: AddressInfo): string {
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  return `http://${host}:${address.port}`;
}

/** Listens on config.host:config.port; refuses to stay up unsigned on anything but loopback. */
export async function start(config: AppConfig, deps: AppDeps = {}): Promise<Running> {
  // The local server keeps its counts in memory and serves them at GET /metrics.
  const metrics =
    deps.metrics ?? (config.metrics.sink === 'prometheus' ? prometheusBackend(config.metrics, METRICS) : undefined);
  const app = createApp(config, { ...deps, ...(metrics ? { metrics } : {}) });
  const server = await new Promise<Server>((resolve, reject) => {
    const s = app.listen(config.port, config.host, (err?: Error) => (err ? reject(err) : resolve(s)));
    s.once('error', reject);
  });
  const address = server.address() as AddressInfo;
  if (config.ivr.authToken === undefined && !isLoopback(address.address)) {
    await stop({ server, url: urlOf(address), config });
    throw new ConfigError([
      {
        variable: 'HOST',
        problem: `${config.host} resolved to ${address.address}, which is not a loopback address, and TWILIO_AUTH_TOKEN is not set.`,
        fix: 'set HOST=127.0.0.1, or set TWILIO_AUTH_TOKEN.',
      },
    ]);
  }
  return { server, url: urlOf(address), config };
}

export async function stop(running: Running): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    running.server.close((err) => (err ? reject(err) : resolve()));
    running.server.closeAllConnections();
  });
}

async function main(): Promise<void> {
  let config: AppConfig;
  try {
    config = loadConfig(process.env);
  } catch (err) {
    if (!(err instanceof ConfigError)) throw err;
    console.error(err.message);
    process.exit(1);
  }
  const running = await start(config);
  console.log(`Westmont help line listening on ${running.url}`);
  console.log(`  health check:     GET  ${running.url}/healthz`);
  console.log(`  phone line entry: POST ${running.url}/ivr/voice   (try it: npm run call)`);
  if (config.ivr.authToken === undefined) {
    console.warn(
      'WARNING: TWILIO_AUTH_TOKEN is not set, so /ivr/* accepts UNSIGNED requests from this machine only.\n' +
        '         This is allowed only because the server listens on loopback and NODE_ENV is not production.\n' +
        '         Set TWILIO_AUTH_TOKEN before Twilio (or anyone else) can reach this server.',
    );
  }
  const shutdown = (): void => {
    void stop(running).then(() => process.exit(0));
  };
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((err: unknown) => {
    console.error(err instanceof Error ? err.message : err);
    process.exit(1);
  });
}
