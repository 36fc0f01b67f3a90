// alexaRouter: the skill at POST /alexa on the local server, behind Amazon's timestamp, skill-ID and signature checks.

import type { Skill } from 'ask-sdk-core';
import { SkillRequestSignatureVerifier } from 'ask-sdk-express-adapter';
import express, { Router, type RequestHandler } from 'express';
import { BoundedCache } from '../infra/bounded-cache.js';
import { createLogger, type Logger } from '../infra/logger.js';
import { isDirectLocalRequest } from '../infra/loopback.js';
import type { AlexaCounts } from './metrics.js';
import type { AlexaHttpConfig } from './config.js';
import { boundedSession } from './session-limits.js';
import { buildSkill } from './skill.js';

const ALEXA_PATH = '/alexa';

/** A certificate download that takes longer than this is given up on (Alexa waits about 8 s for the whole answer). */
const CERT_FETCH_TIMEOUT_MS = 3000;
/** Amazon's certificate chain is a few kB; anything much bigger is not it. */
const CERT_MAX_BYTES = 64 * 1024;
/** Amazon rotates through a handful of certificates; a few entries suffice, and forged URLs cannot grow it. */
const CERT_CACHE_ENTRIES = 8;

/** Amazon's rule for a request's timestamp: within 150 seconds of now, early or late. */
const TIMESTAMP_TOLERANCE_MS = 150_000;
/** How Alexa writes it: an ISO 8601 date and time with a zone, e.g. 2026-12-07T18:00:00Z. */
const ISO_TIMESTAMP = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d{1,9})?(Z|[+-]\d\d:\d\d)$/;

/**
 * Whether the envelope's request.timestamp is readable and within the tolerance of `now`, in either direction.
 * ask-sdk's TimestampVerifier is not used: it lets any future timestamp and an unreadable one through.
 */
function isFresh(envelope: object, now: number = Date.now()): boolean {
  const timestamp = (envelope as { request?: { timestamp?: unknown } }).request?.timestamp;
  if (typeof timestamp !== 'string' || !ISO_TIMESTAMP.test(timestamp)) return false;
  const at = Date.parse(timestamp);
  return Number.isFinite(at) && Math.abs(now - at) <= TIMESTAMP_TOLERANCE_MS;
}

/** Downloads a certificate chain (the URL has passed isAmazonCertUrl); tests pass a stand-in for Amazon's S3. */
export type CertFetch = (url: string) => Promise<string>;

export interface AlexaRouterDeps {
  readonly logger?: Logger;
  /** The skill to serve; built from the config when absent. */
  readonly skill?: Skill;
  /** Passed to the skill it builds (requests by type, intent and locale), and counts refused signatures. */
  readonly counts?: AlexaCounts;
  /** How certificate chains are downloaded; a bounded fetch from Amazon by default. */
  readonly fetchCert?: CertFetch;
}

/**
 * Exactly the form Amazon documents for SignatureCertChainUrl: https, host s3.amazonaws.com (any case), port 443 if
 * any, a path under /echo.api/ with no "..", and nothing else (no query, fragment, credentials or odd characters).
 */
export function isAmazonCertUrl(raw: string): boolean {
  if (!/^[A-Za-z0-9:/._-]+$/.test(raw) || raw.includes('..')) return false;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return false;
  }
  return (
    url.protocol === 'https:' &&
    url.hostname === 's3.amazonaws.com' &&
    url.port === '' && // '' also when :443 was written: URL drops the default port
    url.pathname.startsWith('/echo.api/')
  );
}

/** GET with a deadline and a size limit, no redirects. */
export async function boundedFetch(url: string, timeoutMs: number, maxBytes: number): Promise<string> {
  const res = await fetch(url, { redirect: 'error', signal: AbortSignal.timeout(timeoutMs) });
  if (res.status !== 200 || !res.body) throw new Error('certificate download failed');
  const reader = res.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (let part = await reader.read(); !part.done; part = await reader.read()) {
    size += part.value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      throw new Error('certificate too large');
    }
    chunks.push(part.value);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** ask-sdk's signature check (chain, dates, echo-api.amazon.com, the body's signature) with a bounded download and cache. */
class BoundedSignatureVerifier extends SkillRequestSignatureVerifier {
  constructor(fetchCert: CertFetch) {
    super();
    this.certCache = new BoundedCache<string, string>(CERT_CACHE_ENTRIES);
    // ask-sdk's own download has no timeout or size limit; it is a private method, so it is replaced on the instance.
    Object.assign(this, { _getCertChainByUrl: fetchCert });
  }
}

