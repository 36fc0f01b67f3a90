// The phone line on express (the local server): reads the raw body, hands the request to the core (ivr/phone.ts)
// and sends the answer; a path it does not serve goes on to the 404.

import express, { Router } from 'express';
import { BODY_LIMIT_BYTES } from '../infra/http.js';
import { phoneLine, type PhoneLineOptions } from './phone.js';

export type IvrRouterOptions = PhoneLineOptions;

const EMPTY = Buffer.alloc(0);

export function ivrRouter(options: IvrRouterOptions): Router {
  const answer = phoneLine(options);
  const router = Router();
  // Every body, form or not, is read raw and bounded; an over-long one becomes the app's 413.
  router.use(express.raw({ type: () => true, limit: BODY_LIMIT_BYTES }));
  router.use((req, res, next) => {
    void answer({
      method: req.method,
      url: req.originalUrl,
      headers: req.headers,
      body: Buffer.isBuffer(req.body) ? req.body : EMPTY,
      protocol: req.protocol,
      remoteAddress: req.socket.remoteAddress,
    }).then((reply) => {
      if (!reply) {
        next();
        return;
      }
      res.status(reply.status).set(reply.headers).send(reply.body);
    }, next);
  });
  return router;
}
