// The load bench's yardstick: bare express answering fixed TwiML (the phone line's own opening, byte for byte), with
// the same form parsing but no signature check, no call flow, no logs and no counts. Run by scripts/bench/load.ts.

import express from 'express';

const twiml = process.env.BASELINE_TWIML ?? '<?xml version="1.0" encoding="UTF-8"?><Response/>';
const app = express();
app.disable('x-powered-by');
app.use(express.urlencoded({ extended: false, limit: '64kb' }));
app.get('/healthz', (_req, res) => {
  res.json({ status: 'ok' });
});
app.post(/.*/, (_req, res) => {
  res.status(200).type('text/xml').send(twiml);
});
const server = app.listen(Number(process.env.PORT), '127.0.0.1');
process.once('SIGTERM', () => server.close(() => process.exit(0)));
