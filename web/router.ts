// The web channel's express router: the page in English (/) and Spanish (/es), its built files under /assets/
// (text compressed), and POST /voice-token for the browser call (absent, so 404, unless configured; rate-limited).

import { Router, type RequestHandler } from 'express';
import { rateLimit } from 'express-rate-limit';
import type { Locale } from '../content/index.js';
import { createLogger, type Logger } from '../infra/logger.js';
import { secretFrom } from '../infra/ssm-secret.js';
import { AssetsMissingError, DEFAULT_ASSETS_DIR, loadWebAssets, type Asset, type WebAssets } from './assets.js';
import { sendEncoded } from './compress.js';
import type { VoiceConfig, WebConfig } from './config.js';
import { LOCALE_PATHS, renderPage, type AssetRef } from './page.js';
import { securityHeaders } from './security.js';
import { issueVoiceToken, sameSiteOnly } from './voice-token.js';

export interface WebDeps {
  readonly logger?: Logger;
  /** Where the built files are; tests point this at their own build. */
  readonly assetsDir?: string;
}

const ASSETS_PATH = '/assets';
const NOT_BUILT = 'The web page is not built yet. Fix: run `npm run build:web` (npm start runs it).';

function assetRef(baseUrl: string, asset: Asset): AssetRef {
  return { href: `${baseUrl}${ASSETS_PATH}/${asset.name}`, integrity: asset.integrity };
}

type GetAssets = () => WebAssets;

function pageHandler(locale: Locale, config: WebConfig, getAssets: GetAssets): RequestHandler {
  // Rendered once per mount point: the content does not change while the server runs.
  const cache = new Map<string, Buffer>();
  return (req, res) => {
    const baseUrl = req.baseUrl;
    let html = cache.get(baseUrl);
    if (html === undefined) {
      const assets = getAssets();
      const page = renderPage({
        locale,
        baseUrl,
        quickExitUrl: config.quickExitUrl,
        css: assetRef(baseUrl, assets.css),
        quickExitScript: assetRef(baseUrl, assets.quickExit),
        call:
          assets.call && assets.voiceSdk && assets.tone
            ? {
                script: assetRef(baseUrl, assets.call),
                sdk: assetRef(baseUrl, assets.voiceSdk),
                toneUrl: `${baseUrl}${ASSETS_PATH}/${assets.tone.name}`,
              }
            : undefined,
      });
      html = Buffer.from(page, 'utf8');
      cache.set(baseUrl, html);
    }
    res.status(200).type('html').set('Content-Language', locale);
    sendEncoded(req, res, html);
  };
}

function assetHandler(getAssets: GetAssets): RequestHandler {
  return (req, res, next) => {
    const asset = Object.values(getAssets()).find((a: Asset) => a.name === req.params.name);
    if (!asset) {
      next();
      return;
    }
    // no-cache means "check first": express answers 304 from the ETag, and a redeployed file is fetched anew.
    res.status(200).type(asset.type).set('Cache-Control', 'no-cache');
    // The tone is already compact audio; compressing it again gains nothing.
    if (asset.type.startsWith('text/')) sendEncoded(req, res, asset.body);
    else res.send(asset.body);
  };
}

function tokenRoute(voice: VoiceConfig, logger: Logger): RequestHandler[] {
  const limiter = rateLimit({
    windowMs: voice.windowMs,
    limit: voice.tokensPerWindow,
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    // The address is the key, in memory only for the window; it is never logged.
    handler: (_req, res) => {
      logger.warn({ route: 'voice-token' }, 'voice token rate limit reached');
      res.status(429).json({ error: 'too_many_requests', retryAfterSeconds: Math.ceil(voice.windowMs / 1000) });
    },
  });
  // Read on the first token (from SSM on Lambda), not at start, and kept; a failed read is tried again next time.
  const apiSecret = secretFrom(voice.apiSecret, voice.apiSecretParameter);
  // loadWebConfig refuses a browser call with neither.
  if (apiSecret === undefined) throw new Error('The browser call has no API secret.');
  const issue: RequestHandler = (_req, res) => {
    apiSecret().then(
      (secret) => {
        const issued = issueVoiceToken({ ...voice, apiSecret: secret });
        logger.info({ route: 'voice-token' }, 'voice token issued');
        res.status(200).json({ token: issued.token, ttlSeconds: issued.ttlSeconds });
      },
      (err: unknown) => {
        logger.error(
          { event: 'web.api-secret-unavailable', errorName: err instanceof Error ? err.name : typeof err },
          'Twilio API secret could not be read',
        );
        res.status(503).json({ error: 'unavailable' });
      },
    );
  };
  return [sameSiteOnly, limiter, issue];
}

/**
 * Loads the built files once; while they are missing, the page answers 503 naming the fix, and the rest of the
 * app (the phone line, the speaker) keeps working: a page that was not built must not take the phone line down.
 */
function assetLoader(dir: string, call: boolean, logger: Logger): { guard: RequestHandler; get: GetAssets } {
  let assets: WebAssets | undefined;
  const tryLoad = (): WebAssets | AssetsMissingError => {
    if (assets) return assets;
    try {
      assets = loadWebAssets(dir, { call });
      return assets;
    } catch (err) {
      if (err instanceof AssetsMissingError) return err;
      throw err;
    }
  };
  const first = tryLoad();
  if (first instanceof AssetsMissingError) logger.error({ route: 'web' }, first.message);
  const guard: RequestHandler = (_req, res, next) => {
    const loaded = tryLoad();
    // The operator's log has the path; the visitor gets the fix without the server's file layout.
    if (loaded instanceof AssetsMissingError) res.status(503).type('text/plain').send(NOT_BUILT);
    else next();
  };
  return { guard, get: () => assets as WebAssets };
}

export function webRouter(config: WebConfig, deps: WebDeps = {}): Router {
  const logger = deps.logger ?? createLogger();
  const voice = config.voice;
  const assets = assetLoader(deps.assetsDir ?? DEFAULT_ASSETS_DIR, voice !== undefined, logger);
  const headers = securityHeaders({ call: voice !== undefined });
  const router = Router();

  for (const [locale, path] of Object.entries(LOCALE_PATHS) as [Locale, string][]) {
    router.get(path, ...headers, assets.guard, pageHandler(locale, config, assets.get));
  }
  router.get(`${ASSETS_PATH}/:name`, ...headers, assets.guard, assetHandler(assets.get));
  // Without the browser call configured there is no route at all, so the app's 404 answers.
  if (voice) router.post('/voice-token', ...headers, ...tokenRoute(voice, logger));
  return router;
}
