// The answers every express host ends with: a plain 404, and one error handler that logs no query or body.

import { STATUS_CODES } from 'node:http';
import type { ErrorRequestHandler, RequestHandler } from 'express';
import type { Logger } from '../infra/logger.js';
import { TOO_LARGE_MESSAGE } from '../infra/http.js';

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
