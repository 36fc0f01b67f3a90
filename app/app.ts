// The one express app every host uses (npm start, the tests, Lambda): health check, each channel's router, 404, errors.

import express, { type RequestHandler } from 'express';
import { ivrRouter } from '../ivr/router.js';
import { alexaRouter } from '../lambda/http.js';
import { checksOff, type AppConfig } from './config.js';
import { BODY_LIMIT_BYTES } from '../infra/http.js';
import { errorHandler, noStore, notFound, securityHeaders } from '../infra/express-host.js';
import { assertChecksOffAllowed } from '../infra/local-only.js';
import { pathBelow } from '../infra/public-url.js';
import { createLogger, type Logger } from '../infra/logger.js';
import { countsFrom, type MetricsBackend } from '../infra/metrics/backend.js';
import { emfBackend } from '../infra/metrics/emf.js';
import { METRICS, type CountEvent } from './metrics.js';

export interface AppDeps {
  readonly logger?: Logger;
  /** Where the web page's built files are; on Lambda the web function ships them beside its bundle (web/lambda-handler.ts). */
  readonly webAssetsDir?: string;
  /**
   * Where counts go. Default: CloudWatch embedded metrics when config.metrics.sink is emf (Lambda), else none;
   * app/local.ts passes the Prometheus backend, which this file does not import (it would slow Lambda's cold start).
   */
  readonly metrics?: MetricsBackend;
  /** The phone line's clock for services' opening hours (ivr/phone.ts); tests pass a fixed one. */
  readonly clock?: () => Date;
}

/**
 * A router built on first use, so a server (or test) that never shows the page skips its modules (helmet, rate
 * limiting, the browser-call token's JWT library); a failed load is a 500.
 */
function lazyRouter(load: () => Promise<RequestHandler>): RequestHandler {
  let router: Promise<RequestHandler> | undefined;
  return (req, res, next) => {
    router ??= load();
    router.then((handle) => handle(req, res, next)).catch(next);
  };
}

/**
 * Behind an API stage or a custom domain's base path (PUBLIC_BASE_URL=https://…/prod), requests may arrive as
 * /prod/ivr/voice. The base path is taken off, so the routes match and the signed URL is PUBLIC_BASE_URL + the rest.
 */
function stripBasePath(basePath: string): RequestHandler {
  return (req, _res, next) => {
    const at = req.url.indexOf('?');
    const [path, query] = at < 0 ? [req.url, ''] : [req.url.slice(0, at), req.url.slice(at)];
    const below = pathBelow(basePath, path);
    if (below !== path) {
      req.url = `${below}${query}`;
      req.originalUrl = req.url;
    }
    next();
  };
}

export function createApp(config: AppConfig, deps: AppDeps = {}): express.Express {
  // Again here, for a config built by hand rather than by loadConfig.
  assertChecksOffAllowed(checksOff(config), config);
  const logger = deps.logger ?? createLogger({ level: config.logLevel });
  const metrics = deps.metrics ?? (config.metrics.sink === 'emf' ? emfBackend(METRICS) : undefined);
  const counts = countsFrom<CountEvent>(METRICS, metrics, logger);
  const app = express();
  app.disable('x-powered-by');
  // Behind a reverse proxy the visitor is the address it appended to X-Forwarded-For; with none the header is a
  // client's own word and is ignored. The unsigned local modes never read it: any forwarding header refuses them.
  app.set('trust proxy', config.http.trustProxyHops);
  app.use(securityHeaders, stripBasePath(config.ivr.basePath));
  app.use(['/ivr', '/alexa'], noStore);
  // The Alexa skill first: Amazon's signature covers the raw body, so no parser may read it before the adapter.
  app.use(alexaRouter(config.alexa, { logger, counts }));
  // The phone line reads its own raw body (its core checks the signature over the form it parses).
  app.use(
    '/ivr',
    ivrRouter({
      config: config.ivr,
      production: config.production,
      logger,
      counts,
      ...(deps.clock ? { clock: deps.clock } : {}),
    }),
  );
  app.use(express.urlencoded({ extended: false, limit: BODY_LIMIT_BYTES }));

  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });

  // The web page at / and /es, its files under /assets/, and POST /voice-token when the browser call is on.
  // Loaded on the first request that reaches it. On Lambda the page is a function of its own (web/lambda-handler.ts).
  app.use(
    lazyRouter(async () =>
      (await import('../web/router.js')).webRouter(config.web, { logger, assetsDir: deps.webAssetsDir }),
    ),
  );

  app.use(notFound);
  app.use(errorHandler(logger));
  return app;
}