/** The application id a request claims, from the context (always sent) or the session. */
function applicationIdOf(envelope: unknown): string | undefined {
  const e = envelope as {
    context?: { System?: { application?: { applicationId?: unknown } } };
    session?: { application?: { applicationId?: unknown } };
  };
  const id = e.context?.System?.application?.applicationId ?? e.session?.application?.applicationId;
  return typeof id === 'string' ? id : undefined;
}

const header = (headers: Record<string, string | string[] | undefined>, name: string): string | undefined => {
  const value = headers[name];
  return typeof value === 'string' ? value : undefined;
};

type Refusal = 'missing' | 'invalid' | 'malformed';
class Refused extends Error {
  constructor(readonly signature?: Refusal) {
    super('refused');
  }
}

/**
 * The checks in order, cheapest and offline first, so an unsigned or forged request never makes the server fetch
 * anything: the body is a JSON object, the timestamp is within 150 s of now, the skill ID is ours, the certificate URL is
 * Amazon's, and only then the signature (which may download Amazon's certificate once).
 */
function requestChecks(config: AlexaHttpConfig, fetchCert: CertFetch) {
  const signature = config.verifySignature ? new BoundedSignatureVerifier(fetchCert) : undefined;
  return async (body: string, headers: Record<string, string | string[] | undefined>): Promise<unknown> => {
    let envelope: unknown;
    try {
      envelope = JSON.parse(body);
    } catch {
      throw new Refused();
    }
    if (envelope === null || typeof envelope !== 'object' || !isFresh(envelope)) throw new Refused();
    if (config.skillId !== undefined && applicationIdOf(envelope) !== config.skillId) throw new Refused();
    if (!signature) return envelope;
    const certUrl = header(headers, 'signaturecertchainurl');
    if (!certUrl || !header(headers, 'signature-256')) throw new Refused('missing');
    if (!isAmazonCertUrl(certUrl)) throw new Refused('malformed');
    await signature.verify(body, headers as Record<string, string>).catch(() => {
      throw new Refused('invalid');
    });
    return envelope;
  };
}

/** The unsigned local mode answers a direct connection from this machine only: no tunnel, proxy or other host. */
const directLocalOnly: RequestHandler = (req, res, next) => {
  if (isDirectLocalRequest(req)) return next();
  res.status(403).type('text/plain').send('Unsigned Alexa requests are accepted from this machine only.');
};

/** The signature covers the raw body; a body another parser already read cannot be checked against it. */
const unparsedBodyOnly: RequestHandler = (req, res, next) => {
  if (req.body === undefined) return next();
  res
    .status(400)
    .type('text/plain')
    .send('POST /alexa takes the JSON request Alexa sends (Content-Type: application/json).');
};

/** One line per refused request, with the status only: the body may hold what someone said. */
function logRefusals(logger: Logger): RequestHandler {
  return (_req, res, next) => {
    res.on('finish', () => {
      if (res.statusCode >= 400) logger.warn({ event: 'alexa.refused', status: res.statusCode });
    });
    next();
  };
}

export function alexaRouter(config: AlexaHttpConfig, deps: AlexaRouterDeps = {}): Router {
  const logger = deps.logger ?? createLogger();
  const skill = deps.skill ?? buildSkill(config, { logger, ...(deps.counts ? { counts: deps.counts } : {}) });
  // Timestamp and skill-ID checks stay on in every mode; only the signature can be switched off (loopback, not production).
  const check = requestChecks(
    config,
    deps.fetchCert ?? ((url) => boundedFetch(url, CERT_FETCH_TIMEOUT_MS, CERT_MAX_BYTES)),
  );
  const answer: RequestHandler = (req, res) => {
    const body = typeof req.body === 'string' ? req.body : '';
    check(body, req.headers).then(
      async (envelope) => {
        try {
          res.json(await skill.invoke(boundedSession(envelope as Parameters<Skill['invoke']>[0])));
        } catch (err) {
          logger.error({ event: 'alexa.failed', errorName: err instanceof Error ? err.name : typeof err });
          res.status(500).type('text/plain').send('Internal server error.');
        }
      },
      (err: unknown) => {
        if (err instanceof Refused && err.signature) {
          deps.counts?.record({ kind: 'signatureRefused', channel: 'alexa', reason: err.signature });
        }
        // A plain 400: what failed inside (a DNS error, a certificate detail) stays on the server.
        res.status(400).type('text/plain').send('Bad request.');
      },
    );
  };
  const router = Router();
  const guards: RequestHandler[] = config.verifySignature ? [] : [directLocalOnly];
  router.post(
    ALEXA_PATH,
    logRefusals(logger),
    ...guards,
    unparsedBodyOnly,
    express.text({ type: () => true, limit: '64kb' }),
    answer,
  );
  router.all(ALEXA_PATH, (_req, res) => {
    res.set('Allow', 'POST').status(405).type('text/plain').send('Alexa sends POST requests to /alexa.');
  });
  return router;
}
