// `npm start`: the local server. start()/stop() let tests own its lifecycle on port 0.

import { STATUS_CODES, createServer, type RequestListener, type Server } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import type { Duplex } from 'node:stream';
import { pathToFileURL } from 'node:url';
import express from 'express';
import { checksSignatures } from '../ivr/config.js';
import { createApp, type AppDeps } from './app.js';
import { ConfigError, checksOff, loadConfig, type AppConfig, type HttpLimits } from './config.js';
import { SECURITY_HEADERS } from '../infra/http.js';
import { assertChecksOffAllowed } from '../infra/local-only.js';
import { prometheusBackend } from '../infra/metrics/prometheus.js';
import { METRICS } from './metrics.js';

export interface Running {
  readonly server: Server;
  /** http://host:port, with the port the OS picked when the config asked for 0. */
  readonly url: string;
  readonly config: AppConfig;
  /** GET /metrics on its own listener (loopback unless METRICS_ALLOW_REMOTE=true), when counts are kept here. */
  readonly metrics?: { readonly server: Server; readonly url: string };
}

function urlOf(address: AddressInfo): string {
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  return `http://${host}:${address.port}`;
}

/** The status Node itself gives each client error it answers (anything else is a 400). */
const CLIENT_ERROR_STATUS: Readonly<Record<string, number>> = {
  ERR_HTTP_REQUEST_TIMEOUT: 408,
  HPE_HEADER_OVERFLOW: 431,
  HPE_CHUNK_EXTENSIONS_OVERFLOW: 413,
};

/** Node's own answer to a request it cannot parse or that is too slow, with the security headers added. */
function answerClientError(err: NodeJS.ErrnoException, socket: Duplex): void {
  if (socket.writable && (socket as Partial<Socket>).bytesWritten === 0) {
    const status = CLIENT_ERROR_STATUS[err.code ?? ''] ?? 400;
    const headers = Object.entries(SECURITY_HEADERS).map(([name, value]) => `${name}: ${value}\r\n`);
    socket.write(`HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\n${headers.join('')}Connection: close\r\n\r\n`);
  }
  socket.destroy(err);
}

/**
 * An HTTP server whose slow requests are cut off in seconds (Node enforces requestTimeout and headersTimeout only
 * when its connection check runs, every 30 s by default, so that interval is set too), with a cap on all open
 * connections and a smaller one per address, so one client holding idle connections cannot lock everyone out.
 */
function limitedServer(handler: RequestListener, limits: HttpLimits): Server {
  const server = createServer(
    {
      requestTimeout: limits.requestTimeoutMs,
      headersTimeout: limits.headersTimeoutMs,
      connectionsCheckingInterval: limits.checkIntervalMs,
    },
    handler,
  );
  server.maxConnections = limits.maxConnections;
  server.on('clientError', answerClientError);
  // Only addresses with an open connection are kept, so this holds at most maxConnections entries.
  const open = new Map<string, number>();
  server.on('connection', (socket) => {
    const address = socket.remoteAddress ?? '';
    const count = (open.get(address) ?? 0) + 1;
    if (count > limits.maxConnectionsPerAddress) {
      socket.destroy();
      return;
    }
    open.set(address, count);
    socket.once('close', () => {
      const left = (open.get(address) ?? 1) - 1;
      if (left > 0) open.set(address, left);
      else open.delete(address);
    });
  });
  return server;
}

async function listen(server: Server, port: number, host: string, variable: string): Promise<Server> {
  await new Promise<void>((resolve, reject) => {
    server.once('error', (err: NodeJS.ErrnoException) =>
      reject(
        err.code === 'EADDRINUSE'
          ? new ConfigError([
              { variable, problem: `port ${port} is already in use.`, fix: `choose another ${variable}.` },
            ])
          : err,
      ),
    );
    server.listen(port, host, resolve);
  });
  return server;
}

async function close(server: Server): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    server.close((err) => (err ? reject(err) : resolve()));
    server.closeAllConnections();
  });
}

