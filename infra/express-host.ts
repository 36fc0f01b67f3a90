// What every express host (npm start, the web function) puts first and last: the security headers on every answer,
// a plain 404, and one error handler that logs no query or body.

import { STATUS_CODES } from 'node:http';
import type { ErrorRequestHandler, RequestHandler } from 'express';
import { NO_STORE, SECURITY_HEADERS, TOO_LARGE_MESSAGE } from './http.js';
import type { Logger } from './logger.js';

/** First in every app, so refusals, errors and 404s carry them too; a route may replace one (the page's policy). */
export const securityHeaders: RequestHandler = (_req, res, next) => {
  res.set(SECURITY_HEADERS);
  next();
};

/** For the phone line and the skill: nothing of a call or a conversation in any cache. */
export const noStore: RequestHandler = (_req, res, next) => {
  res.set(NO_STORE);
  next();
};

export const notFound: RequestHandler = (_req, res) => {
  res.status(404).type('text/plain').send('Not found.');
};

export function errorHandler(logger: Logger): ErrorRequestHandler {
  return (err: unknown, req, res, next) => {
    if (res.headersSent) {
      next(err);
      return;
    }
    const e = err as { status?: unknown; statusCode?: unknown; name?: unknown };
    const raw = typeof e.status === 'number' ? e.status : e.statusCode;
    const status = typeof raw === 'number' && raw >= 400 && raw < 600 ? raw : 500;
    // The path, never the query or body: they may carry what a caller said or typed.
    if (status >= 500) logger.error({ path: req.path, errorName: String(e.name ?? 'Error') }, 'unhandled error');
    else logger.warn({ path: req.path, status }, 'rejected request');
    const message = status === 413 ? TOO_LARGE_MESSAGE : (STATUS_CODES[status] ?? 'Error');
    res.status(status).type('text/plain').send(message);
  };
}
