// GET /metrics: the Prometheus text of the counts, for this machine only unless an operator allows other machines.

import { Router } from 'express';
import type { Registry } from 'prom-client';
import { isDirectLocalRequest } from '../loopback.js';

const METRICS_PATH = '/metrics';

export function metricsRouter(registry: Registry, options: { allowRemote: boolean }): Router {
  const router = Router();
  router.get(METRICS_PATH, (req, res, next) => {
    if (!options.allowRemote && !isDirectLocalRequest(req)) {
      res
        .status(403)
        .type('text/plain')
        .send('Forbidden: /metrics answers this machine only (set METRICS_ALLOW_REMOTE=true to change that).');
      return;
    }
    registry.metrics().then((text) => {
      res.status(200).type(registry.contentType).set('Cache-Control', 'no-store').send(text);
    }, next);
  });
  return router;
}