/** Listens on config.host:config.port (and GET /metrics on its own port); refuses to stay up unsigned off loopback. */
export async function start(config: AppConfig, deps: AppDeps = {}): Promise<Running> {
  // The local server keeps its counts in memory and serves them at GET /metrics.
  const metrics =
    deps.metrics ?? (config.metrics.sink === 'prometheus' ? prometheusBackend(config.metrics, METRICS) : undefined);
  const app = createApp(config, { ...deps, ...(metrics ? { metrics } : {}) });
  const server = await listen(limitedServer(app, config.http), config.port, config.host, 'PORT');
  const address = server.address() as AddressInfo;
  let metricsListener: Running['metrics'];
  if (metrics?.routes) {
    // Its own listener, so no proxy or tunnel to the main port can reach it.
    const metricsApp = express().disable('x-powered-by').use(metrics.routes);
    const metricsHost = config.metrics.allowRemote ? '0.0.0.0' : '127.0.0.1';
    try {
      const m = await listen(limitedServer(metricsApp, config.http), config.metrics.port, metricsHost, 'METRICS_PORT');
      metricsListener = { server: m, url: urlOf(m.address() as AddressInfo) };
    } catch (err) {
      await close(server);
      throw err;
    }
  }
  const running: Running = {
    server,
    url: urlOf(address),
    config,
    ...(metricsListener ? { metrics: metricsListener } : {}),
  };
  // Again on the address actually bound: a host name may resolve to one other machines can reach.
  try {
    assertChecksOffAllowed(checksOff(config), { host: address.address, production: config.production });
  } catch (err) {
    await stop(running);
    throw err;
  }
  return running;
}

export async function stop(running: Running): Promise<void> {
  await Promise.all([close(running.server), ...(running.metrics ? [close(running.metrics.server)] : [])]);
}

/** Output for main(): the console when run as npm start, captured in tests. */
export type LocalIo = Pick<Console, 'log' | 'warn' | 'error'>;

/**
 * npm start: reads the environment and starts. Resolves with the server, or with the exit code (1) when the config
 * or the start is refused, after printing why.
 */
export async function main(env: NodeJS.ProcessEnv = process.env, io: LocalIo = console): Promise<Running | number> {
  let config: AppConfig;
  let running: Running;
  try {
    config = loadConfig(env);
    running = await start(config);
  } catch (err) {
    io.error(err instanceof Error ? err.message : err);
    return 1;
  }
  io.log(`Westmont help line listening on ${running.url}`);
  io.log(`  health check:     GET  ${running.url}/healthz`);
  io.log(`  phone line entry: POST ${running.url}/ivr/voice`);
  // npm run call alone starts a server of its own: --url calls this one (its public URL, if signatures use it).
  const token = checksSignatures(config.ivr) ? "TWILIO_AUTH_TOKEN=<this server's token> " : '';
  io.log(`  call it:          ${token}npm run call -- --url ${config.ivr.publicBaseUrl ?? running.url}`);
  if (running.metrics) io.log(`  counts:           GET  ${running.metrics.url}/metrics`);
  if (!checksSignatures(config.ivr)) {
    io.warn(
      'WARNING: TWILIO_AUTH_TOKEN is not set, so /ivr/* accepts UNSIGNED requests from this machine only.\n' +
        '         This is allowed only because the server listens on loopback and NODE_ENV is not production.\n' +
        '         Set TWILIO_AUTH_TOKEN before Twilio (or anyone else) can reach this server.',
    );
  }
  return running;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().then(
    (result) => {
      if (typeof result === 'number') process.exit(result);
      const shutdown = (): void => {
        void stop(result).then(() => process.exit(0));
      };
      process.once('SIGINT', shutdown);
      process.once('SIGTERM', shutdown);
    },
    (err: unknown) => {
      console.error(err instanceof Error ? err.message : err);
      process.exit(1);
    },
  );
}
